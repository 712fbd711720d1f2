// The HTTP LessonSource against a real `lessons serve`: loading, live reload on change, reconnection,
// French failures, and the event-stream reader.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { httpLessonSource, readEvents } from '../../src/lessons/http-source';
import { formatLessonError, loadAll } from '../../src/lessons';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { lessonText } from './source-fixtures';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

function lessonDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
  mkdirSync(join(dir, '01-essai'));
  writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('Premier essai'));
  return dir;
}

async function serve(dir: string, port = 0): Promise<LessonsServer> {
  const app = mkdtempSync(join(tmpdir(), 'app-'));
  writeFileSync(join(app, 'index.html'), '<!doctype html>');
  const server = await startLessonsServer({ dir, appRoot: app, port, debounceMs: 30 });
  cleanup.push(() => server.close());
  return server;
}

/** Resolves once a page follows the server's change stream. */
async function connected(server: LessonsServer): Promise<void> {
  while (server.connections() === 0) await new Promise((ok) => setTimeout(ok, 10));
}

/** Resolves at the next call of the returned callback. */
function signal() {
  let fire!: () => void;
  let next = new Promise<void>((ok) => (fire = ok));
  return {
    onChange: () => {
      fire();
      next = new Promise<void>((ok) => (fire = ok));
    },
    next: () => next,
  };
}

describe('httpLessonSource', () => {
  it('loads the served lessons with the file path the teacher edits', async () => {
    const dir = lessonDir();
    const server = await serve(dir);
    const source = httpLessonSource(new URL('/lessons/', server.url).href);
    expect(source.label).toBe(`${server.url}lessons/`);
    const files = await source.load();
    expect(files.map((f) => f.slug)).toEqual(['01-essai']);
    expect(files[0].file.endsWith(join('01-essai', 'lesson.md'))).toBe(true);
    const { lessons } = loadAll(files);
    expect(lessons[0].title).toBe('Premier essai');
  });

  it('tells its subscriber when a file changes, and the next load reads the new text', async () => {
    const dir = lessonDir();
    const server = await serve(dir);
    const source = httpLessonSource(`${server.url}lessons`);
    const changes = signal();
    const stop = source.subscribe!(changes.onChange);
    cleanup.push(stop);
    await connected(server);
    const changed = changes.next();
    writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('Essai modifié'));
    await changed;
    expect(loadAll(await source.load()).lessons[0].title).toBe('Essai modifié');
  });

  it('gives a broken lesson as French errors with file:line, the others still load', async () => {
    const dir = lessonDir();
    mkdirSync(join(dir, '02-casse'));
    writeFileSync(join(dir, '02-casse', 'lesson.md'), lessonText('Cassée').replace('duration: 5', 'duration: cinq'));
    const server = await serve(dir);
    const { lessons, errors } = loadAll(await httpLessonSource(`${server.url}lessons/`).load());
    expect(lessons.map((l) => l.slug)).toEqual(['01-essai']);
    expect(errors.map(formatLessonError)).toEqual([expect.stringMatching(/02-casse\/lesson\.md:5 : « duration » : type attendu nombre entier$/)]);
  });

  it('keeps the last good text of a lesson saved broken, beside its errors', async () => {
    const dir = lessonDir();
    const server = await serve(dir);
    const source = httpLessonSource(`${server.url}lessons/`);
    await source.load();
    writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('En cours').replace('order: 1', 'order: premier'));
    const broken = loadAll(await source.load());
    expect(broken.lessons.map((l) => l.title)).toEqual(['Premier essai']);
    expect(broken.errors.map(formatLessonError)).toEqual([expect.stringMatching(/01-essai\/lesson\.md:3 : « order » : type attendu nombre entier$/)]);
    writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('Réparée'));
    const fixed = loadAll(await source.load());
    expect([fixed.lessons.map((l) => l.title), fixed.errors]).toEqual([['Réparée'], []]);
  });

  it('reconnects after the server restarts and reloads once', async () => {
    const dir = lessonDir();
    const first = await serve(dir);
    const port = Number(new URL(first.url).port);
    const source = httpLessonSource(`${first.url}lessons/`, { retryMs: 50 });
    const changes = signal();
    cleanup.push(source.subscribe!(changes.onChange));
    await connected(first);
    const reloaded = changes.next();
    await first.close();
    await serve(dir, port);
    await reloaded;
    expect((await source.load()).length).toBe(1);
  });

  it('fails in French when the server is gone or the index is not one', async () => {
    const server = await serve(lessonDir());
    const url = server.url;
    await server.close();
    await expect(httpLessonSource(`${url}lessons/`).load()).rejects.toThrow(
      `Le serveur de leçons ${url}lessons/ ne répond pas`,
    );
    const fake = (body: string, status = 200) => httpLessonSource('http://ecole.test/cours/', { fetch: async () => new Response(body, { status }) });
    await expect(fake('{"lecons": []}').load()).rejects.toThrow('http://ecole.test/cours/index.json n’est pas un index de leçons valide.');
    await expect(fake('pas du json').load()).rejects.toThrow('n’est pas un index de leçons valide.');
    await expect(fake('', 404).load()).rejects.toThrow('Le serveur de leçons http://ecole.test/cours/ a répondu 404 pour « index.json ».');
  });

  it('skips a lesson removed between the index and its file', async () => {
    const served: Record<string, string> = {
      'http://ecole.test/cours/index.json': JSON.stringify({
        lessons: [
          { slug: '01-reste', file: 'cours/01-reste/lesson.md' },
          { slug: '02-supprimee', file: 'cours/02-supprimee/lesson.md' },
        ],
      }),
      'http://ecole.test/cours/01-reste/lesson.md': lessonText('Reste'),
    };
    const source = httpLessonSource('http://ecole.test/cours/', {
      fetch: async (url) => {
        const body = served[String(url)];
        return body === undefined ? new Response('', { status: 404 }) : new Response(body);
      },
    });
    expect((await source.load()).map((f) => f.slug)).toEqual(['01-reste']);
  });
});

describe('readEvents', () => {
  it('parses events split anywhere across chunks, skipping comments', async () => {
    const text = ': ok\r\n\r\nevent: change\ndata: {"a":\ndata: 1}\n\ndata: seul\n\n';
    const bytes = new TextEncoder().encode(text);
    for (const cut of [1, 3, 7, 20, bytes.length]) {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += cut) c.enqueue(bytes.slice(i, i + cut));
          c.close();
        },
      });
      const seen: [string, string][] = [];
      await readEvents(body, (e, d) => void seen.push([e, d]));
      expect(seen, `cut ${cut}`).toEqual([
        ['change', '{"a":\n1}'],
        ['message', 'seul'],
      ]);
    }
  });
});
