// Binding a container's published ports at start: `-p` bindings and `-P` for every exposed port.
import type { Container } from '../../container/container';
import type { PortAllocator } from '../../network/ports';
import type { PublishedPort } from './attachment';

/** `8080` or `8080-8090` (the first of a range); 0 for a random port. */
function hostPortOf(spec: string): number {
  const n = parseInt(spec.split('-')[0] ?? '', 10);
  return Number.isFinite(n) ? n : 0;
}

/** The bindings wanted, in Docker's order: by port key, IPv4 then IPv6 for an empty HostIp. */
function wanted(c: Container): { key: string; hostIp: string; hostPort: number }[] {
  const bindings = { ...(c.hostConfig.PortBindings ?? {}) };
  if (c.hostConfig.PublishAllPorts) {
    for (const key of Object.keys(c.config.ExposedPorts ?? {}))
      bindings[key] ??= [{ HostIp: '', HostPort: '' }];
  }
  const out: { key: string; hostIp: string; hostPort: number }[] = [];
  for (const key of Object.keys(bindings).sort(comparePortKeys)) {
    for (const b of bindings[key] ?? []) {
      const hostPort = hostPortOf(b.HostPort);
      if (b.HostIp) out.push({ key, hostIp: b.HostIp, hostPort });
      else out.push({ key, hostIp: '0.0.0.0', hostPort }, { key, hostIp: '::', hostPort: -1 });
    }
  }
  return out;
}

function comparePortKeys(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);
}

/**
 * Allocates the host ports (an IPv6 twin takes its IPv4 binding's port); on a conflict releases what
 * it took and throws the allocator's error.
 */
export function allocatePorts(c: Container, ports: PortAllocator): PublishedPort[] {
  const done: PublishedPort[] = [];
  try {
    for (const w of wanted(c)) {
      const requested = w.hostPort === -1 ? (done[done.length - 1]?.hostPort ?? 0) : w.hostPort;
      const hostPort = ports.request(w.hostIp, requested);
      done.push({ key: w.key, privatePort: parseInt(w.key, 10), hostIp: w.hostIp, hostPort });
    }
  } catch (err) {
    for (const p of done) ports.release(p.hostIp, p.hostPort);
    throw err;
  }
  return done;
}
