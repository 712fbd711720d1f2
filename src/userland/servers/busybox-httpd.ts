// BusyBox httpd (`httpd [-ifv] [-p [IP:]PORT] [-h HOME]`), the static file server of the busybox image:
// GET/HEAD of files with BusyBox's Content-type table, index.html of directories (no listings), a 302 to
// the directory's slash, BusyBox's 404/501 pages, `-v` access lines on stderr. Without -f it daemonizes:
// the server runs in a child whose stdio is /dev/null and the command exits 0 at once.
import type { Connection, OutputStream, ProcessContext, Program } from '../../engine/process/types';
import { AddressInUse } from '../../engine/network/errors';
import { serveConnection, type HttpRequest, type HttpResponse } from './http';
import { untilSignal } from './signals';
import { httpDate } from './dates';

const USAGE =
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n' +
  'Usage: httpd [-ifv[v]] [-c CONFFILE] [-p [IP:]PORT] [-u USER[:GRP]] [-r REALM] [-h HOME]\n' +
  'or httpd -d/-e/-m STRING\n\nListen for incoming HTTP requests\n\n' +
  '\t-i\t\tInetd mode\n\t-f\t\tRun in foreground\n\t-v[v]\t\tVerbose\n' +
  '\t-p [IP:]PORT\tBind to IP:PORT (default *:80)\n\t-u USER[:GRP]\tSet uid/gid after binding to port\n' +
  '\t-r REALM\tAuthentication Realm for Basic Authentication\n\t-h HOME\t\tHome directory (default .)\n' +
  '\t-c FILE\t\tConfiguration file (default {/etc,HOME}/httpd.conf)\n\t-m STRING\tMD5 crypt STRING\n' +
  '\t-e STRING\tHTML encode STRING\n\t-d STRING\tURL decode STRING';

/** BusyBox's suffix table (httpd.c): no Content-type at all for what it does not list. */
const SUFFIXES: [string[], string][] = [
  [['.txt', '.h', '.c', '.cc', '.cpp'], 'text/plain'],
  [['.htm', '.html'], 'text/html'],
  [['.jpg', '.jpeg'], 'image/jpeg'],
  [['.gif'], 'image/gif'],
  [['.png'], 'image/png'],
  [['.svg'], 'image/svg+xml'],
  [['.css'], 'text/css'],
  [['.js'], 'application/javascript'],
  [['.wav'], 'audio/wav'],
  [['.avi'], 'video/x-msvideo'],
  [['.qt', '.mov'], 'video/quicktime'],
  [['.mpe', '.mpeg'], 'video/mpeg'],
  [['.mid', '.midi'], 'audio/midi'],
  [['.mp3'], 'audio/mpeg'],
];

export function busyboxContentType(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || path.indexOf('/', dot) >= 0) return undefined;
  const suffix = path.slice(dot);
  return SUFFIXES.find(([exts]) => exts.includes(suffix))?.[1];
}

const ERRORS: Record<number, [string, string]> = {
  404: ['Not Found', 'The requested URL was not found'],
  501: ['Not Implemented', 'The requested method is not recognized'],
};

interface Options {
  foreground: boolean;
  verbose: boolean;
  address: string;
  port: number;
  home: string;
}

/** What a bad command line prints before exiting 1: a message, and the usage after it or not. */
interface BadArgs {
  message: string;
  usage: boolean;
}

function parseArgs(argv: string[]): Options | BadArgs {
  const opts: Options = { foreground: false, verbose: false, address: '', port: 80, home: '.' };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') return { message: '', usage: true };
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j];
      if (flag === 'f') opts.foreground = true;
      else if (flag === 'v') opts.verbose = true;
      else if (flag === 'i') continue;
      else if ('phcurdem'.includes(flag)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i];
        if (value === undefined) return { message: `httpd: option requires an argument -- '${flag}'\n`, usage: true };
        if (flag === 'h') opts.home = value;
        if (flag === 'p') {
          const colon = value.lastIndexOf(':');
          opts.address = colon >= 0 ? value.slice(0, colon) : '';
          opts.port = Number(colon >= 0 ? value.slice(colon + 1) : value);
          if (!/^\d+$/.test(colon >= 0 ? value.slice(colon + 1) : value)) {
            return { message: `httpd: bad address '${value}'\n`, usage: false };
          }
        }
        break;
      } else return { message: `httpd: invalid option -- '${flag}'\n`, usage: true };
    }
  }
  return opts;
}

const DEV_NULL: OutputStream = { isTTY: false, write: () => {}, drain: async () => {} };

export const busyboxHttpd: Program = async (ctx) => {
  const opts = parseArgs(ctx.argv);
  if ('message' in opts) {
    ctx.stderr.write(opts.usage ? `${opts.message}${USAGE}\n` : opts.message);
    return 1;
  }
  const home = opts.home.startsWith('/') ? opts.home : `${ctx.cwd.replace(/\/$/, '')}/${opts.home}`;
  const local = ['', '0.0.0.0'].includes(opts.address) || ctx.net.addresses().includes(opts.address);
  const server: Server = { ctx, home, verbose: opts.verbose, ipv6: opts.address === '', log: ctx.stderr };
  const onConnection = (conn: Connection) => void serveConnection(conn, (req) => respond(server, req));
  let close: () => void;
  try {
    if (!local || opts.port > 65535) throw new Error('EADDRNOTAVAIL');
    close = opts.address ? ctx.net.listen(opts.port, onConnection, opts.address) : ctx.net.listen(opts.port, onConnection);
  } catch (err) {
    const reason = err instanceof AddressInUse ? 'Address already in use' : 'Cannot assign requested address';
    ctx.stderr.write(`httpd: bind: ${reason}\n`);
    return 1;
  }
  if (!opts.foreground && ctx.fork) {
    // Daemonized: the child keeps the socket, its stdio go to /dev/null; the command returns at once.
    server.log = DEV_NULL;
    ctx.fork((child) => serveUntilSignal(child, close), { stdin: ctx.stdin, stdout: DEV_NULL, stderr: DEV_NULL });
    return 0;
  }
  return serveUntilSignal(ctx, close);
};

async function serveUntilSignal(ctx: ProcessContext, close: () => void): Promise<number> {
  const signal = await untilSignal(ctx, ['SIGINT', 'SIGTERM'], () => true);
  close();
  return signal === 'SIGTERM' ? 143 : 130;
}

interface Server {
  ctx: ProcessContext;
  home: string;
  verbose: boolean;
  /** Listening on every address: BusyBox's IPv6 socket shows IPv4 peers as `[::ffff:a.b.c.d]`. */
  ipv6: boolean;
  log: OutputStream;
}

function baseHeaders(server: Server): [string, string][] {
  return [
    ['Date', httpDate(server.ctx.clock.now())],
    ['Connection', 'close'],
  ];
}

function errorPage(server: Server, status: number): HttpResponse {
  const [title, text] = ERRORS[status];
  const body = `<HTML><HEAD><TITLE>${status} ${title}</TITLE></HEAD>\n<BODY><H1>${status} ${title}</H1>\n${text}\n</BODY></HTML>\n`;
  return { status, headers: [...baseHeaders(server), ['Content-type', 'text/html']], body, close: true };
}

function respond(server: Server, req: HttpRequest): HttpResponse {
  const res = answer(server, req);
  if (server.verbose) {
    const peer = server.ipv6 ? `[::ffff:${req.conn.remoteAddress}]` : req.conn.remoteAddress;
    server.log.write(`${peer}:${req.conn.remotePort}: response:${res.status}\n`);
  }
  return req.method === 'HEAD' ? { ...res, body: '' } : res;
}

function answer(server: Server, req: HttpRequest): HttpResponse {
  const fs = server.ctx.fs;
  if (req.method !== 'GET' && req.method !== 'HEAD') return errorPage(server, 501);
  let path = `${server.home.replace(/\/$/, '')}${req.path}`;
  if (path.endsWith('/')) path += 'index.html';
  let st;
  try {
    st = fs.stat(path);
  } catch {
    return errorPage(server, 404);
  }
  if (st.type === 'dir') {
    return {
      status: 302,
      headers: [...baseHeaders(server), ['Content-type', 'text/html'], ['Location', `${req.path}/`]],
      body: '',
      close: true,
    };
  }
  let body: string;
  try {
    body = new TextDecoder().decode(fs.readFile(path));
  } catch {
    return errorPage(server, 404);
  }
  const type = busyboxContentType(path);
  const mtime = Math.floor(st.mtimeMs / 1000);
  return {
    status: 200,
    headers: [
      ...baseHeaders(server),
      ...(type ? ([['Content-type', type]] as [string, string][]) : []),
      ['Accept-Ranges', 'bytes'],
      ['Last-Modified', httpDate(st.mtimeMs)],
      ['ETag', `"${mtime.toString(16)}-${st.size.toString(16)}"`],
      ['Content-Length', String(st.size)],
    ],
    body,
    close: true,
  };
}
