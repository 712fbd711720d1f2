// Apache httpd as the official `httpd` image runs it (`httpd-foreground`): Apache's startup notices
// on stderr, files from /usr/local/apache2/htdocs, the common log format on stdout, Apache's error
// pages; SIGWINCH stops gracefully (the image's STOPSIGNAL), SIGTERM at once, SIGUSR1 restarts.
import type { ProcessContext, Program } from '../../engine/process/types';
import { contentType, serveConnection, type HttpRequest, type HttpResponse } from './http';
import { byteLength, untilSignal } from './signals';
import { clfDate, formatUtc, httpDate } from './dates';

export const APACHE_VERSION = '2.4.62';
const DOCROOT = '/usr/local/apache2/htdocs';

/** `[Mon Nov 23 09:15:00.000000 2026]` */
function errorLogTime(ms: number): string {
  return formatUtc(ms, '[%a %b %d %H:%M:%S.%f %Y]');
}

const TID = '140231520270208';

function page(status: number, title: string, text: string): string {
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${title}</title>\n</head><body>\n<h1>${title}</h1>\n<p>${text}</p>\n</body></html>\n`;
}

export const apacheHttpd: Program = async (ctx: ProcessContext) => {
  const notice = (module: string, text: string) =>
    ctx.stderr.write(
      `${errorLogTime(ctx.clock.now())} [${module}:notice] [pid ${ctx.pid}:tid ${TID}] ${text}\n`,
    );
  const ip = ctx.net.addresses().find((a) => a !== '127.0.0.1') ?? '127.0.0.1';
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
  const respond = (req: HttpRequest): HttpResponse => {
    const headers = (type: string, length: number): [string, string][] => [
      ['Date', httpDate(ctx.clock.now())],
      ['Server', `Apache/${APACHE_VERSION} (Unix)`],
      ['Content-Length', String(length)],
      ['Content-Type', type],
    ];
    let path = `${DOCROOT}${req.path}`;
    try {
      if (ctx.fs.stat(path).type === 'dir') path = `${path.replace(/\/$/, '')}/index.html`;
      const st = ctx.fs.stat(path);
      const body = new TextDecoder().decode(ctx.fs.readFile(path));
      const h = headers(contentType(path), st.size);
      h.splice(
        2,
        0,
        ['Last-Modified', httpDate(st.mtimeMs)],
        ['ETag', `"${st.size.toString(16)}-${Math.floor(st.mtimeMs * 1000).toString(16)}"`],
        ['Accept-Ranges', 'bytes'],
      );
      return { status: 200, headers: h, body: req.method === 'HEAD' ? '' : body };
    } catch {
      const body = page(404, 'Not Found', 'The requested URL was not found on this server.');
      return { status: 404, headers: headers('text/html; charset=iso-8859-1', byteLength(body)), body };
    }
  };
  const serve = (req: HttpRequest): HttpResponse => {
    const res = respond(req);
    ctx.stdout.write(
      `${req.conn.remoteAddress} - - [${clfDate(ctx.clock.now())}] "${req.method} ${req.target} ${req.version}" ${res.status} ${byteLength(res.body) || '-'}\n`,
    );
    return res;
  };
  ctx.stderr.write(fqdn + fqdn);
  notice('mpm_event', `AH00489: Apache/${APACHE_VERSION} (Unix) configured -- resuming normal operations`);
  notice('core', `AH00094: Command line: 'httpd -D FOREGROUND'`);
  const close = ctx.net.listen(80, (conn) => void serveConnection(conn, serve));
  const signal = await untilSignal(ctx, ['SIGWINCH', 'SIGTERM', 'SIGINT', 'SIGUSR1', 'SIGHUP'], (s) => {
    if (s === 'SIGUSR1' || s === 'SIGHUP') {
      notice(
        'mpm_event',
        s === 'SIGUSR1'
          ? 'AH00493: SIGUSR1 received.  Doing graceful restart'
          : 'AH00494: SIGHUP received.  Attempting to restart',
      );
      notice(
        'mpm_event',
        `AH00489: Apache/${APACHE_VERSION} (Unix) configured -- resuming normal operations`,
      );
      return false;
    }
    return true;
  });
  close();
  notice(
    'mpm_event',
    signal === 'SIGWINCH'
      ? 'AH00492: caught SIGWINCH, shutting down gracefully'
      : 'AH00491: caught SIGTERM, shutting down',
  );
  return 0;
};
