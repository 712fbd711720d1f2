// The daemon side of Docker's progress messages: go-units HumanSize and jsonmessage.JSONProgress's
// bar, as dockerd renders them into the `progress` field (width 200: bar and counts, no time left).

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units HumanSize: decimal units, 4 significant digits (`4.26MB`, `512B`, `1.984MB`). */
export function humanSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatG4(size)}${UNITS[i]}`;
}

/** Go's `%.4g` for 0 ≤ x < 1000. */
function formatG4(x: number): string {
  if (x === 0) return '0';
  return String(Number(x.toPrecision(4)));
}

/** `[=====>      ]  1.2MB/3.4MB` */
export function progressBar(current: number, total: number): string {
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);
  const pct = Math.min(50, Math.floor(Math.floor((current / total) * 100) / 2));
  const bar = `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] `;
  const numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}
