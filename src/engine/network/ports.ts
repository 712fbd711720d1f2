// Published ports (docker-proxy and the port allocator): host ports bound for a container, random
// ones from the ephemeral range, and the forwarding from the host's stack to the container's address.
import type { Connection } from '../process/types';
import type { Stack } from './stack';

export const EPHEMERAL_PORT_FIRST = 32768;
export const EPHEMERAL_PORT_LAST = 60999;

export class PortAlreadyAllocated extends Error {
  constructor(hostIp: string, port: number) {
    super(`Bind for ${hostIp}:${port} failed: port is already allocated`);
    this.name = 'PortAlreadyAllocated';
  }
}

const ANY = new Set(['0.0.0.0', '::', '']);

/** The host ports in use, by address (0.0.0.0 and :: clash with every address of their family). */
export class PortAllocator {
  private readonly used = new Map<number, Set<string>>();
  private next = EPHEMERAL_PORT_FIRST;

  isFree(ip: string, port: number): boolean {
    const ips = this.used.get(port);
    if (!ips) return true;
    return ![...ips].some(
      (u) =>
        u === ip || (ANY.has(u) && family(u) === family(ip)) || (ANY.has(ip) && family(u) === family(ip)),
    );
  }

  /** Takes `port` on `ip`, or the next free ephemeral port when `port` is 0. */
  request(ip: string, port: number): number {
    if (port === 0) return this.takeEphemeral(ip);
    if (!this.isFree(ip, port)) throw new PortAlreadyAllocated(ip, port);
    this.mark(ip, port);
    return port;
  }

  release(ip: string, port: number): void {
    const ips = this.used.get(port);
    ips?.delete(ip);
    if (ips?.size === 0) this.used.delete(port);
  }

  private takeEphemeral(ip: string): number {
    const span = EPHEMERAL_PORT_LAST - EPHEMERAL_PORT_FIRST + 1;
    for (let i = 0; i < span; i++) {
      const port = this.next;
      this.next = port === EPHEMERAL_PORT_LAST ? EPHEMERAL_PORT_FIRST : port + 1;
      if (this.isFree(ip, port)) {
        this.mark(ip, port);
        return port;
      }
    }
    throw new Error(`no available ports for ${ip}`);
  }

  private mark(ip: string, port: number): void {
    let ips = this.used.get(port);
    if (!ips) this.used.set(port, (ips = new Set()));
    ips.add(ip);
  }
}

function family(ip: string): 4 | 6 {
  return ip.includes(':') ? 6 : 4;
}

async function pump(from: Connection, to: Connection): Promise<void> {
  for (let chunk = await from.read(); chunk !== null; chunk = await from.read()) to.write(chunk);
  to.end();
}

/**
 * Listens on the host's stack and relays each connection to `targetIp:targetPort` (docker-proxy):
 * a refused connection to the container closes the accepted one.
 */
export function forwardPort(
  host: Stack,
  hostIp: string,
  hostPort: number,
  targetIp: string,
  targetPort: number,
): () => void {
  return host.listen(
    hostPort,
    (accepted) => {
      void host.connect(targetIp, targetPort).then(
        (upstream) => {
          void pump(accepted, upstream);
          void pump(upstream, accepted);
        },
        () => accepted.end(),
      );
    },
    hostIp || '0.0.0.0',
  );
}
