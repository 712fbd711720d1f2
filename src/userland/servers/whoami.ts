// traefik/whoami: answers every request with the container's hostname, its IP addresses, the
// client's address and the request as received (Go's Request.Write: Host, User-Agent, then the other
// headers sorted); `/api` as JSON, `/health` for health checks. Flags `--port`, `--name`.
import type { Connection, ProcessContext, Program } from '../../engine/process/types';
import { header, serveConnection, type HttpRequest, type HttpResponse } from './http';
import { byteLength, untilSignal } from './signals';
import { httpDate, nginxDate } from './dates';

function canonicalKey(key: string): string {
  return key
    .toLowerCase()
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('-');
}

/** Go's http.Request.Write as whoami echoes it (CRLF line ends). */
export function requestDump(req: HttpRequest): string {
  let s = `${req.method} ${req.target} ${req.version}\r\n`;
  s += `Host: ${header(req, 'host') ?? ''}\r\n`;
  s += `User-Agent: ${header(req, 'user-agent') ?? 'Go-http-client/1.1'}\r\n`;
  const rest = req.headers
    .filter(([k]) => !['host', 'user-agent'].includes(k.toLowerCase()))
    .map(([k, v]) => [canonicalKey(k), v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, v] of rest) s += `${k}: ${v}\r\n`;
  return `${s}\r\n${req.body}`;
}

function option(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i].replace(/^--?/, '-');
    if (a === `-${name}`) return args[i + 1];
    if (a.startsWith(`-${name}=`)) return a.slice(name.length + 2);
  }
  return undefined;
}

function text(ctx: ProcessContext, body: string, type = 'text/plain; charset=utf-8'): HttpResponse {
  return {
    status: 200,
    headers: [
      ['Date', httpDate(ctx.clock.now())],
      ['Content-Length', String(byteLength(body))],
      ['Content-Type', type],
    ],
    body,
  };
}

export const whoami: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const port = Number(option(args, 'port') ?? ctx.env.WHOAMI_PORT_NUMBER ?? 80);
  const name = option(args, 'name') ?? ctx.env.WHOAMI_NAME ?? '';
  const handle = (req: HttpRequest): HttpResponse => {
    const remote = `${req.conn.remoteAddress}:${req.conn.remotePort}`;
    if (req.path === '/health') return text(ctx, '');
    if (req.path === '/api') {
      const headers: Record<string, string[]> = {};
      for (const [k, v] of req.headers) (headers[canonicalKey(k)] ??= []).push(v);
      const body = JSON.stringify({
        hostname: ctx.hostname,
        ip: ctx.net.addresses(),
        headers,
        url: req.target,
        host: header(req, 'host') ?? '',
        method: req.method,
        name: name || undefined,
        remoteAddr: remote,
      });
      return text(ctx, `${body}\n`, 'application/json');
    }
    let body = '';
    if (name) body += `Name: ${name}\n`;
    body += `Hostname: ${ctx.hostname}\n`;
    for (const ip of ctx.net.addresses()) body += `IP: ${ip}\n`;
    body += `RemoteAddr: ${remote}\n`;
    body += requestDump(req);
    return text(ctx, body);
  };
  ctx.stderr.write(`${nginxDate(ctx.clock.now())} Starting up on port ${port}\n`);
  const close = ctx.net.listen(port, (conn: Connection) => void serveConnection(conn, handle));
  await untilSignal(ctx, ['SIGTERM', 'SIGINT'], () => true);
  close();
  return 0;
};
