// Numbers on command lines: counts with coreutils' multiplier suffixes, and human-readable sizes.

const MULT: Record<string, number> = {
  b: 512,
  kB: 1000,
  K: 1024,
  k: 1024,
  KiB: 1024,
  MB: 1000 ** 2,
  M: 1024 ** 2,
  MiB: 1024 ** 2,
  GB: 1000 ** 3,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
};

/** `10`, `2K`, `1MiB` → a count; null when malformed. */
export function parseCount(s: string): number | null {
  const m = /^(\d+)([A-Za-z]*)$/.exec(s);
  if (!m) return null;
  const mult = m[2] ? MULT[m[2]] : 1;
  return mult === undefined ? null : Number(m[1]) * mult;
}

/** `ls -h`/`du -h`/`df -h` sizes: 1023, 1.0K, 4.0K, 12K, 1.5M (powers of 1024, rounded up). */
export function humanSize(bytes: number): string {
  const units = ['K', 'M', 'G', 'T', 'P', 'E'];
  if (bytes < 1024) return String(bytes);
  let v = bytes;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  if (v < 10) {
    const r = Math.ceil(v * 10) / 10;
    if (r < 10) return `${r.toFixed(1)}${units[u]}`;
    v = r;
  }
  const r = Math.ceil(v);
  if (r >= 1024 && u < units.length - 1) return `1.0${units[u + 1]}`;
  return `${r}${units[u]}`;
}

/** Integer parse for options such as `-n 5`, `-maxdepth 2`; null when not a plain integer. */
export function parseIntArg(s: string): number | null {
  return /^[-+]?\d+$/.test(s.trim()) ? Number(s) : null;
}
