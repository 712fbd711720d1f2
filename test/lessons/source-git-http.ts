// A git HTTP server for tests: node's http in front of real `git http-backend` (CGI), serving the
// bare repositories of a folder with CORS headers (a browser page on another origin may clone).
import { spawn, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface GitServer {
  /** e.g. http://127.0.0.1:41234/ — repositories are at <url><name>.git */
  url: string;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, git-protocol, authorization, user-agent',
  'access-control-expose-headers': 'content-type',
};

export async function startGitServer(root: string): Promise<GitServer> {
  const server = createServer((req, res) => cgi(root, req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function cgi(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://x');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: '127.0.0.1',
  };
  if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = String(req.headers['content-encoding']);
  if (req.headers['git-protocol']) env.GIT_PROTOCOL = String(req.headers['git-protocol']);
  const child = spawn('git', ['http-backend'], { env });
  req.pipe(child.stdin);
  const out: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.on('close', () => {
    const all = Buffer.concat(out);
    const split = all.indexOf('\r\n\r\n');
    const head = all.subarray(0, split).toString('latin1');
    const headers: Record<string, string> = { ...CORS };
    let status = 200;
    for (const line of head.split('\r\n')) {
      const i = line.indexOf(':');
      const name = line.slice(0, i).trim().toLowerCase();
      const value = line.slice(i + 1).trim();
      if (name === 'status') status = Number(value.split(' ')[0]);
      else if (name) headers[name] = value;
    }
    res.writeHead(status, headers);
    res.end(all.subarray(split + 4));
  });
}

/** A teacher's pack: a working repository pushing to a bare one served under `root`. */
export class TeacherRepo {
  readonly work: string;
  constructor(
    readonly root: string,
    readonly name: string,
  ) {
    this.work = mkdtempSync(join(tmpdir(), 'prof-'));
    execFileSync('git', ['init', '--bare', '--initial-branch=main', join(root, `${name}.git`)], { stdio: 'ignore' });
    this.git('init', '--initial-branch=main');
    this.git('remote', 'add', 'origin', join(root, `${name}.git`));
  }

  /** Writes files (path → text), commits and pushes; returns the full commit id. */
  commit(files: Record<string, string>, message: string): string {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.work, path)), { recursive: true });
      writeFileSync(join(this.work, path), text);
    }
    this.git('add', '-A');
    this.git('-c', 'user.name=Prof', '-c', 'user.email=prof@ecole.test', 'commit', '-q', '-m', message);
    this.git('push', '-q', '-f', 'origin', 'main');
    return this.git('rev-parse', 'HEAD').trim();
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.work, encoding: 'utf8' });
  }
}
