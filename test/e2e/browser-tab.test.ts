// The simulated browser tab in the built app, in real headless Chromium: nginx published on 8080 is
// offered as a shortcut, its welcome page renders in the sandboxed iframe through the host's network,
// and the tab says in French when nothing listens or the server answers an error.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage, newContext } from './driver';
import { useBuiltApp } from './built-app';

const built = useBuiltApp();

async function openAddress(page: Page, address: string): Promise<void> {
  const bar = page.getByLabel('Adresse', { exact: true });
  await bar.fill(address);
  await page.getByRole('button', { name: 'Ouvrir', exact: true }).click();
}

describe('the browser tab', () => {
  it('shows nginx published on 8080, and refused connections and HTTP errors in French', async () => {
    const context = await newContext(built.browser, { viewport: { width: 1600, height: 900 } });
    try {
      const app = await AppPage.open(context, built.url);
      const page = app.page;
      await page.getByText('Aucun port publié pour l’instant.').waitFor({ timeout: 10_000 });
      await app.run('docker run -d -p 8080:80 nginx', 60_000);

      const shortcut = page.getByRole('button', { name: 'localhost:8080' });
      await shortcut.waitFor({ timeout: 10_000 });
      await shortcut.click();
      const frame = page.frameLocator('iframe[title="Page affichée par le navigateur simulé"]');
      await frame.getByRole('heading', { name: 'Welcome to nginx!' }).waitFor({ timeout: 10_000 });
      expect(await page.getByLabel('Adresse', { exact: true }).inputValue()).toBe('http://localhost:8080/');
      // The page's scripts never run: the iframe is sandboxed without allow-scripts.
      expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-same-origin');
      await page.locator('iframe').scrollIntoViewIfNeeded();
      mkdirSync('dist/screenshots', { recursive: true });
      await page.screenshot({ path: 'dist/screenshots/browser-tab.png' });
      // The page in a large panel, and back with Escape.
      await page.getByRole('button', { name: 'Agrandir' }).click();
      expect((await page.locator('iframe').boundingBox())!.width).toBeGreaterThan(800);
      await page.screenshot({ path: 'dist/screenshots/browser-tab-wide.png' });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Agrandir' }).waitFor({ timeout: 5_000 });

      // A link out of the simulated machine is not followed.
      await frame.getByRole('link', { name: 'nginx.org' }).first().click();
      await page
        .getByText(/Ce lien mène hors de la machine simulée \(http:\/\/nginx\.org\/\)/)
        .waitFor({ timeout: 10_000 });

      await openAddress(page, 'localhost:8080/nope');
      await page.getByText('Erreur HTTP 404 Not Found').waitFor({ timeout: 10_000 });
      await frame.getByRole('heading', { name: '404 Not Found' }).waitFor({ timeout: 10_000 });

      await openAddress(page, 'localhost:9999');
      await page
        .getByText(/Connexion refusée : rien n’écoute sur localhost:9999/)
        .waitFor({ timeout: 10_000 });
      expect(await page.locator('iframe').count()).toBe(0);

      await page.getByRole('button', { name: 'Page précédente' }).click();
      await frame.getByRole('heading', { name: '404 Not Found' }).waitFor({ timeout: 10_000 });
    } finally {
      await context.close();
    }
  });
});
