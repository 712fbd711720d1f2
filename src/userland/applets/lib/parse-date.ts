// The date strings `date -d` and `touch -d` accept that students write: ISO dates and times,
// `@SECONDS`, `now`, `today`, `yesterday`, `tomorrow`, `N unit(s) ago`, `+N unit(s)`. UTC only.

const UNITS: Record<string, number> = {
  second: 1000,
  sec: 1000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/**
 * Milliseconds since the epoch, or null when the string is not understood. `dateKeepsTime`: a date
 * without a time keeps the current time of day (BusyBox) instead of midnight (GNU).
 */
export function parseDate(input: string, nowMs: number, dateKeepsTime = false): number | null {
  const s = input.trim().toLowerCase();
  if (s === '' || s === 'now' || s === 'today') return nowMs;
  if (s === 'yesterday') return nowMs - UNITS.day;
  if (s === 'tomorrow') return nowMs + UNITS.day;
  let m = /^@(-?\d+(?:\.\d+)?)$/.exec(s);
  if (m) return Math.round(Number(m[1]) * 1000);
  m = /^([-+]?\d+)\s*(second|sec|minute|min|hour|day|week|month|year)s?(\s+ago)?$/.exec(s);
  if (m) {
    const n = Number(m[1]) * (m[3] ? -1 : 1);
    if (m[2] === 'month' || m[2] === 'year') {
      const d = new Date(nowMs);
      if (m[2] === 'month') d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCFullYear(d.getUTCFullYear() + n);
      return d.getTime();
    }
    return nowMs + n * UNITS[m[2]];
  }
  m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(z|utc|[-+]\d{2}:?\d{2})?$/.exec(
      s,
    );
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    // A date alone means midnight for GNU; BusyBox keeps the current time of day.
    const now = new Date(nowMs);
    const keep = dateKeepsTime && h === undefined;
    const [hh, mm, ss] = keep
      ? [now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds()]
      : [Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0)];
    let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), hh, mm, ss);
    if (frac) ms += Math.round(Number('0.' + frac) * 1000);
    if (zone && zone !== 'z' && zone !== 'utc') {
      const z = /([-+])(\d{2}):?(\d{2})/.exec(zone)!;
      ms -= (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * 60_000;
    }
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    return ms;
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m) {
    const d = new Date(nowMs);
    return Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      Number(m[1]),
      Number(m[2]),
      Number(m[3] ?? 0),
    );
  }
  return null;
}
