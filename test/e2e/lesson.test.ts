// The course in the built app, in real headless Chromium: lesson 1 completed by typing its commands in
// the terminal (each step's check turns done), permalinks, progress across reloads, export/import, a
// corrupt progress record, clickable commands, hints, solution, quiz, shortcuts and the lesson reset.
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AppPage, newContext } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

const LESSON = '01-premiers-pas';
const TITLE = 'Premiers pas avec docker run';

async function withContext(run: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await newContext(built.browser);
  try {
    await run(context);
  } finally {
    await context.close();
  }
}

/** The status word of each step in the pane (« réussie », « en cours », « à faire »). */
function statuses(page: Page): Promise<string[]> {
  return page.$$eval('.lesson-pane .steps .status', (spans) =>
    spans.map((s) => s.getAttribute('data-status') ?? ''),
  );
}

async function waitForStatuses(page: Page, expected: string[], timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      JSON.stringify(
        [...document.querySelectorAll('.lesson-pane .steps .status')].map((s) =>
          s.getAttribute('data-status'),
        ),
      ) === JSON.stringify(expected),
    expected,
    { timeout, polling: 50 },
  );
}

async function openLessonOne(app: AppPage): Promise<void> {
  await app.page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await app.page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
}

/** Writes a raw value into the lessons' IndexedDB store, as a damaged record would hold. */
function corruptProgress(page: Page, value: string): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('baleine-lessons', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, 'baleine.progress');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

describe('the course in the app', () => {
  it('completes lesson 1 by typing its commands: each check turns done, the address follows', async () => {
    await withContext(async (context) => {
      const app = await AppPage.open(context, built.url);
      const page = app.page;
      await page.getByRole('heading', { name: 'Leçons' }).waitFor();
      await openLessonOne(app);
      expect(await statuses(page)).toEqual(['en cours', 'à faire', 'à faire']);
      expect(new URL(page.url()).search).toBe(`?lesson=${LESSON}&step=premier-conteneur`);

      // (Short lines: the terminal column is narrow, and the driver reads one row per command.)
      await app.run('docker run busybox echo Bonjour', 60_000);
      await waitForStatuses(page, ['réussie', 'en cours', 'à faire']);
      await page.waitForFunction(() => location.search.endsWith('step=nommer'));
      expect(await page.getByTestId('lesson-announcement').textContent()).toContain(
        'Étape «\u00a0Lancer un premier conteneur\u00a0» réussie.',
      );

      // A near-miss: created but never started.
      await app.run('docker create --name salut busybox echo Salut');
      await page.locator('.near-miss').waitFor();
      expect(await page.locator('.near-miss').textContent()).toContain('créé mais jamais démarré');
      await app.run('docker rm salut');
      await app.run('docker run --name salut busybox echo Salut');
      await waitForStatuses(page, ['réussie', 'réussie', 'en cours']);

      mkdirSync('dist/screenshots', { recursive: true });
      await page.screenshot({ path: 'dist/screenshots/lesson-pane.png' });

      await app.run('docker rm salut');
      await waitForStatuses(page, ['réussie', 'réussie', 'réussie']);
      expect(await page.getByTestId('lesson-progress').textContent()).toBe('3/3 étapes réussies');
      await page.getByText('Leçon terminée, bravo').first().waitFor();
      expect(await page.getByRole('heading', { name: 'À retenir' }).count()).toBe(1);
      await page.getByRole('button', { name: /^Leçon suivante/ }).click();
      await page.getByRole('heading', { level: 2, name: "Le cycle de vie d'un conteneur" }).waitFor();
      await page.waitForFunction(() => location.search.startsWith('?lesson=02-cycle-de-vie&step='));
    });
  });

  it('opens the step a permalink names, and the lesson list shows progress', async () => {
    await withContext(async (context) => {
      const app = await AppPage.open(context, `${built.url}?lesson=${LESSON}&step=nommer`);
      const page = app.page;
      await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
      const expanded = await page.$$eval('.lesson-pane .step-title', (b) =>
        b.map((x) => x.getAttribute('aria-expanded')),
      );
      expect(expanded).toEqual(['false', 'true', 'false']);
      expect(await statuses(page)).toEqual(['en cours', 'à faire', 'à faire']);
      expect(new URL(page.url()).search).toBe(`?lesson=${LESSON}&step=nommer`);

      await page.getByRole('button', { name: 'Toutes les leçons' }).click();
      const item = page.getByRole('button', { name: new RegExp(TITLE) });
      expect(await item.getAttribute('aria-current')).toBe('page');
      expect(await item.getByTestId('lesson-list-progress').textContent()).toBe('0/3 étapes');
    });
  });

  it('keeps progress across a reload, and round-trips it through an exported file', async () => {
    let exported = '';
    await withContext(async (context) => {
      const app = await AppPage.open(context, built.url);
      await openLessonOne(app);
      await app.run('docker run busybox echo Bonjour', 60_000);
      await waitForStatuses(app.page, ['réussie', 'en cours', 'à faire']);

      await app.reload();
      // The lesson open last time comes back, with its progress.
      await app.page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
      await waitForStatuses(app.page, ['réussie', 'en cours', 'à faire']);

      await app.page.getByRole('button', { name: 'Toutes les leçons' }).click();
      const download = app.page.waitForEvent('download');
      await app.page.getByRole('button', { name: 'Exporter ma progression' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('baleine-progression.json');
      exported = readFileSync((await file.path())!, 'utf8');
      expect(JSON.parse(exported)).toMatchObject({
        version: 1,
        lessons: { [LESSON]: { steps: { 'premier-conteneur': { done: true } } } },
      });
    });

    await withContext(async (context) => {
      const app = await AppPage.open(context, built.url);
      const item = app.page.getByRole('button', { name: new RegExp(TITLE) });
      expect(await item.getByTestId('lesson-list-progress').textContent()).toBe('0/3 étapes');
      await app.page.locator('input[type=file]').setInputFiles({
        name: 'progression.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await app.page.getByTestId('notice').filter({ hasText: 'Progression importée' }).waitFor();
      expect(await item.getByTestId('lesson-list-progress').textContent()).toBe('1/3 étapes');

      await app.page.locator('input[type=file]').setInputFiles({
        name: 'autre.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version": 7}'),
      });
      await app.page.getByTestId('notice').filter({ hasText: 'Fichier de progression invalide' }).waitFor();
      expect(await item.getByTestId('lesson-list-progress').textContent()).toBe('1/3 étapes');
    });
  });

  it('reports a corrupt progress record in French, keeps it aside and starts clean', async () => {
    await withContext(async (context) => {
      const app = await AppPage.open(context, built.url);
      await app.page.getByRole('heading', { name: 'Leçons' }).waitFor();
      await corruptProgress(app.page, '{"version": 1, "lessons": [');
      await app.reload();
      const notice = app.page
        .getByTestId('notice')
        .filter({ hasText: 'La progression enregistrée était illisible' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('mise de côté');
      await openLessonOne(app);
      expect(await statuses(app.page)).toEqual(['en cours', 'à faire', 'à faire']);
      expect(await app.run('echo toujours là')).toEqual(['toujours là']);
    });
  });

  it('pastes clicked commands, gives hints, the solution, the quiz, shortcuts and a lesson reset', async () => {
    await withContext(async (context) => {
      const app = await AppPage.open(context, built.url);
      const page = app.page;
      await openLessonOne(app);

      // A command of the step's text goes to the prompt, not run.
      await page
        .getByRole('button', { name: 'docker run busybox echo Bonjour depuis un conteneur' })
        .first()
        .click();
      // The line may wrap on the narrow terminal: read the rows as one text.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.xterm-rows > div')]
          .map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
          .join('')
          .includes('$ docker run busybox echo Bonjour depuis un conteneur'),
      );
      await app.press('Control+U');

      await page.getByRole('button', { name: 'Indice', exact: true }).click();
      await page.getByText('Indice 1').waitFor();
      expect(await page.locator('.hint').first().textContent()).toContain('docker run');

      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.locator('.verdict').waitFor();
      expect(await page.locator('.verdict').textContent()).toContain('Pas encore');

      await page.getByRole('button', { name: 'Voir la solution' }).click();
      await page.getByRole('heading', { name: 'Solution' }).waitFor();
      expect(await page.locator('.solution').textContent()).toContain('télécharge depuis le Docker Hub');

      // Alt+→ shows the next step, Alt+← comes back; Alt+K opens the help.
      await app.focusTerminal();
      await page.keyboard.press('Alt+ArrowRight');
      await page.waitForFunction(() => location.search.endsWith('step=nommer'));
      await page.keyboard.press('Alt+ArrowLeft');
      await page.waitForFunction(() => location.search.endsWith('step=premier-conteneur'));
      await page.keyboard.press('Alt+KeyK');
      await page.getByRole('heading', { name: 'Raccourcis clavier' }).waitFor();
      await page.getByRole('button', { name: 'Fermer' }).click();

      // The quiz: a wrong choice is explained, the right one is marked.
      const first = page.locator('.quiz form').first();
      await first.getByLabel('Elle échoue avec une erreur.').check();
      await first.getByRole('button', { name: 'Valider' }).click();
      await first.getByText('Pas tout à fait.').waitFor();
      expect(await first.textContent()).toContain("Docker télécharge l'image manquante");
      await first.getByLabel(/Elle télécharge l.image/).check();
      await first.getByRole('button', { name: 'Valider' }).click();
      await first.getByText('Bonne réponse').first().waitFor();

      // Step 1 done, then « Recommencer la leçon »: a fresh machine and the lesson from the start.
      await app.run('docker run busybox echo Bonjour', 60_000);
      await waitForStatuses(page, ['réussie', 'en cours', 'à faire']);
      await page.getByRole('button', { name: 'Recommencer la leçon' }).click();
      await page.getByRole('heading', { name: 'Recommencer la leçon ?' }).waitFor();
      await page.getByRole('button', { name: 'Recommencer', exact: true }).click();
      await waitForStatuses(page, ['en cours', 'à faire', 'à faire']);
      await app.showTerminal();
      await app.waitForPrompts(1);
      expect(await app.run('docker ps -aq | wc -l')).toEqual(['0']);
    });
  });

  it('prepares the machine of a lesson that starts from its own world', async () => {
    await withContext(async (context) => {
      const app = await AppPage.open(context, `${built.url}?lesson=08-nettoyage`);
      const page = app.page;
      await page.getByRole('button', { name: 'Préparer la machine' }).click();
      await page.getByRole('button', { name: 'Recommencer', exact: true }).click();
      await page
        .getByRole('button', { name: 'Préparer la machine' })
        .waitFor({ state: 'detached', timeout: 60_000 });
      await page.locator('.preparing').waitFor({ state: 'detached', timeout: 60_000 });
      await app.showTerminal();
      await app.waitForPrompts(1);
      expect(await app.run("docker ps -a --format '{{.Names}}'")).toEqual(['service', 'brouillon']);
      expect(await app.run("docker images --format '{{.Repository}}' | sort")).toEqual([
        'busybox',
        'vieux-cliche',
      ]);
    });
  });
});
