// The built app on a teacher's lessons, in real headless Chromium: `lessons serve` opens the app on
// the folder (the open lesson follows each save and stays open; a broken save keeps the previous
// version and lists its error at file:line), and « Charger un cours depuis un dépôt git » clones a pack
// from a git server on another origin, shows its commit, and « Mettre à jour le cours » follows a push.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir } from '../../src/server/commands/serve';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { lessonText } from '../lessons/source-fixtures';
import { startGitServer, TeacherRepo, type GitServer } from '../lessons/source-git-http';
import { AppPage, launchBrowser, newContext } from './driver';

/** The built app; BALEINE_APP_DIR points at another build (e.g. one made outside dist/). */
const APP = process.env.BALEINE_APP_DIR ?? appDir();

let browser: Browser;
let lessonsDir: string;
let server: LessonsServer;
let git: GitServer;
let gitRoot: string;

beforeAll(async () => {
  lessonsDir = mkdtempSync(join(tmpdir(), 'lecons-'));
  mkdirSync(join(lessonsDir, '01-essai'));
  writeFileSync(join(lessonsDir, '01-essai', 'lesson.md'), lessonText('Premier essai'));
  server = await startLessonsServer({ dir: lessonsDir, appRoot: APP, port: 0, debounceMs: 50 });
  gitRoot = mkdtempSync(join(tmpdir(), 'depots-'));
  git = await startGitServer(gitRoot);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await git?.close();
});

function lessonButton(page: Page, title: string) {
  return page.getByRole('button', { name: new RegExp(title) });
}

function heading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: title });
}

describe('teacher tooling in the app', () => {
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
    const repo = new TeacherRepo(gitRoot, 'cours');
    const first = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 1') }, 'v1');
    const app = await AppPage.open(await newContext(browser), server.url);
    const page = app.page;
    await page.getByText('Charger un cours depuis un dépôt git').click();
    await page.getByLabel('Adresse du dépôt').fill(`${git.url}cours.git`);
    await page.getByRole('button', { name: 'Charger le cours' }).click();
    await lessonButton(page, 'Version 1').waitFor({ timeout: 30_000 });
    expect(await page.locator('.lesson-list .source code').textContent()).toBe(first.slice(0, 7));
    expect(new URL(page.url()).searchParams.get('pack')).toBe(`${git.url}cours.git`);

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
