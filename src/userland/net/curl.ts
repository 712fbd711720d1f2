// curl 7.88 (Debian 12's): HTTP/1.1 requests over the process's network stack or a host unix socket
// (`--unix-socket /var/run/docker.sock`), with -X -H -d -i -I -o -w -f -L -v -s -S. No progress meter.
// https URLs are fetched in clear on port 443 (TLS is not simulated).
import { resolvePath } from '../../engine/fs/path';
import type { Connection, ProcessContext, Program } from '../../engine/process/types';
import { CurlUsageError, parseCurlArgs, type CurlOptions } from './curl-options';
import { bodyText, EmptyReply, readClientResponse, requestBytes, type ClientResponse } from './http-client';
import type { UnixSockets } from './unix-sockets';
import { parseUrl, resolveLocation, type HttpUrl } from './url';
import { CurlTimeout, Deadlines } from './curl-timeouts';
import { ConnectionTimedOut } from '../../engine/network/errors';

const VERSION = '7.88.1';
const MAX_REDIRECTS = 50;

class CurlError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** base64 of `user:password` as UTF-8 (a user without a colon has an empty password here: no prompt). */
function basic(user: string): string {
  const text = user.includes(':') ? user : `${user}:`;
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

function requestText(o: CurlOptions, url: HttpUrl, method: string): string {
  const defaults: [string, string][] = [
    ['Host', url.hostHeader],
    ['User-Agent', `curl/${VERSION}`],
    ['Accept', '*/*'],
  ];
  if (o.user !== null) defaults.splice(1, 0, ['Authorization', `Basic ${basic(o.user)}`]);
  if (o.data !== null) {
    defaults.push(['Content-Length', String(new TextEncoder().encode(o.data).length)]);
    defaults.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  const custom = o.headers.flatMap((h): [string, string][] => {
    const colon = h.indexOf(':');
    return colon > 0 ? [[h.slice(0, colon).trim(), h.slice(colon + 1).trim()]] : [];
  });
  const lower = new Set(custom.map(([k]) => k.toLowerCase()));
  const lines = [
    ...defaults.filter(([k]) => !lower.has(k.toLowerCase())),
    ...custom.filter(([, v]) => v !== ''),
  ].map(([k, v]) => `${k}: ${v}`);
  return `${method} ${url.target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${o.data ?? ''}`;
}

async function open(
  ctx: ProcessContext,
  o: CurlOptions,
  url: HttpUrl,
  sockets: UnixSockets | null,
  deadlines: Deadlines,
): Promise<Connection> {
  const refused = new CurlError(
    7,
    `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`,
  );
  if (o.unixSocket !== null) {
    const conn = sockets?.connect(resolvePath(ctx.cwd, o.unixSocket)) ?? null;
    if (!conn) throw refused;
    if (o.verbose) {
      ctx.stderr.write(
        `*   Trying ${o.unixSocket}:0...\n* Connected to ${url.host} (${o.unixSocket}) port ${url.port} (#0)\n`,
      );
    }
    return conn;
  }
  const ip = await ctx.net.resolve(url.host);
  if (ip === null) throw new CurlError(6, `Could not resolve host: ${url.host}`);
  if (o.verbose) ctx.stderr.write(`*   Trying ${ip}:${url.port}...\n`);
  try {
    const conn = await ctx.net.connect(ip, url.port);
    if (o.verbose) ctx.stderr.write(`* Connected to ${url.host} (${ip}) port ${url.port} (#0)\n`);
    return conn;
  } catch (err) {
    if (err instanceof ConnectionTimedOut) await deadlines.connectDropped(url.host, url.port);
    throw refused;
  }
}

/** Media types whose bodies are text: what stays a string when written to a file with -o. */
function isTextType(contentType: string): boolean {
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  return t === '' || t.startsWith('text/') || /[/+](json|xml|javascript)$/.test(t);
}

/**
 * A binary body (a layer blob, a tar) arrives one character per byte; -o writes those bytes as they
 * are, where a text body is written as UTF-8 text.
 */
function fileContent(out: string, res: ClientResponse): string | Uint8Array {
  const type = res.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  // A character above 0xff cannot be a byte: such a body was decoded as text on the way.
  if (isTextType(type) || /[^\x00-\xff]/.test(out)) return bodyText(out);
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}

/** Redirected to another host, curl no longer sends -u nor custom Authorization/Cookie headers. */
function withoutCredentials(o: CurlOptions): CurlOptions {
  return { ...o, user: null, headers: o.headers.filter((h) => !/^\s*(authorization|cookie)\s*:/i.test(h)) };
}

function headerBlock(res: ClientResponse): string {
  return `${res.statusLine}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

function writeOut(format: string, res: ClientResponse, url: string): string {
  const get = (name: string) => res.headers.find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
  const vars: Record<string, string> = {
    http_code: String(res.status).padStart(3, '0'),
    response_code: String(res.status),
    content_type: get('content-type'),
    size_download: String(new TextEncoder().encode(res.body).length),
    url_effective: url,
  };
  return format
    .replace(/%\{(\w+)\}/g, (m, name: string) => vars[name] ?? m)
    .replace(/\\([nrt\\])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c] ?? c);
}

async function transfer(ctx: ProcessContext, o: CurlOptions, sockets: UnixSockets | null): Promise<void> {
  let href = o.url!;
  let method = o.method ?? (o.head ? 'HEAD' : o.data !== null ? 'POST' : 'GET');
  let out = '';
  let origin: string | null = null;
  const deadlines = new Deadlines(ctx, o.maxTime, o.connectTimeout);
  for (let hop = 0; ; hop++) {
    const url = parseUrl(href);
    if (!url) throw new CurlError(3, 'URL using bad/illegal format or missing URL');
    origin ??= url.hostHeader;
    const conn = await open(ctx, o, url, sockets, deadlines);
    const request = requestText(url.hostHeader === origin ? o : withoutCredentials(o), url, method);
    if (o.verbose) {
      const head = request.slice(0, request.indexOf('\r\n\r\n') + 2);
      ctx.stderr.write(
        head
          .split('\r\n')
          .slice(0, -1)
          .map((l) => `> ${l}\r\n`)
          .join('') + '> \r\n',
      );
    }
    conn.write(requestBytes(request));
    let res: ClientResponse;
    try {
      res = await deadlines.transfer(conn, (c) => readClientResponse(c, method));
    } catch (err) {
      if (err instanceof EmptyReply) throw new CurlError(52, 'Empty reply from server');
      throw err;
    } finally {
      conn.end();
    }
    if (o.verbose) {
      ctx.stderr.write(
        headerBlock(res)
          .split('\r\n')
          .slice(0, -1)
          .map((l) => `< ${l}\r\n`)
          .join(''),
      );
    }
    if (o.fail && res.status >= 400)
      throw new CurlError(22, `The requested URL returned error: ${res.status}`);
    if (o.include || o.head) out += headerBlock(res);
    const location = res.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (o.location && location && res.status >= 300 && res.status < 400 && hop < MAX_REDIRECTS) {
      href = resolveLocation(url, location);
      if ([301, 302, 303].includes(res.status) && method === 'POST' && o.method === null) method = 'GET';
      continue;
    }
    if (!o.head) out += res.body;
    if (o.output !== null) ctx.fs.writeFile(resolvePath(ctx.cwd, o.output), fileContent(out, res));
    else ctx.stdout.write(bodyText(out));
    if (o.verbose) ctx.stderr.write(`* Connection #0 to host ${url.host} left intact\n`);
    if (o.writeOut !== null) ctx.stdout.write(writeOut(o.writeOut, res, href));
    return;
  }
}

export interface CurlDeps {
  /** The host's unix sockets (`--unix-socket`); without it every socket path is refused. */
  unixSockets?: UnixSockets;
}

export function createCurl(deps: CurlDeps = {}): Program {
  return async (ctx) => {
    let o: CurlOptions;
    try {
      o = parseCurlArgs(ctx.argv.slice(1));
    } catch (err) {
      if (!(err instanceof CurlUsageError)) throw err;
      ctx.stderr.write(
        `curl: ${err.message}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`,
      );
      return 2;
    }
    if (o.url === null) {
      ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    try {
      await transfer(ctx, o, deps.unixSockets ?? null);
      return 0;
    } catch (err) {
      if (!(err instanceof CurlError) && !(err instanceof CurlTimeout)) throw err;
      if (!o.silent || o.showError) ctx.stderr.write(`curl: (${err.code}) ${err.message}\n`);
      return err.code;
    }
  };
}

/** curl without unix sockets (containers' curl). */
export const curl: Program = createCurl();
