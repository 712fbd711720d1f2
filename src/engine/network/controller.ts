// The network controller (libnetwork's controller): the networks, the wires between network
// namespaces, and the host's own stack, which owns each bridge's gateway address.
import { generateId } from '../container/ids';
import type { Clock, Random } from '../world/types';
import { nextPool } from './ipam';
import { parseIp, type Subnet } from './ipv4';
import { DEFAULT_BRIDGE_OPTIONS, NetworkRecord, type NetworkInit } from './network';
import { Fabric, Stack } from './stack';

export class NetworkController {
  readonly fabric: Fabric;
  readonly host: Stack;
  private readonly networks = new Map<string, NetworkRecord>();

  constructor(
    readonly clock: Clock,
    readonly random: Random,
  ) {
    // A zero-delay timer fires once the world is quiet at this instant (see VirtualClock).
    this.fabric = new Fabric(() => new Promise((resolve) => clock.setTimer(0, resolve)));
    this.host = new Stack(this.fabric, { host: true });
    const now = clock.now();
    this.add({ id: generateId(random), name: 'none', driver: 'null', created: now, predefined: true });
    this.add({ id: generateId(random), name: 'host', driver: 'host', created: now, predefined: true });
    const subnet: Subnet = { base: parseIp('172.17.0.0')!, prefix: 16 };
    this.add({
      id: generateId(random),
      name: 'bridge',
      driver: 'bridge',
      created: now,
      subnet,
      gateway: subnet.base + 1,
      showGateway: false,
      options: DEFAULT_BRIDGE_OPTIONS,
      predefined: true,
    });
  }

  add(init: NetworkInit): NetworkRecord {
    const n = new NetworkRecord(init);
    this.networks.set(n.id, n);
    if (n.driver === 'bridge' && init.subnet) {
      this.fabric.defineSegment({
        id: n.id,
        subnet: init.subnet,
        ...(init.gateway !== undefined ? { gateway: init.gateway } : {}),
        internal: init.internal ?? false,
        bridge: n.isDefaultBridge ? 'docker0' : `br-${n.id.slice(0, 12)}`,
      });
    }
    if (n.driver === 'bridge' && init.gateway !== undefined)
      this.host.plug({ ip: n.gatewayIp, segment: n.id });
    return n;
  }

  delete(n: NetworkRecord): void {
    this.networks.delete(n.id);
    this.host.unplug(n.id);
    this.fabric.dropSegment(n.id);
  }

  all(): NetworkRecord[] {
    return [...this.networks.values()];
  }

  /** By full id, exact name, then unique id prefix (moby's FindNetwork order). */
  find(idOrName: string): NetworkRecord | null {
    const byId = this.networks.get(idOrName);
    if (byId) return byId;
    const byName = this.all().find((n) => n.name === idOrName);
    if (byName) return byName;
    const byPrefix = idOrName ? this.all().filter((n) => n.id.startsWith(idOrName)) : [];
    return byPrefix.length === 1 ? byPrefix[0]! : null;
  }

  /** The next free predefined pool for a network created without --subnet. */
  nextSubnet(): Subnet | null {
    return nextPool(this.all().flatMap((n) => (n.init.subnet ? [n.init.subnet] : [])));
  }

  /** The host's network stack: what host programs (curl, wget) reach containers and published ports through. */
  hostNet(): Stack {
    return this.host;
  }
}
