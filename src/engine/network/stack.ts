// One network namespace's TCP/IP stack: loopback, its interfaces' addresses, its listening sockets.
// Stacks reach each other through the Fabric, which knows which stack owns which address and which
// bridge segments each one is plugged into.
import type { Connection, NetStack } from '../process/types';
import { connectionPair, type TrafficMeter } from './connection';
import {
  AddressInUse,
  ConnectionRefused,
  ConnectionTimedOut,
  HostUnreachable,
  NameNotFound,
  NetworkUnreachable,
} from './errors';
import { contains, formatCidr, formatIp, macFor, parseIp, subnetSize, type Subnet } from './ipv4';

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

/** A bridge segment (one network): its subnet, the host's gateway address on it, its isolation. */
export interface Segment {
  id: string;
  subnet: Subnet;
  gateway?: number;
  /** --internal: nothing crosses the bridge to or from other networks. */
  internal: boolean;
  /** The bridge's interface on the host: docker0, br-<id12>. */
  bridge: string;
}

/** What `ip link`/`ip addr`/`ifconfig` show of an interface (a veth end named ethN). */
export interface Link {
  name: string;
  index: number;
  /** The host end's index (`eth0@if1598`); 0 for the host's own bridges. */
  peer: number;
  ip: string;
  prefix: number;
  broadcast: string;
  mac: string;
  netmask: string;
  /** The network's subnet in CIDR notation. */
  subnet: string;
}

/** Why a packet to an address goes nowhere. */
export type Unreachable = 'host' | 'network' | 'timeout';

export interface StackOptions {
  /** Names this namespace resolves besides localhost and IP literals (/etc/hosts, embedded DNS). */
  lookup?: (name: string) => string | null;
  /** The host's stack reaches every segment; containers only those they are plugged into. */
  host?: boolean;
}

export class Stack implements NetStack {
  readonly interfaces: Interface[] = [];
  readonly listeners: Listener[] = [];
  /** Interface indexes (own end, host end) by address, given when plugged. */
  private readonly indexes = new Map<string, [number, number]>();
  rx = 0;
  tx = 0;
  /** Segments carried (one per write), for ifconfig's packet counters. */
  rxPackets = 0;
  txPackets = 0;
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
    this.indexes.set(iface.ip, this.isHost ? [this.fabric.interfaceIndex(), 0] : this.fabric.vethPair());
    this.fabric.own(iface.ip, this);
  }

  unplug(segment: string): void {
    for (const iface of this.interfaces.filter((i) => i.segment === segment)) {
      this.fabric.disown(iface.ip, this);
      this.indexes.delete(iface.ip);
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

  /** The stack a packet to `ip` reaches, or why it reaches none. */
  reach(ip: string): Stack | Unreachable {
    if (ip.startsWith('127.') || this.interfaces.some((i) => i.ip === ip)) return this;
    return this.fabric.route(this, ip);
  }

  async connect(host: string, port: number): Promise<Connection> {
    const ip = await this.resolve(host);
    if (ip === null) throw new NameNotFound(host);
    const target = this.reach(ip);
    if (target === 'host') throw new HostUnreachable(host, port);
    if (target === 'network') throw new NetworkUnreachable(host, port);
    if (target === 'timeout') throw new ConnectionTimedOut(host, port);
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

  /** The interfaces as `ip link` names them: eth0, eth1… in the order they were plugged. */
  links(): Link[] {
    return this.interfaces.flatMap((iface, n) => {
      const seg = this.fabric.segment(iface.segment);
      const ip = parseIp(iface.ip);
      if (!seg || ip === null) return [];
      const [index, peer] = this.indexes.get(iface.ip) ?? [0, 0];
      const size = subnetSize(seg.subnet);
      return [
        {
          name: this.isHost ? seg.bridge : `eth${n}`,
          index,
          peer,
          ip: iface.ip,
          prefix: seg.subnet.prefix,
          broadcast: formatIp(seg.subnet.base + size - 1),
          mac: macFor(ip),
          netmask: formatIp(2 ** 32 - size),
          subnet: formatCidr(seg.subnet),
        },
      ];
    });
  }

  /** A container's default route: through the gateway of its first network. */
  defaultRoute(): { via: string; dev: string } | null {
    // The host's own uplink is not simulated: it has only its bridges' routes.
    if (this.isHost) return null;
    const first = this.interfaces[0];
    const gateway = first ? this.fabric.segment(first.segment)?.gateway : undefined;
    return gateway === undefined ? null : { via: formatIp(gateway), dev: 'eth0' };
  }

  /** Only --internal networks: names outside them cannot be forwarded by the embedded DNS. */
  get isolated(): boolean {
    return (
      this.interfaces.length > 0 && this.interfaces.every((i) => this.fabric.segment(i.segment)?.internal)
    );
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
    return {
      sent: (n) => {
        this.tx += n;
        this.txPackets++;
      },
      received: (n) => {
        this.rx += n;
        this.rxPackets++;
      },
    };
  }
}

/** The wires between stacks: who owns each address, who may reach whom. */
export class Fabric {
  private readonly owners = new Map<string, Stack>();
  private readonly segments = new Map<string, Segment>();
  /** The kernel's interface index counter: lo is 1, the host's eth0 2, docker0 3. */
  private nextIndex = 4;

  defineSegment(segment: Segment): void {
    this.segments.set(segment.id, segment);
  }

  dropSegment(id: string): void {
    this.segments.delete(id);
  }

  segment(id: string): Segment | null {
    return this.segments.get(id) ?? null;
  }

  /** The index of a new interface (a bridge on the host). */
  interfaceIndex(): number {
    return this.nextIndex++;
  }

  /** The indexes of a new veth pair: the container's end, then the host's. */
  vethPair(): [number, number] {
    const index = this.nextIndex;
    this.nextIndex += 2;
    return [index, index + 1];
  }

  /** `settle` resolves once everything runnable at the current instant has run (default: at once). */
  constructor(readonly settle: () => Promise<void> = async () => {}) {}

  own(ip: string, stack: Stack): void {
    this.owners.set(ip, stack);
  }

  disown(ip: string, stack: Stack): void {
    if (this.owners.get(ip) === stack) this.owners.delete(ip);
  }

  /**
   * Where a packet from `from` to `ip` arrives. The host reaches every address it routes; a container
   * reaches the stacks on its own segments, and through its gateway the host's addresses — unless all
   * its networks are --internal; traffic between bridges is dropped (Docker's isolation rules), an
   * unowned address of an attached subnet does not answer ARP, anything else (the Internet) times out.
   */
  route(from: Stack, ipText: string): Stack | Unreachable {
    const to = this.owners.get(ipText);
    const ip = parseIp(ipText);
    if (from.isHost) return to ?? (this.attached(from, ip) ? 'host' : 'timeout');
    if (from.interfaces.length === 0) return 'network';
    const mine = from.segments();
    if (to && [...to.segments()].some((s) => mine.has(s))) return to;
    if (!to && this.attached(from, ip)) return 'host';
    if (from.isolated) return 'timeout';
    return to?.isHost ? to : 'timeout';
  }

  /** Whether `ip` lies in a subnet `from` has an interface on. */
  private attached(from: Stack, ip: number | null): boolean {
    if (ip === null) return false;
    return from.interfaces.some((i) => {
      const seg = this.segments.get(i.segment);
      return seg !== undefined && contains(seg.subnet, ip);
    });
  }

  stackFor(ip: string): Stack | null {
    return this.owners.get(ip) ?? null;
  }
}
