import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerCommand } from './types';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
  '.ttf': 'font/ttf',
};

/** Pretty paths of the built app's pages: `/embed?lesson=…` is the exercise a course site puts in an iframe. */
const PAGES: Record<string, string> = { '/embed': '/embed.html' };

/** dist/app next to the built bin (dist/server), or in the checkout when run from source. */
export function appDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, '..', 'app'), join(here, '..', '..', '..', 'dist', 'app'), resolve('dist/app')]) {
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  throw new Error("L'application n'est pas construite : lancez « npm run build ».");
}

export function parsePort(args: string[], fallback: number): number {
  const i = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return fallback;
  const raw = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`port invalide : « ${raw ?? ''} »`);
  }
  return port;
}

export async function startServer(root: string, port: number, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const pathname = decodeURIComponent(url.pathname);
      let path = normalize(PAGES[pathname] ?? pathname).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      if (!file.startsWith(root)) throw new Error('hors racine');
      const s = await stat(file).catch(() => null);
      if (!s || s.isDirectory()) {
        // Single-page app: unknown paths serve index.html.
        path = s?.isDirectory() && existsSync(join(file, 'index.html')) ? join(path, 'index.html') : 'index.html';
        file = join(root, path);
      }
      const body = await readFile(file);
      const immutable = path.startsWith('/assets/') || path.startsWith('assets/');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('introuvable\n');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return { server, url: `http://localhost:${actual}/` };
}

export const serve: ServerCommand = {
  name: 'serve',
  usage: 'serve [--port N]',
  summary: "sert l'application construite (par défaut sur le port 5173)",
  async run(args) {
    let port: number;
    try {
      port = parsePort(args, 5173);
    } catch (e) {
      process.stderr.write(`baleine serve : ${(e as Error).message}\n`);
      return 2;
    }
    const { url } = await startServer(appDir(), port);
    process.stdout.write(`Baleine est prête : ${url}\n`);
    await new Promise(() => {});
    return 0;
  },
};
