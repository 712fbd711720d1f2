// An image beside a lesson's file, in the built app: lesson 03's layer diagram (couches.svg, a vite
// asset of the built-in course) is shown in the pane, loaded from the lesson's own folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppPage, launchBrowser, newContext, serveApp } from './driver';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lesson images', () => {
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
});
