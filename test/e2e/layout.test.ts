// Layout of the built app at a laptop size and at 200 % zoom, keyboard access, and the screenshots
// (dist/screenshots/{light,dark}.png) that are looked at by a person before docs/screenshot.png.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage, newContext } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} not visible`);
  return b;
}

function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe('layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`puts lesson, terminal and views side by side at 1280×720 (${colorScheme})`, async () => {
      const context = await newContext(built.browser, { colorScheme });
      try {
        const app = await AppPage.open(context, built.url);
        await app.run('echo bonjour | tr a-z A-Z');
        await app.run('echo "Bienvenue, élève !"');
        await app.run('mkdir projets && touch notes.txt');
        await app.run('ls -l');
        await app.run('uname -a');
        const lesson = await box(app.page, '#lesson');
        const terminal = await box(app.page, '#terminal');
        const views = await box(app.page, '#views');
        expect(lesson.x + lesson.width).toBeLessThanOrEqual(terminal.x);
        expect(terminal.x + terminal.width).toBeLessThanOrEqual(views.x);
        expect(terminal.width).toBeGreaterThan(500);
        expect(terminal.y + terminal.height).toBeLessThanOrEqual(720);
        expect(await hasHorizontalScroll(app.page)).toBe(false);
        const background = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(10, 16, 25)' : 'rgb(238, 242, 247)');
        mkdirSync('dist/screenshots', { recursive: true });
        await app.page.screenshot({ path: `dist/screenshots/${colorScheme}.png` });
      } finally {
        await context.close();
      }
    });
  }

  it('follows a live change of the system colour scheme, terminal included', async () => {
    const context = await newContext(built.browser, { colorScheme: 'light' });
    try {
      const app = await AppPage.open(context, built.url);
      const colours = () =>
        app.page.evaluate(() => [
          getComputedStyle(document.body).backgroundColor,
          getComputedStyle(document.querySelector('.xterm-scrollable-element')!).backgroundColor,
        ]);
      expect(await colours()).toEqual(['rgb(238, 242, 247)', 'rgb(251, 252, 254)']);
      await app.page.emulateMedia({ colorScheme: 'dark' });
      await app.page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('.xterm-scrollable-element')!).backgroundColor ===
          'rgb(15, 23, 34)',
      );
      expect(await colours()).toEqual(['rgb(10, 16, 25)', 'rgb(15, 23, 34)']);
    } finally {
      await context.close();
    }
  });

  it('stacks the panes at 200 % zoom without horizontal scrolling', async () => {
    const context = await built.browser.newContext({
      viewport: { width: 640, height: 360 },
      deviceScaleFactor: 2,
    });
    try {
      const app = await AppPage.open(context, built.url);
      const lesson = await box(app.page, '#lesson');
      const terminal = await box(app.page, '#terminal');
      const views = await box(app.page, '#views');
      expect(lesson.y + lesson.height).toBeLessThanOrEqual(terminal.y);
      expect(terminal.y + terminal.height).toBeLessThanOrEqual(views.y);
      expect(terminal.width).toBeGreaterThan(560);
      expect(terminal.height).toBeGreaterThanOrEqual(250);
      expect(await hasHorizontalScroll(app.page)).toBe(false);
      expect(await app.run('echo zoom')).toEqual(['zoom']);
      mkdirSync('dist/screenshots', { recursive: true });
      await app.page.screenshot({ path: 'dist/screenshots/zoom-200.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('is usable from the keyboard: skip link, terminal, and out again', async () => {
    const context = await newContext(built.browser);
    try {
      const app = await AppPage.open(context, built.url);
      await app.page.locator('body').focus();
      await app.page.keyboard.press('Tab');
      expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au terminal');
      await app.page.keyboard.press('Enter');
      await app.page.keyboard.type('echo clavier');
      await app.page.keyboard.press('Enter');
      await app.waitForReady();
      expect(await app.outputOfLast('echo clavier')).toEqual(['clavier']);
      await app.page.keyboard.press('Shift+Tab');
      const inTerminal = await app.page.evaluate(() => !!document.activeElement?.closest('.xterm'));
      expect(inTerminal).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('confirms a reset from the keyboard, cancel first', async () => {
    const context = await newContext(built.browser);
    try {
      const app = await AppPage.open(context, built.url);
      await app.run('touch garde-moi');
      const reset = app.page.getByRole('button', { name: 'Réinitialiser' });
      await reset.focus();
      await app.page.keyboard.press('Enter');
      const dialog = app.page.getByRole('dialog', { name: 'Réinitialiser la machine\u00a0?' });
      await dialog.waitFor();
      expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
      await app.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Réinitialiser');
      expect(await app.run('ls garde-moi')).toEqual(['garde-moi']);

      await reset.focus();
      await app.page.keyboard.press('Enter');
      await dialog.waitFor();
      await app.page.keyboard.press('Tab');
      await app.page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await app.waitForReady();
      await app.page.waitForFunction(() => !!document.activeElement?.closest('.xterm'), null, {
        timeout: 5000,
      });
      expect(await app.run('ls garde-moi')).toEqual([
        "ls: cannot access 'garde-moi': No such file or directory",
      ]);
    } finally {
      await context.close();
    }
  });
});
