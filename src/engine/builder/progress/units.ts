// Byte counts as BuildKit's progress shows them (tonistiigi/units with %.2f): `95B`, `2.34kB`, `1.20MB`.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

export function formatBytes(n: number): string {
  if (n < 1000) return `${Math.trunc(n)}B`;
  let i = 0;
  let base = 1;
  while (n >= base * 1000 && i < UNITS.length - 1) {
    base *= 1000;
    i++;
  }
  return `${(n / base).toFixed(2)}${UNITS[i]}`;
}

/** Seconds with one decimal, as `%.1f` prints a duration. */
export function seconds1(ms: number): string {
  return (ms / 1000).toFixed(1);
}
