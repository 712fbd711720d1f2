// IPv4 addresses and CIDR subnets as numbers.

export function parseIp(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

export interface Subnet {
  base: number;
  prefix: number;
}

export function parseCidr(cidr: string): Subnet | null {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(cidr);
  if (!m) return null;
  const ip = parseIp(m[1]!);
  const prefix = Number(m[2]);
  if (ip === null || prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  return { base: ip - (ip % size), prefix };
}

export function subnetSize(s: Subnet): number {
  return 2 ** (32 - s.prefix);
}

export function formatCidr(s: Subnet): string {
  return `${formatIp(s.base)}/${s.prefix}`;
}

export function contains(s: Subnet, ip: number): boolean {
  return ip >= s.base && ip < s.base + subnetSize(s);
}

export function overlaps(a: Subnet, b: Subnet): boolean {
  return a.base < b.base + subnetSize(b) && b.base < a.base + subnetSize(a);
}

/** Docker's MAC for an IPv4 endpoint: 02:42 followed by the address's four bytes. */
export function macFor(ip: number): string {
  const bytes = [2, 0x42, ...[24, 16, 8, 0].map((s) => Math.floor(ip / 2 ** s) % 256)];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
