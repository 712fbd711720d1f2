// `baleine lessons serve DIR`: the built app plus a teacher's lesson folder over HTTP, for live preview.
// Under /lessons/: index.json (the lessons, in folder order), each lesson's files (lesson.md, assets)
// and events, a Server-Sent Events stream that says « change » when a file of DIR changes (debounced).
// The app opened with `?lessons=/lessons/` reads them through src/lessons/http-source.ts.
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';
import { startServer } from './commands/serve';
import { readLessonFiles } from './commands/lessons-files';
import { LESSONS_EVENTS, LESSONS_INDEX, type LessonIndex } from '../lessons/http-source';

/** Where the lessons are served, under the app's origin. */
export const LESSONS_PREFIX = '/lessons/';
/** A burst of writes (an editor's save: truncate, write, rename) is one change. */
const DEBOUNCE_MS = 100;
/** A comment line now and then keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000;
/** What a lesson folder holds: its text and the assets it shows. */
const CONTENT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

export interface LessonsServeOptions {
  /** The teacher's folder: one sub-folder per lesson, each with a lesson.md. */
  dir: string;
  /** The built app (dist/app). */
  appRoot: string;
  port: number;
  host?: string;
  debounceMs?: number;
  /** Called after each burst of changes, with the changed paths (relative to `dir`). */
  onChange?: (paths: string[]) => void;
}

export interface LessonsServer {
  /** The app's address, e.g. http://localhost:5174/. */
  url: string;
  /** The address that opens the app on the served lessons. */
  previewUrl: string;
  /** How many pages follow the change stream now. */
  connections(): number;
  close(): Promise<void>;
}

export async function startLessonsServer(opts: LessonsServeOptions): Promise<LessonsServer> {
  const dir = resolve(opts.dir);
  const streams = new Set<ServerResponse>();
  const { server, url } = await startServer(opts.appRoot, opts.port, opts.host);

  // The app's static handler answers everything outside /lessons/.
  const [appHandler] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (!pathname.startsWith(LESSONS_PREFIX)) return appHandler(req, res);
    const rest = safeDecode(pathname.slice(LESSONS_PREFIX.length));
    if (rest === LESSONS_EVENTS) return openStream(res, streams);
    void answerLessons(dir, rest, res);
  });

  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    const path = name ? String(name).split(sep).join('/') : null;
    // Git's own files and editors' swap files (.lesson.md.swp) are not the course.
    if (path && isHidden(path)) return;
    if (path) changed.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const paths = [...changed].sort();
      changed.clear();
      const frame = `event: change\ndata: ${JSON.stringify({ paths })}\n\n`;
      for (const res of streams) res.write(frame);
      opts.onChange?.(paths);
    }, opts.debounceMs ?? DEBOUNCE_MS);
  });
  // The folder went away (deleted, unmounted): the pages keep what they have.
  watcher.on('error', () => watcher.close());
  const keepalive = setInterval(() => {
    for (const res of streams) res.write(': ok\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    url,
    previewUrl: `${url}?lessons=${encodeURIComponent(LESSONS_PREFIX)}`,
    connections: () => streams.size,
    async close() {
      watcher.close();
      clearInterval(keepalive);
      if (timer) clearTimeout(timer);
      for (const res of streams) res.end();
      streams.clear();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** The index of the lessons, or one of their files. */
async function answerLessons(dir: string, rest: string, res: ServerResponse): Promise<void> {
  try {
    if (rest === LESSONS_INDEX) {
      const files = await readLessonFiles(dir);
      const index: LessonIndex = {
        lessons: files.map((f) => ({ slug: f.slug, file: relative(process.cwd(), f.file) || f.file })),
      };
      return send(res, 200, CONTENT_TYPES['.json'], JSON.stringify(index));
    }
    const file = resolve(dir, rest);
    if (isHidden(rest) || !file.startsWith(dir + sep)) return notFound(res, rest);
    const s = await stat(file).catch(() => null);
    if (!s?.isFile()) return notFound(res, rest);
    send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch (e) {
    send(
      res,
      500,
      CONTENT_TYPES['.txt'],
      `Erreur en lisant « ${rest} » : ${e instanceof Error ? e.message : String(e)}\n`,
    );
  }
}

function openStream(res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'access-control-allow-origin': '*',
  });
  res.write(': ok\n\n');
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  // Any origin may read the lessons: the app may run elsewhere (vite's dev server, a deployed copy).
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  });
  res.end(body);
}

function notFound(res: ServerResponse, rest: string): void {
  send(res, 404, CONTENT_TYPES['.txt'], `Aucun fichier « ${rest} » dans le dossier des leçons.\n`);
}

function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
