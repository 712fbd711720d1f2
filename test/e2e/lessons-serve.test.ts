// The lesson sources in real Chromium: a page served by `lessons serve` opens `?lessons=/lessons/` and
// reloads when the teacher saves; the same page opens `?pack=<git url>` from a git server on another
// origin (CORS), clones it into IndexedDB (LightningFS), updates to a new commit, and finds its clone
// again after a reload. The page is a small bundle of the app's source-choosing code (esbuild).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { startGitServer, TeacherRepo, type GitServer } from '../lessons/source-git-http';
import { launchBrowser, newContext } from './driver';
import { lessonText } from '../lessons/source-fixtures';

const PROBE = `
import { lazySource, sourceRequest } from '../../src/ui/lesson/sources/from-location';
import { formatLessonError, loadAll } from '../../src/lessons';
const request = sourceRequest(location.href);
const source = request && lazySource(request);
const changes = [];
source?.subscribe?.(() => changes.push(Date.now()));
globalThis.probe = {
  changes,
  label: source?.label,
  async read() {
    const { lessons, errors } = loadAll(await source.load());
    return { titles: lessons.map((l) => l.title), errors: errors.map(formatLessonError), revision: source.revision?.() };
  },
  update: () => source.update(),
};
`;

interface Probe {
  changes: number[];
  label: string;
  read(): Promise<{ titles: string[]; errors: string[]; revision?: string }>;
  update(): Promise<string>;
}
declare const probe: Probe;

let browser: Browser;
let lessonsDir: string;
let server: LessonsServer;
let git: GitServer;
let gitRoot: string;

beforeAll(async () => {
  const app = mkdtempSync(join(tmpdir(), 'app-'));
  await build({
    stdin: { contents: PROBE, resolveDir: resolve('test/e2e'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(app, 'probe.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="/probe.js"></script>',
  );
  lessonsDir = mkdtempSync(join(tmpdir(), 'lecons-'));
  mkdirSync(join(lessonsDir, '01-essai'));
  writeFileSync(join(lessonsDir, '01-essai', 'lesson.md'), lessonText('Premier essai'));
  server = await startLessonsServer({ dir: lessonsDir, appRoot: app, port: 0, debounceMs: 50 });
  gitRoot = mkdtempSync(join(tmpdir(), 'depots-'));
  git = await startGitServer(gitRoot);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await git?.close();
});

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}?${query}`);
  await page.waitForFunction(() => 'probe' in globalThis, undefined, { timeout: 30_000 });
}

describe('lesson sources in the browser', () => {
  it('?lessons=/lessons/ reads the served folder and reloads when a file is saved', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, 'lessons=%2Flessons%2F');
    expect(await page.evaluate(() => probe.label)).toBe(`${server.url}lessons/`);
    expect(await page.evaluate(() => probe.read())).toEqual({ titles: ['Premier essai'], errors: [] });
    await expect.poll(() => server.connections(), { timeout: 10_000 }).toBe(1);
    writeFileSync(join(lessonsDir, '01-essai', 'lesson.md'), lessonText('Essai modifié'));
    await page.waitForFunction(() => probe.changes.length > 0, undefined, { timeout: 10_000 });
    expect((await page.evaluate(() => probe.read())).titles).toEqual(['Essai modifié']);
  });

  it('?pack=<git url> clones across origins into IndexedDB, updates, and keeps the clone across reloads', async () => {
    const repo = new TeacherRepo(gitRoot, 'cours');
    const first = repo.commit(
      {
        'lessons/01-essai/lesson.md': lessonText('Version 1'),
        'lessons/02-suite/lesson.md': lessonText('Suite'),
      },
      'v1',
    );
    const url = `${git.url}cours.git`;
    const page = await (await newContext(browser)).newPage();
    await open(page, `pack=${encodeURIComponent(url)}`);
    expect(await page.evaluate(() => probe.read())).toEqual({
      titles: ['Version 1', 'Suite'],
      errors: [],
      revision: first.slice(0, 7),
    });

    const second = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 2') }, 'v2');
    expect(await page.evaluate(() => probe.update())).toBe(second.slice(0, 7));
    expect(await page.evaluate(() => probe.changes.length)).toBe(1);
    expect((await page.evaluate(() => probe.read())).titles).toEqual(['Version 2', 'Suite']);

    repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 3') }, 'v3');
    await page.reload();
    await page.waitForFunction(() => 'probe' in globalThis);
    const again = await page.evaluate(() => probe.read());
    expect([again.titles, again.revision]).toEqual([['Version 2', 'Suite'], second.slice(0, 7)]);
  });
});
