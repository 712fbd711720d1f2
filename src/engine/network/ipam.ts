// Docker's default IPAM: subnets from the predefined local pools (172.17–172.31 /16, then
// 192.168.x.0/20), addresses handed out lowest free first, the gateway taking the first one.
import { contains, overlaps, subnetSize, type Subnet } from './ipv4';

function predefinedPools(): Subnet[] {
  const pools: Subnet[] = [];
  for (let b = 17; b <= 31; b++) pools.push({ base: (172 * 256 + b) * 65536, prefix: 16 });
  for (let c = 0; c < 256; c += 16) pools.push({ base: ((192 * 256 + 168) * 256 + c) * 256, prefix: 20 });
  return pools;
}

/** The first predefined pool that overlaps none of the subnets in use; null when all are taken. */
export function nextPool(inUse: readonly Subnet[]): Subnet | null {
  return predefinedPools().find((p) => !inUse.some((u) => overlaps(p, u))) ?? null;
}

/** The addresses of one subnet: network and broadcast addresses never given out. */
export class AddressSpace {
  private readonly taken = new Set<number>();

  constructor(readonly subnet: Subnet) {}

  /** Reserves a given address; false when it is outside the subnet or already taken. */
  reserve(ip: number): boolean {
    if (!this.usable(ip) || this.taken.has(ip)) return false;
    this.taken.add(ip);
    return true;
  }

  /** The lowest free address, reserved; null when the subnet is full. */
  allocate(): number | null {
    const last = this.subnet.base + subnetSize(this.subnet) - 1;
    for (let ip = this.subnet.base + 1; ip < last; ip++) {
      if (!this.taken.has(ip)) {
        this.taken.add(ip);
        return ip;
      }
    }
    return null;
  }

  release(ip: number): void {
    this.taken.delete(ip);
  }

  isTaken(ip: number): boolean {
    return this.taken.has(ip);
  }

  usable(ip: number): boolean {
    return (
      contains(this.subnet, ip) &&
      ip !== this.subnet.base &&
      ip !== this.subnet.base + subnetSize(this.subnet) - 1
    );
  }
}
