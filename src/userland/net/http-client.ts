// An HTTP/1.1 exchange over a Connection: write the request, read the response (Content-Length,
// chunked or until close). Servers that speak bytes (the Engine API on /var/run/docker.sock, the Hub)
// carry them one character per byte (latin1); programs' own servers may write text. requestBytes and
// bodyText convert between the two, so that lengths are byte counts and binary bodies stay bytes.

import { BufferedReader, type ChunkSource } from './buffered-reader';

export interface ClientResponse {
  statusLine: string;
  status: number;
  /** Header lines as received. */
  headers: [string, string][];
  body: string;
}

export class EmptyReply extends Error {}

export async function readClientResponse(conn: ChunkSource, method: string): Promise<ClientResponse> {
  const r = new BufferedReader(conn);
  const statusLine = await r.line();
  if (statusLine === null || !statusLine.startsWith('HTTP/')) throw new EmptyReply('Empty reply from server');
  const status = Number(statusLine.split(' ')[1] ?? 0);
  const headers: [string, string][] = [];
  for (let line = await r.line(); line; line = await r.line()) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  const get = (name: string) => headers.find(([k]) => k.toLowerCase() === name)?.[1];
  let body = '';
  if (method === 'HEAD' || status === 204 || status === 304) body = '';
  else if ((get('transfer-encoding') ?? '').toLowerCase() === 'chunked') {
    for (;;) {
      const size = parseInt((await r.line()) ?? '0', 16);
      if (!size) break;
      body += await r.exactly(size);
      await r.line();
    }
  } else if (get('content-length') !== undefined) body = await r.exactly(Number(get('content-length')));
  else body = await r.rest();
  return { statusLine, status, headers, body };
}

/** The request as the bytes of its UTF-8 encoding, one character per byte. */
export function requestBytes(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A body as text: bytes (one character per byte) that form valid UTF-8 are decoded; a body that is
 * already text (a character above 0xff, or not UTF-8 as bytes) is left as it is.
 */
export function bodyText(body: string): string {
  if (!/[\x80-\xff]/.test(body) || /[^\x00-\xff]/.test(body)) return body;
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return body;
  }
}
