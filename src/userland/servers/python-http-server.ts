// `python3 -m http.server [port] [--bind ADDR] [--directory DIR]`: HTTP/1.0 file server with
// directory listings and Python's error page; the request log on stderr; stdout block-buffered when it
// is not a terminal (the "Serving HTTP" line shows in `docker logs` only with -u / PYTHONUNBUFFERED).
import type { ProcessContext } from '../../engine/process/types';
import { contentType, serveConnection, type HttpRequest, type HttpResponse } from './http';
import { byteLength, untilSignal } from './signals';
import { formatUtc, httpDate } from './dates';

const SERVER = 'SimpleHTTP/0.6 Python/3.12.7';

function logTime(ms: number): string {
  return formatUtc(ms, '%d/%b/%Y %H:%M:%S');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function errorBody(code: number, message: string, explain: string): string {
  return (
    '<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n' +
    '        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n' +
    `        <p>Error code: ${code}</p>\n        <p>Message: ${message}.</p>\n` +
    `        <p>Error code explanation: ${code} - ${explain}.</p>\n    </body>\n</html>\n`
  );
}

function listing(ctx: ProcessContext, dir: string, urlPath: string): string {
  const title = `Directory listing for ${escapeHtml(urlPath)}`;
  let s = `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n<hr>\n<ul>\n`;
  const names = ctx.fs.readdir(dir).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  for (const name of names) {
    const full = `${dir === '/' ? '' : dir}/${name}`;
    let display = name;
    try {
      const lst = ctx.fs.lstat(full);
      if (lst.type === 'symlink') display = `${name}@`;
      else if (lst.type === 'dir') display = `${name}/`;
    } catch {
      // A name that vanished while listing.
    }
    const href = display.endsWith('@') ? name : display;
    s += `<li><a href="${encodeURI(href)}">${escapeHtml(display)}</a></li>\n`;
  }
  return `${s}</ul>\n<hr>\n</body>\n</html>\n`;
}

export async function pythonHttpServer(
  ctx: ProcessContext,
  args: string[],
  unbuffered: boolean,
): Promise<number> {
  let port = 8000;
  let bind = '0.0.0.0';
  let root = ctx.cwd;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--bind' || a === '-b') bind = args[++i] ?? bind;
    else if (a === '--directory' || a === '-d') root = args[++i] ?? root;
    else if (/^\d+$/.test(a)) port = Number(a);
  }
  let pending = '';
  const out = (text: string) => {
    if (unbuffered) ctx.stdout.write(text);
    else pending += text;
  };
  const log = (req: HttpRequest, code: number) =>
    ctx.stderr.write(
      `${req.conn.remoteAddress} - - [${logTime(ctx.clock.now())}] "${req.method} ${req.target} ${req.version}" ${code} -\n`,
    );
  const respond = (req: HttpRequest): HttpResponse => {
    const base = (code: number, body: string, type: string): HttpResponse => ({
      status: code,
      headers: [
        ['Server', SERVER],
        ['Date', httpDate(ctx.clock.now())],
        ['Content-type', type],
        ['Content-Length', String(byteLength(body))],
      ],
      body: req.method === 'HEAD' ? '' : body,
      close: true,
    });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      ctx.stderr.write(
        `${req.conn.remoteAddress} - - [${logTime(ctx.clock.now())}] code 501, message Unsupported method ('${req.method}')\n`,
      );
      log(req, 501);
      return base(
        501,
        errorBody(501, `Unsupported method ('${req.method}')`, 'Server does not support this operation'),
        'text/html;charset=utf-8',
      );
    }
    const path = `${root.replace(/\/$/, '')}${req.path}`;
    let st;
    try {
      st = ctx.fs.stat(path);
    } catch {
      st = null;
    }
    if (st?.type === 'dir') {
      if (!req.path.endsWith('/')) {
        log(req, 301);
        const res = base(301, '', 'text/html');
        res.headers.splice(2, 2, ['Location', `${req.path}/`], ['Content-Length', '0']);
        return res;
      }
      const index = ['index.html', 'index.htm'].map((n) => `${path}${n}`).find((p) => ctx.fs.exists(p));
      if (!index) {
        log(req, 200);
        return base(200, listing(ctx, path.replace(/\/$/, '') || '/', req.path), 'text/html; charset=utf-8');
      }
      return file(req, index);
    }
    if (!st) {
      ctx.stderr.write(
        `${req.conn.remoteAddress} - - [${logTime(ctx.clock.now())}] code 404, message File not found\n`,
      );
      log(req, 404);
      return base(
        404,
        errorBody(404, 'File not found', 'Nothing matches the given URI'),
        'text/html;charset=utf-8',
      );
    }
    return file(req, path);
  };
  const file = (req: HttpRequest, path: string): HttpResponse => {
    const st = ctx.fs.stat(path);
    const body = new TextDecoder().decode(ctx.fs.readFile(path));
    log(req, 200);
    return {
      status: 200,
      headers: [
        ['Server', SERVER],
        ['Date', httpDate(ctx.clock.now())],
        ['Content-type', contentType(path)],
        ['Content-Length', String(st.size)],
        ['Last-Modified', httpDate(st.mtimeMs)],
      ],
      body: req.method === 'HEAD' ? '' : body,
      close: true,
    };
  };
  const close = ctx.net.listen(
    port,
    (conn) => void serveConnection(conn, respond, { protocol: 'HTTP/1.0' }),
    bind,
  );
  const shown = bind === '0.0.0.0' ? '0.0.0.0' : bind;
  out(`Serving HTTP on ${shown} port ${port} (http://${shown}:${port}/) ...\n`);
  const signal = await untilSignal(ctx, ['SIGINT', 'SIGTERM'], () => true);
  close();
  if (signal === 'SIGTERM') return 143;
  out('\nKeyboard interrupt received, exiting.\n');
  ctx.stdout.write(pending);
  return 0;
}
