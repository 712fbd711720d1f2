// Time formatting in UTC (the simulated host and containers run with TZ unset, i.e. UTC):
// a strftime subset for date(1), ls -l's recent/old timestamps, stat's full timestamps.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/** strftime(3) in UTC for the conversions date(1) users meet. Unknown conversions are kept as typed. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const w = d.getUTCDay();
  const conv: Record<string, () => string> = {
    a: () => DAYS[w].slice(0, 3),
    A: () => DAYS[w],
    b: () => MONTHS[m].slice(0, 3),
    h: () => MONTHS[m].slice(0, 3),
    B: () => MONTHS[m],
    c: () => strftime('%a %b %e %H:%M:%S %Y', ms),
    C: () => pad(Math.floor(Y / 100)),
    d: () => pad(day),
    D: () => strftime('%m/%d/%y', ms),
    e: () => pad(day, 2, ' '),
    F: () => strftime('%Y-%m-%d', ms),
    H: () => pad(H),
    I: () => pad(H % 12 || 12),
    j: () => pad(dayOfYear(d), 3),
    k: () => pad(H, 2, ' '),
    l: () => pad(H % 12 || 12, 2, ' '),
    m: () => pad(m + 1),
    M: () => pad(M),
    n: () => '\n',
    N: () => pad((ms % 1000) * 1_000_000, 9),
    p: () => (H < 12 ? 'AM' : 'PM'),
    P: () => (H < 12 ? 'am' : 'pm'),
    r: () => strftime('%I:%M:%S %p', ms),
    R: () => strftime('%H:%M', ms),
    s: () => String(Math.floor(ms / 1000)),
    S: () => pad(S),
    t: () => '\t',
    T: () => strftime('%H:%M:%S', ms),
    u: () => String(w || 7),
    w: () => String(w),
    x: () => strftime('%m/%d/%y', ms),
    X: () => strftime('%H:%M:%S', ms),
    y: () => pad(Y % 100),
    Y: () => String(Y),
    z: () => '+0000',
    ':z': () => '+00:00',
    Z: () => 'UTC',
    '%': () => '%',
  };
  return format.replace(/%(:z|.)/g, (all, c: string) => (conv[c] ? conv[c]() : all));
}

/** ls -l's date column: `Nov 23 09:13` within six months of now, `Nov 23  2025` otherwise. */
export function lsDate(mtimeMs: number, nowMs: number): string {
  const sixMonths = (365.2425 / 2) * 86_400_000;
  const recent = mtimeMs <= nowMs + 60_000 && nowMs - mtimeMs < sixMonths;
  return strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', mtimeMs);
}

/** stat(1)'s `2024-01-01 00:00:00.000000000 +0000`. */
export function statDate(ms: number): string {
  return strftime('%Y-%m-%d %H:%M:%S.%N %z', ms);
}
