// Teacher tooling in real headless Chromium. In a bare page (a small esbuild bundle of the app's
// source-choosing code): `?lessons=/lessons/` follows the teacher's saves; `?pack=<git url>` clones
// from a git server on another origin (CORS) into IndexedDB (LightningFS), updates to a new commit and
// finds its clone again after a reload. In the built app: `lessons serve` keeps the open lesson in step
// with each save (a broken save keeps the last good version and lists its error at file:line), a
// permalink into a pack opens its lesson, and « Charger un cours depuis un dépôt git » loads a pack,
// shows its commit and « Mettre à jour le cours » follows a push.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir } from '../../src/server/commands/serve';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { lessonText } from '../lessons/source-fixtures';
import { startGitServer, TeacherRepo, type GitServer } from '../lessons/source-git-http';
import { AppPage, launchBrowser, newContext } from './driver';

/** The built app; BALEINE_APP_DIR points at another build (e.g. one made outside dist/). */
const APP = process.env.BALEINE_APP_DIR ?? appDir();

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
let git: GitServer;
let gitRoot: string;
const closing: (() => Promise<void>)[] = [];

beforeAll(async () => {
  gitRoot = mkdtempSync(join(tmpdir(), 'depots-'));
  git = await startGitServer(gitRoot);
  closing.push(() => git.close());
  browser = await launchBrowser();
  closing.push(() => browser.close());
});

afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

/** A page that loads the probe bundle. */
async function probeApp(): Promise<string> {
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
  return app;
}

/** `lessons serve` on a new folder holding one lesson, « Premier essai ». */
async function serveLessons(appRoot: string): Promise<{ server: LessonsServer; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
  mkdirSync(join(dir, '01-essai'));
  writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('Premier essai'));
  const server = await startLessonsServer({ dir, appRoot, port: 0, debounceMs: 50 });
  closing.push(() => server.close());
  return { server, dir };
}

function lessonButton(page: Page, title: string) {
  return page.getByRole('button', { name: new RegExp(title) });
}

function heading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: title });
}

describe('lesson sources in a bare page', () => {
  let server: LessonsServer;
  let lessonsDir: string;
  beforeAll(async () => {
    ({ server, dir: lessonsDir } = await serveLessons(await probeApp()));
  });

  async function open(page: Page, query: string): Promise<void> {
    await page.goto(`${server.url}?${query}`);
    await page.waitForFunction(() => 'probe' in globalThis, undefined, { timeout: 30_000 });
  }

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

describe('teacher tooling in the built app', () => {
  let server: LessonsServer;
  let lessonsDir: string;
  beforeAll(async () => {
    ({ server, dir: lessonsDir } = await serveLessons(APP));
  });

  it('lessons serve: the open lesson follows each save; a broken save keeps the last good version', async () => {
    const app = await AppPage.open(await newContext(browser), server.previewUrl);
    const page = app.page;
    await lessonButton(page, 'Premier essai').click();
    await heading(page, 'Premier essai').waitFor();
    await expect.poll(() => server.connections(), { timeout: 10_000 }).toBe(1);

    writeFileSync(join(lessonsDir, '01-essai', 'lesson.md'), lessonText('Essai modifié'));
    await heading(page, 'Essai modifié').waitFor();

    writeFileSync(
      join(lessonsDir, '01-essai', 'lesson.md'),
      lessonText('Cassé').replace('order: 1', 'order: un'),
    );
    await page.getByRole('button', { name: 'Toutes les leçons' }).click();
    await page.getByText('Une leçon contient une erreur').click();
    await expect
      .poll(() => page.locator('.problems code').allTextContents())
      .toEqual([expect.stringMatching(/01-essai\/lesson\.md:3 : « order » : type attendu nombre entier$/)]);
    expect(await lessonButton(page, 'Essai modifié').count()).toBe(1);
  });

  it('a permalink into a pack opens its lesson at that step', async () => {
    const repo = new TeacherRepo(gitRoot, 'lien');
    repo.commit(
      {
        'lessons/01-essai/lesson.md': lessonText('Lien 1'),
        'lessons/02-autre/lesson.md': lessonText('Lien 2').replace('order: 1', 'order: 2'),
      },
      'v1',
    );
    const pack = encodeURIComponent(`${git.url}lien.git`);
    const app = await AppPage.open(
      await newContext(browser),
      `${server.url}?pack=${pack}&lesson=02-autre&step=lancer`,
    );
    await heading(app.page, 'Lien 2').waitFor({ timeout: 30_000 });
    const params = new URL(app.page.url()).searchParams;
    expect([params.get('pack'), params.get('lesson')]).toEqual([`${git.url}lien.git`, '02-autre']);
  });

  it('a git pack loads from the form, shows its commit, and updates', async () => {
    const repo = new TeacherRepo(gitRoot, 'formulaire');
    const first = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 1') }, 'v1');
    const app = await AppPage.open(await newContext(browser), server.url);
    const page = app.page;
    await page.getByText('Charger un cours depuis un dépôt git').click();
    await page.getByLabel('Adresse du dépôt').fill(`${git.url}formulaire.git`);
    await page.getByRole('button', { name: 'Charger le cours' }).click();
    await lessonButton(page, 'Version 1').waitFor({ timeout: 30_000 });
    expect(await page.locator('.lesson-list .source code').textContent()).toBe(first.slice(0, 7));
    expect(new URL(page.url()).searchParams.get('pack')).toBe(`${git.url}formulaire.git`);

    const second = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 2') }, 'v2');
    await page.getByRole('button', { name: 'Mettre à jour le cours' }).click();
    await lessonButton(page, 'Version 2').waitFor();
    await page.getByText(`Cours mis à jour : version ${second.slice(0, 7)}.`).waitFor();
    expect(await page.locator('.lesson-list .source code').textContent()).toBe(second.slice(0, 7));

    await page.getByRole('button', { name: 'Revenir au cours Baleine' }).click();
    await lessonButton(page, 'Premiers pas avec docker run').waitFor();
    expect(new URL(page.url()).searchParams.get('pack')).toBeNull();
  });
});
