// One network namespace's TCP/IP stack: loopback, its interfaces' addresses, its listening sockets.
// Stacks reach each other through the Fabric, which knows which stack owns which address and which
// bridge segments each one is plugged into.
import type { Connection, NetStack } from '../process/types';
import { connectionPair, type TrafficMeter } from './connection';
import { AddressInUse, ConnectionRefused, HostUnreachable, NameNotFound } from './errors';
import { parseIp } from './ipv4';

const WILDCARDS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const EPHEMERAL_FIRST = 32768;
const EPHEMERAL_LAST = 60999;

export interface Listener {
  address: string;
  port: number;
  onConnection: (conn: Connection) => void;
}

/** An interface of the stack: its address and the bridge segment (network id) it is plugged into. */
export interface Interface {
  ip: string;
  segment: string;
}

export interface StackOptions {
  /** Names this namespace resolves besides localhost and IP literals (/etc/hosts, embedded DNS). */
  lookup?: (name: string) => string | null;
  /** The host's stack reaches every segment; containers only those they are plugged into. */
  host?: boolean;
}

export class Stack implements NetStack {
  readonly interfaces: Interface[] = [];
  readonly listeners: Listener[] = [];
  rx = 0;
  tx = 0;
  private nextPort = EPHEMERAL_FIRST;

  constructor(
    private readonly fabric: Fabric,
    readonly options: StackOptions = {},
  ) {}

  get isHost(): boolean {
    return this.options.host ?? false;
  }

  plug(iface: Interface): void {
    this.interfaces.push(iface);
    this.fabric.own(iface.ip, this);
  }

  unplug(segment: string): void {
    for (const iface of this.interfaces.filter((i) => i.segment === segment)) {
      this.fabric.disown(iface.ip, this);
      this.interfaces.splice(this.interfaces.indexOf(iface), 1);
    }
  }

  unplugAll(): void {
    for (const iface of [...this.interfaces]) this.unplug(iface.segment);
  }

  segments(): Set<string> {
    return new Set(this.interfaces.map((i) => i.segment));
  }

  async resolve(name: string): Promise<string | null> {
    if (LOOPBACK.has(name)) return '127.0.0.1';
    if (parseIp(name) !== null) return name;
    return this.options.lookup?.(name) ?? null;
  }

  async connect(host: string, port: number): Promise<Connection> {
    const ip = await this.resolve(host);
    if (ip === null) throw new NameNotFound(host);
    const target =
      ip === '127.0.0.1' || this.interfaces.some((i) => i.ip === ip) ? this : this.fabric.route(this, ip);
    if (!target) throw new HostUnreachable(host, port);
    // A connection at instant T sees every socket that processes started at T go on to open (a
    // server started just before is listening): let them run before refusing.
    let listener = target.listenerFor(ip, port);
    if (!listener) {
      await this.fabric.settle();
      listener = target.listenerFor(ip, port);
    }
    if (!listener) throw new ConnectionRefused(host, port);
    const source = ip === '127.0.0.1' ? '127.0.0.1' : this.sourceFor(target);
    const pair = connectionPair(
      { address: source, port: this.ephemeralPort() },
      { address: ip, port },
      { client: this.meter(), server: target.meter() },
    );
    listener.onConnection(pair.server);
    return pair.client;
  }

  listen(port: number, onConnection: (conn: Connection) => void, address = '0.0.0.0'): () => void {
    const clash = this.listeners.find(
      (l) => l.port === port && (WILDCARDS.has(l.address) || WILDCARDS.has(address) || l.address === address),
    );
    if (clash) throw new AddressInUse(address, port);
    const listener: Listener = { address, port, onConnection };
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  addresses(): string[] {
    return ['127.0.0.1', ...this.interfaces.map((i) => i.ip)];
  }

  listenerFor(ip: string, port: number): Listener | null {
    return (
      this.listeners.find((l) => l.port === port && (WILDCARDS.has(l.address) || l.address === ip)) ?? null
    );
  }

  private sourceFor(target: Stack): string {
    const shared = target.segments();
    return this.interfaces.find((i) => shared.has(i.segment))?.ip ?? this.interfaces[0]?.ip ?? '127.0.0.1';
  }

  private ephemeralPort(): number {
    const port = this.nextPort;
    this.nextPort = port >= EPHEMERAL_LAST ? EPHEMERAL_FIRST : port + 1;
    return port;
  }

  private meter(): TrafficMeter {
    return { sent: (n) => (this.tx += n), received: (n) => (this.rx += n) };
  }
}

/** The wires between stacks: who owns each address, who may reach whom. */
export class Fabric {
  private readonly owners = new Map<string, Stack>();

  /** `settle` resolves once everything runnable at the current instant has run (default: at once). */
  constructor(readonly settle: () => Promise<void> = async () => {}) {}

  own(ip: string, stack: Stack): void {
    this.owners.set(ip, stack);
  }

  disown(ip: string, stack: Stack): void {
    if (this.owners.get(ip) === stack) this.owners.delete(ip);
  }

  /** The stack owning `ip` if `from` shares a segment with it (the host shares them all). */
  route(from: Stack, ip: string): Stack | null {
    const to = this.owners.get(ip);
    if (!to) return null;
    if (from.isHost || to.isHost) return to;
    const mine = from.segments();
    return [...to.segments()].some((s) => mine.has(s)) ? to : null;
  }

  stackFor(ip: string): Stack | null {
    return this.owners.get(ip) ?? null;
  }
}
