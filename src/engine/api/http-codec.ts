// HTTP/1.1 as bytes, for simulated programs that speak HTTP over a simulated socket (the host's
// `curl --unix-socket /var/run/docker.sock`): parse a request into the router's plain values, write
// the router's answer as dockerd would put it on the wire (wire.ts head, Content-Length or chunked
// body), and read such a response back on the client side. Pure TypeScript, no node APIs.
import type { ApiRequest, ApiResponse } from './http';
import { parseTarget, readBody, utf8 } from './http';
import { formatResponseHead } from './wire';

export class HttpSyntaxError extends Error {
  override name = 'HttpSyntaxError';
}

/** A byte reader over chunks that can hand back what it has not consumed. */
class Reader {
  private buf = new Uint8Array(0);
  private readonly it: AsyncIterator<Uint8Array>;
  private done = false;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.it.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const merged = new Uint8Array(this.buf.length + next.value.length);
    merged.set(this.buf);
    merged.set(next.value, this.buf.length);
    this.buf = merged;
    return true;
  }

  /** Bytes up to and including `\r\n\r\n` (the head), as latin1 text. */
  async head(): Promise<string | null> {
    for (;;) {
      const end = indexOfCrlfCrlf(this.buf);
      if (end >= 0) {
        const head = latin1(this.buf.slice(0, end));
        this.buf = this.buf.slice(end + 4);
        return head;
      }
      if (!(await this.fill())) {
        if (this.buf.length === 0) return null;
        throw new HttpSyntaxError('unexpected end of stream in HTTP head');
      }
    }
  }

  async exactly(n: number): Promise<Uint8Array> {
    while (this.buf.length < n)
      if (!(await this.fill())) throw new HttpSyntaxError('unexpected end of stream in HTTP body');
    const out = this.buf.slice(0, n);
    this.buf = this.buf.slice(n);
    return out;
  }

  async line(): Promise<string> {
    for (;;) {
      const i = this.buf.findIndex((b, k) => b === 0x0d && this.buf[k + 1] === 0x0a);
      if (i >= 0) {
        const l = latin1(this.buf.slice(0, i));
        this.buf = this.buf.slice(i + 2);
        return l;
      }
      if (!(await this.fill())) throw new HttpSyntaxError('unexpected end of stream in chunk header');
    }
  }

  /** Everything left, as a stream. */
  async *rest(): AsyncIterable<Uint8Array> {
    if (this.buf.length) yield this.buf;
    this.buf = new Uint8Array(0);
    while (!this.done) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else yield next.value;
    }
  }
}

function indexOfCrlfCrlf(b: Uint8Array): number {
  for (let i = 0; i + 3 < b.length; i++)
    if (b[i] === 13 && b[i + 1] === 10 && b[i + 2] === 13 && b[i + 3] === 10) return i;
  return -1;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

function parseHeaders(lines: string[]): Array<[string, string]> {
  return lines.map((l) => {
    const colon = l.indexOf(':');
    if (colon <= 0) throw new HttpSyntaxError(`malformed header line: ${l}`);
    return [l.slice(0, colon).trim(), l.slice(colon + 1).trim()];
  });
}

async function* dechunk(reader: Reader): AsyncIterable<Uint8Array> {
  for (;;) {
    const size = Number.parseInt((await reader.line()).split(';')[0], 16);
    if (Number.isNaN(size)) throw new HttpSyntaxError('malformed chunk size');
    if (size === 0) {
      await reader.line();
      return;
    }
    yield await reader.exactly(size);
    await reader.line();
  }
}

/** Reads one request from a connection's bytes; null when the peer closed before sending one. */
export async function readRequest(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ request: ApiRequest; rest: AsyncIterable<Uint8Array> } | null> {
  const reader = new Reader(chunks);
  const head = await reader.head();
  if (head === null) return null;
  const [requestLine, ...lines] = head.split('\r\n');
  const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(requestLine);
  if (!m) throw new HttpSyntaxError(`malformed request line: ${requestLine}`);
  const headers: Record<string, string> = {};
  // A header sent several times (`curl -H 'Accept: a' -H 'Accept: b'`) keeps every value, joined
  // with ", " as RFC 9110 §5.3 allows for list-valued fields (what the registry's Accept reads).
  for (const [k, v] of parseHeaders(lines)) {
    const key = k.toLowerCase();
    headers[key] = key in headers ? `${headers[key]}, ${v}` : v;
  }
  let body: Uint8Array | null = null;
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') body = await readBody(dechunk(reader));
  else if (headers['content-length']) body = await reader.exactly(Number(headers['content-length']));
  const { path, query } = parseTarget(m[2]);
  const upgrade = (headers.upgrade ?? '').toLowerCase() === 'tcp';
  return {
    request: { method: m[1], path, query, headers, body, ...(upgrade ? { stdin: reader.rest() } : {}) },
    rest: reader.rest(),
  };
}

function chunk(data: Uint8Array): Uint8Array {
  const size = utf8(`${data.length.toString(16)}\r\n`);
  const out = new Uint8Array(size.length + data.length + 2);
  out.set(size);
  out.set(data, size.length);
  out.set([13, 10], size.length + data.length);
  return out;
}

/** The router's answer as bytes on the wire: head, then the body (chunked when it streams). */
export async function* writeResponse(
  res: ApiResponse,
  nowMs: number,
  method = 'GET',
): AsyncIterable<Uint8Array> {
  const body = res.body;
  if (body === null || body instanceof Uint8Array) {
    const whole = body ?? new Uint8Array(0);
    yield utf8(formatResponseHead(res, nowMs, whole, method));
    if (method !== 'HEAD' && whole.length) yield whole;
    return;
  }
  yield utf8(formatResponseHead(res, nowMs, null, method));
  for await (const data of body) {
    if (data.length === 0) continue;
    yield res.upgraded ? data : chunk(data);
  }
  if (!res.upgraded) yield utf8('0\r\n\r\n');
}

export interface HttpResponse {
  status: number;
  reason: string;
  /** In wire order, as `curl -i` prints them. */
  headers: Array<[string, string]>;
  body: AsyncIterable<Uint8Array>;
}

/** Reads a response (the client side: curl). A HEAD request's response has no body. */
export async function readResponse(chunks: AsyncIterable<Uint8Array>, method = 'GET'): Promise<HttpResponse> {
  const reader = new Reader(chunks);
  const head = await reader.head();
  if (head === null) throw new HttpSyntaxError('empty reply from server');
  const [statusLine, ...lines] = head.split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(statusLine);
  if (!m) throw new HttpSyntaxError(`malformed status line: ${statusLine}`);
  const headers = parseHeaders(lines);
  const get = (name: string) => headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const status = Number(m[1]);
  let body: AsyncIterable<Uint8Array>;
  if (method === 'HEAD' || status === 204 || status === 304) body = (async function* () {})();
  else if (get('transfer-encoding')?.toLowerCase() === 'chunked') body = dechunk(reader);
  else if (get('content-length') !== undefined) {
    const n = Number(get('content-length'));
    body = (async function* () {
      if (n > 0) yield await reader.exactly(n);
    })();
  } else body = reader.rest();
  return { status, reason: m[2], headers, body };
}

/** Serves one connection: requests in, responses out, until the peer closes or a hijack ends it. */
export async function* serveConnection(
  handler: { handle(req: ApiRequest): Promise<ApiResponse> },
  input: AsyncIterable<Uint8Array>,
  now: () => number,
): AsyncIterable<Uint8Array> {
  let chunks = input;
  for (;;) {
    let parsed;
    try {
      parsed = await readRequest(chunks);
    } catch (err) {
      if (!(err instanceof HttpSyntaxError)) throw err;
      yield utf8(
        'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request',
      );
      return;
    }
    if (!parsed) return;
    const res = await handler.handle(parsed.request);
    yield* writeResponse(res, now(), parsed.request.method);
    if (res.upgraded || (parsed.request.headers.connection ?? '').toLowerCase() === 'close') return;
    chunks = parsed.rest;
  }
}
