// The head of an HTTP response exactly as dockerd's Go net/http server writes it: the handler's
// headers sorted by name, then Date, Content-Length, a sniffed Content-Type and Transfer-Encoding
// (net/http's extraHeader order). Used by `baleine engine`'s server and by the simulated host's curl,
// so `curl -i` shows what it shows against a real engine.
import type { ApiResponse } from './http';

const STATUS_TEXT: Record<number, string> = {
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? '';
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** http.TimeFormat: `Mon, 23 Nov 2026 09:26:21 GMT`. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/** What net/http's DetectContentType says for the bodies the engine sends without a type. */
export function sniffContentType(body: Uint8Array): string {
  for (const b of body.slice(0, 512)) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)
      return 'application/octet-stream';
  }
  return 'text/plain; charset=utf-8';
}

function bodyAllowed(status: number): boolean {
  return !(status === 204 || status === 304 || (status >= 100 && status < 200));
}

/**
 * Header lines in Go's order; `body` is the whole body, or null for a streamed (chunked) one.
 * For a HEAD request Go adds no length or type of its own.
 */
export function responseHeaders(
  res: ApiResponse,
  nowMs: number,
  body: Uint8Array | null,
  method = 'GET',
): Array<[string, string]> {
  const own = Object.entries(res.headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const has = (name: string) => own.some(([k]) => k.toLowerCase() === name.toLowerCase());
  const out: Array<[string, string]> = [...own];
  if (res.upgraded) return out;
  if (!has('Date')) out.push(['Date', httpDate(nowMs)]);
  if (bodyAllowed(res.status) && method !== 'HEAD') {
    if (body !== null && !has('Content-Length')) out.push(['Content-Length', String(body.length)]);
    if (body !== null && body.length > 0 && !has('Content-Type'))
      out.push(['Content-Type', sniffContentType(body)]);
    if (body === null && !has('Content-Length')) out.push(['Transfer-Encoding', 'chunked']);
  }
  return out;
}

/** The status line and headers, CRLF-terminated, with the blank line. */
export function formatResponseHead(
  res: ApiResponse,
  nowMs: number,
  body: Uint8Array | null,
  method = 'GET',
): string {
  const reason = res.status === 101 ? 'UPGRADED' : statusText(res.status);
  const lines = [
    `HTTP/1.1 ${res.status} ${reason}`,
    ...responseHeaders(res, nowMs, body, method).map(([k, v]) => `${k}: ${v}`),
  ];
  return lines.join('\r\n') + '\r\n\r\n';
}
