// An in-memory network for server tests: one listening table, connections as pairs of queues.
import type { Connection, NetStack } from '../../../src/engine/process/types';

class End implements Connection {
  peer!: End;
  private chunks: string[] = [];
  private waiters: ((c: string | null) => void)[] = [];
  private closed = false;

  constructor(
    readonly localAddress: string,
    readonly localPort: number,
    readonly remoteAddress: string,
    readonly remotePort: number,
  ) {}

  deliver(chunk: string | null): void {
    const w = this.waiters.shift();
    if (w) w(chunk);
    else if (chunk === null) this.closed = true;
    else this.chunks.push(chunk);
  }

  read(): Promise<string | null> {
    if (this.chunks.length) return Promise.resolve(this.chunks.shift()!);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  write(chunk: string): void {
    this.peer.deliver(chunk);
  }

  end(): void {
    this.peer.deliver(null);
  }
}

export class MemoryNet {
  private readonly listeners = new Map<number, (conn: Connection) => void>();
  private nextPort = 40000;

  /** The stack a namespace with these addresses sees. */
  stack(addresses: string[] = ['127.0.0.1', '172.17.0.2']): NetStack {
    return {
      resolve: async (name) =>
        name === 'localhost' ? '127.0.0.1' : /^\d+\.\d+\.\d+\.\d+$/.test(name) ? name : null,
      connect: (host, port) => this.connect(host === '127.0.0.1' ? '127.0.0.1' : '172.17.0.1', host, port),
      listen: (port, onConnection) => {
        this.listeners.set(port, onConnection);
        return () => this.listeners.delete(port);
      },
      addresses: () => addresses,
    };
  }

  listening(port: number): boolean {
    return this.listeners.has(port);
  }

  async connect(from: string, host: string, port: number): Promise<Connection> {
    const accept = this.listeners.get(port);
    if (!accept) throw new Error(`connect ECONNREFUSED ${host}:${port}`);
    const local = this.nextPort++;
    const client = new End(from, local, host, port);
    const server = new End(host, port, from, local);
    client.peer = server;
    server.peer = client;
    accept(server);
    return client;
  }

  /** One HTTP/1.1 exchange; the raw response text. */
  async http(port: number, request: string): Promise<string> {
    const c = await this.connect('172.17.0.1', '172.17.0.2', port);
    c.write(request);
    let out = '';
    for (let chunk = await c.read(); chunk !== null; chunk = await c.read()) {
      out += chunk;
      if (!/^connection: close/im.test(request) && out.includes('\r\n\r\n')) {
        const len = Number(/content-length: (\d+)/i.exec(out)?.[1] ?? 0);
        if (new TextEncoder().encode(out.slice(out.indexOf('\r\n\r\n') + 4)).length >= len) break;
      }
    }
    c.end();
    return out;
  }
}
