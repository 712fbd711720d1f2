// An in-memory TCP connection: two ends, each reading what the other writes, with half-close.
import type { Connection } from '../process/types';

export interface SocketAddress {
  address: string;
  port: number;
}

class Inbox {
  private readonly chunks: string[] = [];
  private ended = false;
  private waiter: (() => void) | null = null;

  push(chunk: string): void {
    if (this.ended) return;
    this.chunks.push(chunk);
    this.wake();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  async read(): Promise<string | null> {
    for (;;) {
      const next = this.chunks.shift();
      if (next !== undefined) return next;
      if (this.ended) return null;
      await new Promise<void>((r) => (this.waiter = r));
    }
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }
}

/** Counts the bytes that cross a connection, for `docker stats` NET I/O. */
export interface TrafficMeter {
  sent(bytes: number): void;
  received(bytes: number): void;
}

function end(
  inbox: Inbox,
  writeTo: Inbox,
  local: SocketAddress,
  remote: SocketAddress,
  meter?: TrafficMeter,
  peer?: TrafficMeter,
): Connection {
  return {
    read: () => inbox.read(),
    write: (chunk) => {
      meter?.sent(chunk.length);
      peer?.received(chunk.length);
      writeTo.push(chunk);
    },
    end: () => writeTo.end(),
    localAddress: local.address,
    localPort: local.port,
    remoteAddress: remote.address,
    remotePort: remote.port,
  };
}

/** The client's end and the server's end of one connection. */
export function connectionPair(
  client: SocketAddress,
  server: SocketAddress,
  meters: { client?: TrafficMeter; server?: TrafficMeter } = {},
): { client: Connection; server: Connection } {
  const toClient = new Inbox();
  const toServer = new Inbox();
  return {
    client: end(toClient, toServer, client, server, meters.client, meters.server),
    server: end(toServer, toClient, server, client, meters.server, meters.client),
  };
}
