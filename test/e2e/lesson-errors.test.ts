// A teacher's served folder in the built app: the lesson's image comes from the lesson's own folder,
// and a save with a YAML mistake shows its French error in the open lesson's pane (« fichier:ligne:
// colonne : YAML invalide : … ») while the last good version stays on screen.
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
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#2f6fb8"/></svg>';

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

describe('a served lesson in the pane', () => {
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
      expect(await page.locator('.lesson-pane .intro img').getAttribute('src')).toBe(`${server.url}lessons/01-essai/schema.svg`);
      await expect.poll(() => server.connections(), { timeout: 10_000 }).toBe(1);
      expect(await page.locator('.lesson-problems').count()).toBe(0);

      writeFileSync(join(dir, '01-essai', 'lesson.md'), withImage(lessonText('Cassé').replace('title: Cassé', 'title: "Cassé')));
      const alert = page.getByRole('alert').filter({ hasText: 'Le fichier de cette leçon contient une erreur' });
      await alert.waitFor();
      expect(await alert.locator('code').allTextContents()).toEqual([
        expect.stringMatching(/01-essai\/lesson\.md:\d+:\d+ : YAML invalide : guillemet double fermant « " » manquant/),
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
