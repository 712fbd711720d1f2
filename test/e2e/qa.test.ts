// The app as a French student meets it, in a laptop-sized window: first load, lesson 1, a clicked
// command run, the browser tab on a published port, the editor, dark theme. Checks what a person
// looking at the screenshots (dist/screenshots/qa-*.png) found wrong once, and takes them again.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AppPage, launchBrowser, newContext, serveApp, type OpenOptions } from './driver';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveApp();
  browser = await launchBrowser();
  mkdirSync('dist/screenshots', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `dist/screenshots/qa-${name}.png` });

/** Opens the app in a fresh browser profile, runs `body`, closes the profile. */
async function withApp(opts: OpenOptions, body: (app: AppPage) => Promise<void>): Promise<void> {
  const context = await newContext(browser, opts);
  try {
    await body(await AppPage.open(context, server.url));
  } finally {
    await context.close();
  }
}

/**
 * Sentences of the header, lesson column, terminal pane, views and dialogs (not code, nor the terminal's
 * screen) with an ordinary
 * space before « : ; ! ? »: French typography wants a non-breaking one.
 */
function badTypography(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = '.xterm, code, pre, kbd, iframe, input, textarea, .monaco-editor, .visually-hidden';
    const found: string[] = [];
    for (const area of document.querySelectorAll('header, #lesson, #terminal, #views > section, dialog')) {
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (n.parentElement?.closest(skip) || !/ [:;!?](\s|$)/.test(text)) continue;
        found.push(text.trim());
      }
    }
    return found;
  });
}

/** WCAG contrast ratio between an element's text colour and its background colour (both opaque). */
function contrast(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
}

async function top(page: Page, name: string): Promise<number> {
  const b = await page.getByRole('heading', { name, exact: true }).boundingBox();
  if (!b) throw new Error(`heading ${name} not visible`);
  return b.y;
}

describe('QA walk-through', () => {
  it('puts the browser tab and the editor before the views to come, in the first screen', async () => {
    await withApp({}, async (app) => {
      await shot(app.page, 'first-load');
      expect(await badTypography(app.page)).toEqual([]);
      const browserTab = await top(app.page, 'Navigateur');
      expect(browserTab).toBeLessThan(await top(app.page, 'Visualisations'));
      expect(browserTab).toBeLessThan(720);
    });
  });

  it('gives every button of a step the same look (hint included)', async () => {
    await withApp({}, async (app) => {
      await app.page.locator('#lesson li button').first().click();
      const actions = app.page.locator('#lesson .steps .actions button');
      await actions.first().waitFor();
      await shot(app.page, 'lesson');
      const looks = await actions.evaluateAll((buttons) =>
        buttons.map((b) => [b.className.includes('ui-button'), getComputedStyle(b).fontSize]),
      );
      expect(looks.length).toBeGreaterThanOrEqual(3);
      for (const look of looks) expect(look).toEqual([true, looks[0][1]]);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keeps the reset dialog's buttons readable (${colorScheme})`, async () => {
      await withApp({ colorScheme }, async (app) => {
        await app.page.getByRole('button', { name: 'Réinitialiser' }).click();
        const dialog = app.page.getByRole('dialog');
        await dialog.waitFor();
        await shot(app.page, `reset-${colorScheme}`);
        expect(await contrast(app.page, 'dialog[open] .ui-button.danger')).toBeGreaterThanOrEqual(4.5);
        expect(await contrast(app.page, 'dialog[open] .ui-button:not(.danger)')).toBeGreaterThanOrEqual(4.5);
        expect(await badTypography(app.page)).toEqual([]);
      });
    });
  }

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 640, height: 800 },
  ]) {
    it(`keeps what scrolls into view out from under the lesson toolbar (${viewport.width} px)`, async () => {
      await withApp({ viewport }, async (app) => {
        const lesson = app.page.getByRole('button', { name: /Images et couches/ });
        await lesson.evaluate((b) => b.scrollIntoView({ block: 'start' }));
        const hit = await lesson.evaluate((b) => {
          const r = b.getBoundingClientRect();
          return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        });
        expect(hit).toBe(true);
        // At laptop size the page itself never scrolls: the header stays in view.
        if (viewport.width > 960)
          expect(await app.page.evaluate(() => document.documentElement.scrollTop)).toBe(0);
      });
    });
  }

  it('runs a clicked command, shows the page on a published port and opens the editor, light and dark', async () => {
    await withApp({}, async (app) => {
      const page = app.page;
      await page.locator('#lesson li button').first().click();
      await page.locator('button.command').first().click();
      await page.keyboard.press('Enter');
      await app.waitForText('PID   USER     COMMAND', 60_000);
      await app.waitForReady();
      await page.getByText('réussie', { exact: true }).first().waitFor();
      await shot(page, 'step-done');
      expect(await badTypography(page)).toEqual([]);
      await app.run('docker run -d -p 8080:80 nginx', 60_000);
      await page.getByRole('button', { name: 'localhost:8080' }).click();
      await page.frameLocator('iframe').getByRole('heading', { name: 'Welcome to nginx!' }).waitFor();
      await shot(page, 'browser-tab');
      await app.run('echo FROM busybox:1.36 > Dockerfile');
      await page.getByLabel('Fichier de l’hôte à ouvrir').fill('/home/eleve/Dockerfile');
      await page.getByRole('button', { name: 'Ouvrir dans l’éditeur' }).click();
      await page.locator('.monaco-editor .view-lines').waitFor();
      const close = page.getByRole('button', { name: 'Fermer l’éditeur' });
      const lineHeight = await close.evaluate((b) => parseFloat(getComputedStyle(b).lineHeight));
      const closeBox = (await close.boundingBox())!;
      expect(closeBox.height).toBeLessThan(2 * lineHeight);
      await shot(page, 'editor');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(10, 16, 25)');
      await shot(page, 'dark');
    });
  });
});
