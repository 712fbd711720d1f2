// nginx as the official image runs it (`nginx -g 'daemon off;'`): notices on stderr, a master and its
// workers, static files from the configured root with nginx's headers and error pages, the access log
// in the `main` format on stdout; SIGHUP reloads, SIGQUIT shuts down gracefully, SIGTERM/SIGINT fast;
// `nginx -s reload|quit|stop`, `-t`, `-v`.
import type { Connection, ProcessContext, Program, Signal } from '../../engine/process/types';
import { SIGNALS } from '../../engine/process/types';
import { contentType, header, serveConnection, type HttpRequest, type HttpResponse } from './http';
import { loadNginxConfig, NGINX_CONF, type NginxConfig } from './nginx-config';
import { byteLength, untilSignal } from './signals';
import { clfDate, httpDate, nginxDate } from './dates';

const CPUS = 2;

function version(ctx: ProcessContext): string {
  return ctx.env.NGINX_VERSION || '1.27.3';
}

function errorPage(status: number, text: string, ver: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/${ver}</center>\r\n</body>\r\n</html>\r\n`;
}

const ERROR_TEXT: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  400: 'Bad Request',
};

class Nginx {
  private config: NginxConfig;
  private closers: (() => void)[] = [];
  private workers: { pid: number; kill: (s: Signal) => void; wait: () => Promise<number> }[] = [];
  private requests = 0;
  readonly ver: string;

  constructor(private readonly ctx: ProcessContext) {
    this.ver = version(ctx);
    this.config = loadNginxConfig(ctx.fs, CPUS);
  }

  notice(text: string, pid = this.ctx.pid): void {
    this.ctx.stderr.write(`${nginxDate(this.ctx.clock.now())} [notice] ${pid}#${pid}: ${text}\n`);
  }

  private error(text: string): void {
    const pid = this.workers[0]?.pid ?? this.ctx.pid;
    this.ctx.stderr.write(`${nginxDate(this.ctx.clock.now())} [error] ${pid}#${pid}: ${text}\n`);
  }

  start(): void {
    const ctx = this.ctx;
    for (const dir of ['client_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp']) {
      try {
        ctx.fs.mkdir(`/var/cache/nginx/${dir}`, { recursive: true, mode: 0o700 });
      } catch {
        // No /var/cache/nginx to write into (read-only root): nginx goes on without it here.
      }
    }
    try {
      ctx.fs.writeFile(this.config.pidFile, `${ctx.pid}\n`);
    } catch {
      // The pid file is only needed by `nginx -s`.
    }
    this.notice('using the "epoll" event method');
    this.notice(`nginx/${this.ver}`);
    this.notice('built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ');
    this.notice('OS: Linux 6.1.0');
    this.notice('getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    this.listen();
    this.startWorkers();
  }

  private listen(): void {
    for (const port of this.config.ports) {
      this.closers.push(this.ctx.net.listen(port, (conn) => void this.serve(conn)));
    }
  }

  private unlisten(): void {
    for (const close of this.closers.splice(0)) close();
  }

  private startWorkers(): void {
    this.notice('start worker processes');
    const fork = this.ctx.fork;
    for (let i = 0; i < this.config.workers && fork; i++) {
      const child = fork(worker, { argv: ['nginx: worker process'] });
      this.workers.push({ pid: child.pid, kill: (s) => child.kill(s), wait: () => child.wait() });
      this.notice(`start worker process ${child.pid}`);
    }
  }

  private async stopWorkers(graceful: boolean): Promise<void> {
    const old = this.workers.splice(0);
    for (const w of old) w.kill(graceful ? 'SIGQUIT' : 'SIGTERM');
    for (const w of old) {
      const code = await w.wait();
      if (graceful) {
        this.notice('gracefully shutting down', w.pid);
        this.notice('exiting', w.pid);
        this.notice('exit', w.pid);
      }
      this.notice(`signal 17 (SIGCHLD) received from ${w.pid}`);
      this.notice(`worker process ${w.pid} exited with code ${code}`);
    }
  }

  async reload(): Promise<void> {
    this.notice(`signal ${SIGNALS.SIGHUP} (SIGHUP) received, reconfiguring`);
    this.notice('reconfiguring');
    this.config = loadNginxConfig(this.ctx.fs, CPUS);
    this.unlisten();
    this.listen();
    this.notice('using the "epoll" event method');
    const old = this.workers.splice(0);
    this.startWorkers();
    const current = this.workers;
    this.workers = old;
    await this.stopWorkers(true);
    this.workers = current;
  }

  async stop(signal: Signal): Promise<void> {
    const graceful = signal === 'SIGQUIT';
    this.notice(`signal ${SIGNALS[signal]} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`);
    this.unlisten();
    await this.stopWorkers(graceful);
    try {
      this.ctx.fs.unlink(this.config.pidFile);
    } catch {
      // Already gone.
    }
    this.notice('exit');
  }

  private async serve(conn: Connection): Promise<void> {
    await serveConnection(
      conn,
      (req) => {
        const res = this.respond(req);
        this.access(req, res);
        return res;
      },
      { onBadRequest: () => this.page(400) },
    );
  }

  private page(status: number): HttpResponse {
    const body = errorPage(status, ERROR_TEXT[status] ?? '', this.ver);
    return {
      status,
      headers: [
        ['Server', `nginx/${this.ver}`],
        ['Date', httpDate(this.ctx.clock.now())],
        ['Content-Type', 'text/html'],
        ['Content-Length', String(byteLength(body))],
        ['Connection', 'keep-alive'],
      ],
      body,
    };
  }

  private respond(req: HttpRequest): HttpResponse {
    this.requests++;
    const fs = this.ctx.fs;
    if (req.method !== 'GET' && req.method !== 'HEAD') return this.page(405);
    let path = `${this.config.root}${req.path}`;
    const fail = (status: number, errno: string) => {
      this.error(
        `*${this.requests} ${status === 404 ? 'open' : 'directory index of'}() "${path}" ${status === 404 ? `failed (${errno})` : 'is forbidden'}, client: ${req.conn.remoteAddress}, server: localhost, request: "${req.method} ${req.target} ${req.version}", host: "${header(req, 'host') ?? ''}"`,
      );
      return this.page(status);
    };
    let st;
    try {
      st = fs.stat(path);
    } catch {
      return fail(404, '2: No such file or directory');
    }
    if (st.type === 'dir') {
      if (!req.path.endsWith('/')) {
        const res = this.page(301);
        res.headers.push(['Location', `http://${header(req, 'host') ?? 'localhost'}${req.path}/`]);
        return res;
      }
      const index = this.config.index.map((i) => `${path}${i}`).find((p) => fs.exists(p));
      if (!index) return fail(403, '');
      path = index;
      st = fs.stat(path);
    }
    let data: Uint8Array;
    try {
      data = fs.readFile(path);
    } catch {
      return fail(403, '13: Permission denied');
    }
    const body = new TextDecoder().decode(data);
    const etag = `"${Math.floor(st.mtimeMs / 1000).toString(16)}-${st.size.toString(16)}"`;
    return {
      status: 200,
      headers: [
        ['Server', `nginx/${this.ver}`],
        ['Date', httpDate(this.ctx.clock.now())],
        ['Content-Type', contentType(path)],
        ['Content-Length', String(st.size)],
        ['Last-Modified', httpDate(st.mtimeMs)],
        ['Connection', 'keep-alive'],
        ['ETag', etag],
        ['Accept-Ranges', 'bytes'],
      ],
      body: req.method === 'HEAD' ? '' : body,
    };
  }

  private access(req: HttpRequest, res: HttpResponse): void {
    const sent = res.body ? byteLength(res.body) : 0;
    const q = (v: string | undefined) => `"${v ?? '-'}"`;
    this.ctx.stdout.write(
      `${req.conn.remoteAddress} - - [${clfDate(this.ctx.clock.now())}] "${req.method} ${req.target} ${req.version}" ${res.status} ${sent} ${q(header(req, 'referer'))} ${q(header(req, 'user-agent'))} ${q(header(req, 'x-forwarded-for'))}\n`,
    );
  }
}

/** A worker waits for its master's QUIT (graceful) or TERM. */
const worker: Program = async (ctx) => {
  await untilSignal(ctx, ['SIGQUIT', 'SIGTERM', 'SIGINT'], () => true);
  return 0;
};

const SIGNAL_NAMES: Record<string, Signal> = {
  reload: 'SIGHUP',
  quit: 'SIGQUIT',
  stop: 'SIGTERM',
  reopen: 'SIGUSR1',
};

function control(ctx: ProcessContext, action: string): number {
  const signal = SIGNAL_NAMES[action];
  if (!signal) {
    ctx.stderr.write(`nginx: invalid option: "-s ${action}"\n`);
    return 1;
  }
  const config = loadNginxConfig(ctx.fs, CPUS);
  let pid: number;
  try {
    pid = Number(ctx.fs.readText(config.pidFile).trim());
  } catch {
    ctx.stderr.write(
      `${nginxDate(ctx.clock.now())} [notice] ${ctx.pid}#${ctx.pid}: signal process started\n` +
        `${nginxDate(ctx.clock.now())} [error] ${ctx.pid}#${ctx.pid}: open() "${config.pidFile}" failed (2: No such file or directory)\n`,
    );
    return 1;
  }
  ctx.stderr.write(`${nginxDate(ctx.clock.now())} [notice] ${ctx.pid}#${ctx.pid}: signal process started\n`);
  ctx.kill(pid, signal);
  return 0;
}

export const nginx: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.includes('-v') || args.includes('-V')) {
    ctx.stderr.write(`nginx version: nginx/${version(ctx)}\n`);
    return 0;
  }
  if (args.includes('-t')) {
    ctx.stderr.write(
      `nginx: the configuration file ${NGINX_CONF} syntax is ok\nnginx: configuration file ${NGINX_CONF} test is successful\n`,
    );
    return 0;
  }
  const s = args.indexOf('-s');
  if (s >= 0) return control(ctx, args[s + 1] ?? '');
  const server = new Nginx(ctx);
  server.start();
  let stopping: Promise<void> | null = null;
  let reloading = Promise.resolve();
  await untilSignal(ctx, ['SIGHUP', 'SIGQUIT', 'SIGTERM', 'SIGINT'], (signal) => {
    if (signal === 'SIGHUP') {
      reloading = reloading.then(() => server.reload());
      return false;
    }
    stopping = reloading.then(() => server.stop(signal));
    return true;
  });
  await stopping;
  return 0;
};
