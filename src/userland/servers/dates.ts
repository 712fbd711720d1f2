// UTC time stamps in the formats the servers print, from one strftime-like formatter.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** %a day, %b month, %d %m %Y %H %M %S, %L milliseconds, %f microseconds. */
export function formatUtc(ms: number, pattern: string): string {
  const d = new Date(ms);
  const fields: Record<string, string> = {
    a: DAYS[d.getUTCDay()],
    b: MONTHS[d.getUTCMonth()],
    d: pad(d.getUTCDate()),
    m: pad(d.getUTCMonth() + 1),
    Y: String(d.getUTCFullYear()),
    H: pad(d.getUTCHours()),
    M: pad(d.getUTCMinutes()),
    S: pad(d.getUTCSeconds()),
    L: pad(d.getUTCMilliseconds(), 3),
    f: pad(d.getUTCMilliseconds() * 1000, 6),
  };
  return pattern.replace(/%([abdmYHMSLf])/g, (_m, k: string) => fields[k]);
}

/** RFC 7231 IMF-fixdate: `Mon, 23 Nov 2026 09:15:00 GMT`. */
export const httpDate = (ms: number) => formatUtc(ms, '%a, %d %b %Y %H:%M:%S GMT');
/** Common Log Format: `23/Nov/2026:09:15:00 +0000`. */
export const clfDate = (ms: number) => formatUtc(ms, '%d/%b/%Y:%H:%M:%S +0000');
/** nginx's error log and Go's log package: `2026/11/23 09:15:00`. */
export const nginxDate = (ms: number) => formatUtc(ms, '%Y/%m/%d %H:%M:%S');
