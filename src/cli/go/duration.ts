// Go's time.ParseDuration (for `--health-interval`, `--stop-timeout`-like duration flags) and
// Duration.String; values are nanoseconds.

import { quote } from './strconv';

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

export function parseDuration(s: string): number {
  const orig = s;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new Error(`time: invalid duration ${quote(orig)}`);
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s) as RegExpExecArray;
    if (m[0] === '' || m[0] === '.') throw new Error(`time: invalid duration ${quote(orig)}`);
    s = s.slice(m[0].length);
    const u = /^[^\d.]*/.exec(s)?.[0] ?? '';
    if (u === '') throw new Error(`time: missing unit in duration ${quote(orig)}`);
    const mult = UNITS[u];
    if (mult === undefined) throw new Error(`time: unknown unit ${quote(u)} in duration ${quote(orig)}`);
    s = s.slice(u.length);
    total += Number(`${m[1] || '0'}.${m[2] ?? ''}0`) * mult;
  }
  return neg ? -total : total;
}
