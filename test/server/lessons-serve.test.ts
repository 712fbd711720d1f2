// `baleine lessons serve`: the app, the lessons of a folder (index, files, assets) and the change stream.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { readEvents } from '../../src/lessons/http-source';
import { lessons } from '../../src/server/commands/lessons';
import { lessonsReport } from '../../src/server/commands/lessons-serve';
import { lessonText } from '../lessons/source-fixtures';

const running: LessonsServer[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(running.splice(0).map((s) => s.close()));
});

function folders() {
  const app = mkdtempSync(join(tmpdir(), 'app-'));
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>Baleine</title>');
  const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
  for (const slug of ['02-suite', '01-debut']) {
    mkdirSync(join(dir, slug));
    writeFileSync(join(dir, slug, 'lesson.md'), `---\ntitle: ${slug}\n---\n`);
  }
  mkdirSync(join(dir, 'images-communes'));
  writeFileSync(join(dir, '01-debut', 'schema.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), '[core]\n');
  return { app, dir };
}

async function start(debounceMs = 50) {
  const { app, dir } = folders();
  const server = await startLessonsServer({ dir, appRoot: app, port: 0, debounceMs });
  running.push(server);
  return { server, dir };
}

/** The events the stream sends within `ms` after `trigger`. */
async function collect(
  url: string,
  trigger: () => void,
  ms: number,
): Promise<{ event: string; data: string }[]> {
  const stop = new AbortController();
  const res = await fetch(url, { signal: stop.signal });
  expect(running.at(-1)!.connections()).toBe(1);
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const events: { event: string; data: string }[] = [];
  const done = readEvents(res.body!, (event, data) => void events.push({ event, data })).catch(() => {});
  trigger();
  await new Promise((ok) => setTimeout(ok, ms));
  stop.abort();
  await done;
  return events;
}

describe('lessons serve', () => {
  it('lists the lesson folders in order, with the path the teacher edits', async () => {
    const { server, dir } = await start();
    const res = await fetch(new URL('lessons/index.json', server.url));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const index = await res.json();
    expect(index.lessons.map((l: { slug: string }) => l.slug)).toEqual(['01-debut', '02-suite']);
    expect(index.lessons[0].file).toBe(relative(process.cwd(), join(dir, '01-debut', 'lesson.md')));
  });

  it('serves lesson files and assets, and nothing outside the folder or hidden', async () => {
    const { server } = await start();
    const md = await fetch(new URL('lessons/02-suite/lesson.md', server.url));
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toBe('---\ntitle: 02-suite\n---\n');
    const png = await fetch(new URL('lessons/01-debut/schema.png', server.url));
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    for (const path of [
      'lessons/..%2F..%2F..%2Fetc%2Fpasswd',
      'lessons/.git/config',
      'lessons/absent/lesson.md',
    ]) {
      const res = await fetch(new URL(path, server.url));
      expect(res.status, path).toBe(404);
      expect(await res.text()).toMatch(/^Aucun fichier « .* » dans le dossier des leçons\.\n$/);
    }
  });

  it('serves the app elsewhere, and gives the preview address', async () => {
    const { server } = await start();
    expect(await (await fetch(server.url)).text()).toContain('<title>Baleine</title>');
    expect(server.previewUrl).toBe(`${server.url}?lessons=%2Flessons%2F`);
    expect(server.connections()).toBe(0);
  });

  it('sends one change event for a burst of writes, naming the files', async () => {
    const { app, dir } = folders();
    const told: string[][] = [];
    const server = await startLessonsServer({
      dir,
      appRoot: app,
      port: 0,
      debounceMs: 80,
      onChange: (paths) => told.push(paths),
    });
    running.push(server);
    const events = await collect(
      new URL('lessons/events', server.url).href,
      () => {
        for (const n of [1, 2, 3])
          writeFileSync(join(dir, '01-debut', 'lesson.md'), `---\ntitle: v${n}\n---\n`);
      },
      600,
    );
    expect(events).toHaveLength(1);
    expect(events[0].event).toBe('change');
    expect(JSON.parse(events[0].data).paths).toContain('01-debut/lesson.md');
    expect(told).toEqual([JSON.parse(events[0].data).paths]);
    expect(JSON.parse(events[0].data).paths.filter((p: string) => p.includes('.git'))).toEqual([]);
  });

  it("ignores git's files and editors' hidden swap files", async () => {
    const { server, dir } = await start(50);
    const events = await collect(
      new URL('lessons/events', server.url).href,
      () => {
        writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
        writeFileSync(join(dir, '01-debut', '.lesson.md.swp'), 'x');
      },
      400,
    );
    expect(events).toEqual([]);
  });
});

describe('baleine lessons serve (command line)', () => {
  function capture() {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    return err;
  }

  it('needs exactly one folder', async () => {
    const err = capture();
    expect(await lessons.run(['serve'])).toBe(2);
    expect(err.join('')).toBe('Usage : baleine lessons serve DOSSIER [--port N]\n');
  });

  it('refuses a folder that does not exist, in French', async () => {
    const err = capture();
    expect(await lessons.run(['serve', '/nulle/part', '--port', '0'])).toBe(1);
    expect(err.join('')).toBe('baleine lessons serve : « /nulle/part » n’est pas un dossier.\n');
  });

  it('reports the lessons to the teacher: errors at file:line, then a count', async () => {
    const { dir } = folders();
    writeFileSync(join(dir, '02-suite', 'lesson.md'), lessonText('Suite'));
    const file = join(dir, '01-debut', 'lesson.md');
    expect((await lessonsReport(dir)).split('\n')).toEqual([
      ...['order', 'description', 'duration', 'steps'].map(
        (f) => `${file}:2 : le frontmatter : le champ obligatoire « ${f} » manque`,
      ),
      '1 leçon(s) valide(s), 4 erreur(s).',
      '',
    ]);
    writeFileSync(file, lessonText('Début'));
    expect(await lessonsReport(dir)).toBe('2 leçon(s) valide(s).\n');
  });

  it('refuses an invalid port', async () => {
    const err = capture();
    expect(await lessons.run(['serve', tmpdir(), '--port', 'quatre'])).toBe(2);
    expect(err.join('')).toBe('baleine lessons serve : port invalide : « quatre »\n');
  });
});
