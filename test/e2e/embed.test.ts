// The embed in the built app, in real headless Chromium: the demo host page (public/demo-embed.html)
// embeds an exercise as a bare iframe and as <baleine-exercise>; typing the step's command in the
// embedded terminal makes `step-completed` arrive in the host page; `reset` and `load-lesson` work.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser, newContext } from './driver';
import { appDir, startServer } from '../../src/server/commands/serve';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  // BALEINE_APP_DIR: a build elsewhere than dist/app (e.g. while others rebuild the shared one).
  server = await startServer(process.env.BALEINE_APP_DIR ?? appDir(), 0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.server.closeAllConnections();
  await new Promise((r) => server?.server.close(r));
});

interface Logged {
  origin: string;
  data: { type: string; lesson: string; step?: string; index?: number; score?: unknown };
}

/** The demo page's journal of received events. */
function journal(page: Page): Promise<Logged[]> {
  return page.$$eval('#journal li', (items) =>
    items.map((li) => ({
      origin: (li as HTMLElement).dataset.origin ?? '',
      data: JSON.parse(li.lastChild?.textContent ?? 'null'),
    })),
  );
}

async function waitForEvent(
  page: Page,
  origin: string,
  type: string,
  count = 1,
  timeout = 60_000,
): Promise<Logged[]> {
  await page.waitForFunction(
    ({ origin, type, count }) =>
      document.querySelectorAll(`#journal li[data-origin="${origin}"][data-type="${type}"]`).length >= count,
    { origin, type, count },
    { timeout, polling: 50 },
  );
  return (await journal(page)).filter((e) => e.origin === origin && e.data.type === type);
}

/** The visible rows of a terminal inside a frame. */
function rows(frame: Frame): Promise<string[]> {
  return frame.$$eval('.xterm-rows > div', (divs) =>
    divs.map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()),
  );
}

async function waitForScreen(frame: Frame, test: string, timeout = 30_000): Promise<void> {
  await frame.waitForFunction(
    (test) =>
      new RegExp(test, 'm').test(
        [...document.querySelectorAll('.xterm-rows > div')]
          .map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
          .join('\n'),
      ),
    test,
    { timeout, polling: 50 },
  );
}

async function typeLine(page: Page, frame: Frame, line: string): Promise<void> {
  await frame.focus('.xterm-helper-textarea');
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function openDemo(context: BrowserContext): Promise<{ page: Page; iframe: Frame; element: Frame }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('demo-embed.html', server.url).href);
  await waitForEvent(page, 'iframe', 'ready');
  await waitForEvent(page, 'élément', 'ready');
  const iframe = await (await page.$('#iframe-exercise'))!.contentFrame();
  const element = await (await page.$('baleine-exercise >>> iframe'))!.contentFrame();
  if (!iframe || !element) throw new Error('exercise frames not found');
  expect(errors).toEqual([]);
  return { page, iframe, element };
}

describe('embedding an exercise', () => {
  it('reports a step completed in the embedded terminal to the host page, then the score', async () => {
    const context = await newContext(browser);
    try {
      const { page, iframe } = await openDemo(context);
      expect((await journal(page)).find((e) => e.origin === 'iframe')?.data).toEqual({
        source: 'baleine',
        version: 1,
        type: 'ready',
        lesson: '01-premiers-pas',
        step: 'premier-conteneur',
      });
      // A one-step exercise shows its step alone.
      const steps = iframe.locator('ol.steps > li');
      expect(await steps.count()).toBe(1);
      expect(await steps.first().locator('h3').textContent()).toContain('Lancer un premier conteneur');

      await waitForScreen(iframe, '^eleve@baleine:~\\$$');
      await typeLine(page, iframe, 'docker run busybox echo Bonjour');
      const [done] = await waitForEvent(page, 'iframe', 'step-completed');
      expect(done.data).toEqual({
        source: 'baleine',
        version: 1,
        type: 'step-completed',
        lesson: '01-premiers-pas',
        step: 'premier-conteneur',
        index: 0,
      });
      const [end] = await waitForEvent(page, 'iframe', 'lesson-completed');
      expect(end.data.score).toEqual({
        steps: 1,
        hintsUsed: 0,
        solutionsShown: 0,
        quiz: { answered: 0, correct: 0, total: 0 },
      });
      expect(await rows(iframe)).toContain('Bonjour');
      // The embedded lesson pane shows the step done too.
      await iframe.waitForSelector('ol.steps > li.done', { timeout: 10_000 });
      await page.screenshot({ path: join(tmpdir(), 'baleine-embed-demo.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('starts again on a fresh machine when the host page sends reset', async () => {
    const context = await newContext(browser);
    try {
      const { page, iframe } = await openDemo(context);
      await waitForScreen(iframe, '^eleve@baleine:~\\$$');
      await typeLine(page, iframe, 'touch trace');
      await typeLine(page, iframe, 'ls trace');
      await waitForScreen(iframe, '^trace$');
      await page.click('#iframe-reset');
      await waitForEvent(page, 'iframe', 'ready', 2);
      await waitForScreen(iframe, '^eleve@baleine:~\\$$');
      await typeLine(page, iframe, 'ls trace');
      await waitForScreen(iframe, "^ls: cannot access 'trace': No such file or directory$");
      expect(await rows(iframe)).not.toContain('trace');
      // The fresh exercise completes again, and says so again.
      await typeLine(page, iframe, 'docker run busybox echo Bonjour');
      await waitForEvent(page, 'iframe', 'step-completed');
    } finally {
      await context.close();
    }
  });

  it('relays the element’s events as DOM events and obeys loadLesson()', async () => {
    const context = await newContext(browser);
    try {
      const { page, element } = await openDemo(context);
      expect(await element.locator('ol.steps > li').count()).toBe(3);
      await page.click('#element-lesson-2');
      const ready = await waitForEvent(page, 'élément', 'ready', 2);
      expect(ready[1].data).toEqual({
        source: 'baleine',
        version: 1,
        type: 'ready',
        lesson: '02-cycle-de-vie',
      });
      expect(await page.getAttribute('baleine-exercise', 'lesson')).toBe('02-cycle-de-vie');
      await element.waitForFunction(
        () => document.querySelector('.lesson-pane h2')?.textContent?.includes('cycle'),
        null,
        {
          timeout: 30_000,
        },
      );
      await page.click('#element-reset');
      const again = await waitForEvent(page, 'élément', 'ready', 3);
      expect(again[2].data).toEqual(ready[1].data);
    } finally {
      await context.close();
    }
  });

  it('starts a later step from the world the previous solutions build', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(new URL('embed?lesson=01-premiers-pas&step=supprimer', server.url).href);
      const frame = page.mainFrame();
      await waitForScreen(frame, '^eleve@baleine:~\\$$');
      await typeLine(page, frame, "docker ps -a --format '{{.Names}} {{.Image}}' | sort");
      await waitForScreen(frame, '^salut busybox$');
      expect(await page.locator('ol.steps > li.done').count()).toBe(0);
      await typeLine(page, frame, 'docker rm salut');
      await page.waitForSelector('ol.steps > li.done', { timeout: 10_000 });
      expect(await page.locator('ol.steps > li').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('opens the embed page directly, and explains an unknown lesson in French', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(new URL('embed?lesson=inconnue', server.url).href);
      await page.waitForSelector('[role="alert"]', { timeout: 30_000 });
      expect(await page.textContent('[role="alert"] p')).toBe('La leçon « inconnue » n’existe pas.');
    } finally {
      await context.close();
    }
  });
});
