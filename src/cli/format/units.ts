// go-units rendering: HumanSize ("4.26MB"), BytesSize ("1.5MiB"), HumanDuration ("About a minute").

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** Go's %.<p>g for a non-negative value below 10000. */
function g(v: number, precision: number): string {
  return String(Number(v.toPrecision(precision)));
}

function custom(size: number, base: number, units: string[], precision = 4): string {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return `${g(size, precision)}${units[i]}`;
}

export function humanSize(bytes: number, precision = 4): string {
  return custom(bytes, 1000, DECIMAL, precision);
}

export function bytesSize(bytes: number): string {
  return custom(bytes, 1024, BINARY);
}

/** units.HumanDuration of a duration in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3600000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}

/**
 * time.Time's String() of an API timestamp (RFC 3339 with up to nine fractional digits): Go keeps the
 * nanoseconds, without trailing zeros (`2026-11-23 09:00:42.646947137 +0000 UTC`). Other zones than
 * UTC are converted to it, at millisecond precision.
 */
export function goTimeOfRfc3339(rfc3339: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]00:00)$/.exec(rfc3339);
  if (!m) {
    const ms = Date.parse(rfc3339);
    return Number.isNaN(ms) ? rfc3339 : goTimeString(ms, ms % 1000 ? String(ms % 1000).padStart(3, '0') : '');
  }
  return `${m[1]} ${m[2]}${fraction(m[3] ?? '')} +0000 UTC`;
}

function fraction(digits: string): string {
  const trimmed = digits.slice(0, 9).replace(/0+$/, '');
  return trimmed ? `.${trimmed}` : '';
}

/** Go's time.Time.String() in UTC: `2026-11-23 09:10:36 +0000 UTC` (fractional digits given apart). */
export function goTimeString(epochMs: number, fractionDigits = ''): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction(fractionDigits)} +0000 UTC`;
}
