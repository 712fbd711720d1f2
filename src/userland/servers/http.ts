// HTTP/1.1 over a simulated TCP Connection, for the servers: a request reader (headers, Content-Length
// bodies, keep-alive), a response writer, and the date formats servers print.
import type { Connection } from '../../engine/process/types';
import { BufferedReader } from '../net/buffered-reader';

export interface HttpRequest {
  method: string;
  /** The request target as sent (`/index.html?x=1`). */
  target: string;
  /** Decoded path without the query. */
  path: string;
  query: string;
  version: string;
  /** Header lines in the order received, names as sent. */
  headers: [string, string][];
  body: string;
  conn: Connection;
}

export function header(req: HttpRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return req.headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

export interface HttpResponse {
  status: number;
  headers: [string, string][];
  body: string;
  /** Close the connection after this response. */
  close?: boolean;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** Reads requests one after the other from a connection. */
export class RequestReader {
  private readonly reader: BufferedReader;

  constructor(private readonly conn: Connection) {
    this.reader = new BufferedReader(conn);
  }

  /** The next request, or null when the client closed the connection; throws on a malformed one. */
  async next(): Promise<HttpRequest | null> {
    const headText = await this.reader.until('\r\n\r\n');
    if (headText === null) {
      if (this.reader.pending.trim() === '') return null;
      throw new Error('bad request');
    }
    const head = headText.split('\r\n');
    const [method, target, version] = head[0].split(' ');
    if (!method || !target || !version?.startsWith('HTTP/')) throw new Error('bad request');
    const headers: [string, string][] = [];
    for (const line of head.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    const length = Number(headers.find(([k]) => k.toLowerCase() === 'content-length')?.[1] ?? 0);
    const body = await this.reader.exactly(length);
    const q = target.indexOf('?');
    let path = q < 0 ? target : target.slice(0, q);
    try {
      path = decodeURIComponent(path);
    } catch {
      // Keep the raw path; the server answers 400 or 404 for it.
    }
    return {
      method,
      target,
      path,
      query: q < 0 ? '' : target.slice(q + 1),
      version,
      headers,
      body,
      conn: this.conn,
    };
  }
}

export function formatResponse(res: HttpResponse, version = 'HTTP/1.1'): string {
  let s = `${version} ${res.status} ${STATUS_TEXT[res.status] ?? ''}\r\n`;
  for (const [k, v] of res.headers) s += `${k}: ${v}\r\n`;
  return `${s}\r\n${res.body}`;
}

/** Serves every request of a connection with `handle` until the client or the handler closes it. */
export interface ServeOptions {
  /** The answer to a request that does not parse (the connection closes after it). */
  onBadRequest?: () => HttpResponse;
  /** Answer with this protocol whatever the request's (Python's BaseHTTPRequestHandler speaks HTTP/1.0). */
  protocol?: 'HTTP/1.0' | 'HTTP/1.1';
}

export async function serveConnection(
  conn: Connection,
  handle: (req: HttpRequest) => Promise<HttpResponse> | HttpResponse,
  opts: ServeOptions = {},
): Promise<void> {
  const reader = new RequestReader(conn);
  for (;;) {
    let req: HttpRequest | null;
    try {
      req = await reader.next();
    } catch {
      if (opts.onBadRequest) conn.write(formatResponse(opts.onBadRequest(), opts.protocol ?? 'HTTP/1.1'));
      conn.end();
      return;
    }
    if (!req) {
      conn.end();
      return;
    }
    const res = await handle(req);
    const close =
      res.close || header(req, 'connection')?.toLowerCase() === 'close' || req.version === 'HTTP/1.0';
    conn.write(formatResponse(res, opts.protocol ?? (req.version === 'HTTP/1.0' ? 'HTTP/1.0' : 'HTTP/1.1')));
    if (close) {
      conn.end();
      return;
    }
  }
}

/** Content types by extension, as nginx's mime.types maps the common ones. */
export function contentType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    html: 'text/html',
    htm: 'text/html',
    css: 'text/css',
    js: 'application/javascript',
    json: 'application/json',
    txt: 'text/plain',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    svg: 'image/svg+xml',
    ico: 'image/x-icon',
  };
  return types[ext] ?? 'application/octet-stream';
}
