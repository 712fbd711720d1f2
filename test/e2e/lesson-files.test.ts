// Files beside a lesson, in the built app: lesson 03's layer diagram (couches.svg, a vite asset of the
// built-in course) shows in the pane; in a teacher's served folder the lesson's image comes from the
// lesson's own folder, and a save with a YAML mistake shows its French error in the open lesson's pane
// (« fichier:ligne:colonne : YAML invalide : … ») while the last good version stays on screen.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir } from '../../src/server/commands/serve';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { lessonText } from '../lessons/source-fixtures';
import { AppPage, launchBrowser, newContext } from './driver';

const APP = process.env.BALEINE_APP_DIR ?? appDir();
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#2f6fb8"/></svg>';

let browser: Browser;
let server: LessonsServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lecons-'));
  mkdirSync(join(dir, '01-essai'));
  writeFileSync(join(dir, '01-essai', 'lesson.md'), withImage(lessonText('Premier essai')));
  writeFileSync(join(dir, '01-essai', 'schema.svg'), SVG);
  server = await startLessonsServer({ dir, appRoot: APP, port: 0, debounceMs: 50 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function withImage(text: string): string {
  return text.replace('Introduction.', 'Introduction.\n\n![Le schéma](schema.svg)');
}

describe('lesson files in the pane', () => {
  it('shows the layer diagram of lesson 03, loaded and fitting the pane', async () => {
    const context = await newContext(browser);
    try {
      const app = await AppPage.open(context, `${server.url}?lesson=03-images-et-couches`);
      const img = app.page.locator('.lesson-pane .intro img');
      await img.waitFor();
      expect(await img.getAttribute('alt')).toMatch(/^Schéma\s: trois couches en lecture seule/);
      await app.page.waitForFunction(() => {
        const el = document.querySelector<HTMLImageElement>('.lesson-pane .intro img');
        return el !== null && el.complete;
      });
      const shown = await img.evaluate((el: HTMLImageElement) => ({
        src: el.getAttribute('src') ?? '',
        natural: el.naturalWidth,
        width: el.getBoundingClientRect().width,
        pane: el.closest('.lesson-pane')?.getBoundingClientRect().width ?? 0,
      }));
      expect(shown.src).not.toBe('couches.svg'); // not resolved against the page
      expect(shown.natural).toBeGreaterThan(0); // the file was found and decoded
      expect(shown.width).toBeGreaterThan(100);
      expect(shown.width).toBeLessThanOrEqual(shown.pane);
      const svg = await app.page.evaluate(async (src) => (await fetch(src)).text(), shown.src);
      expect(svg).toContain('Couche du conteneur');
    } finally {
      await context.close();
    }
  });
  it('shows its image from its folder, then its YAML error in French while the last good version stays', async () => {
    const context = await newContext(browser);
    try {
      const app = await AppPage.open(context, server.previewUrl);
      const page = app.page;
      await page.getByRole('button', { name: /Premier essai/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Premier essai' }).waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('.lesson-pane .intro img');
        return img !== null && img.complete && img.naturalWidth === 200;
      });
      expect(await page.locator('.lesson-pane .intro img').getAttribute('src')).toBe(
        `${server.url}lessons/01-essai/schema.svg`,
      );
      await expect.poll(() => server.connections(), { timeout: 10_000 }).toBe(1);
      expect(await page.locator('.lesson-problems').count()).toBe(0);

      writeFileSync(
        join(dir, '01-essai', 'lesson.md'),
        withImage(lessonText('Cassé').replace('title: Cassé', 'title: "Cassé')),
      );
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'Le fichier de cette leçon contient une erreur' });
      await alert.waitFor();
      expect(await alert.locator('code').allTextContents()).toEqual([
        expect.stringMatching(
          /01-essai\/lesson\.md:\d+:\d+ : YAML invalide : guillemet double fermant « " » manquant/,
        ),
      ]);
      expect(await page.getByRole('heading', { level: 2, name: 'Premier essai' }).count()).toBe(1);

      writeFileSync(join(dir, '01-essai', 'lesson.md'), withImage(lessonText('Réparé')));
      await page.getByRole('heading', { level: 2, name: 'Réparé' }).waitFor();
      expect(await page.locator('.lesson-problems').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
