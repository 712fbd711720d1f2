// Drives the built app in Debian's headless Chromium with playwright-core: serve dist/app the way
// `baleine serve` does, open pages, type into the terminal and read its screen. Shared by the e2e tests
// and the UI benchmark.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { appDir, startServer } from '../../src/server/commands/serve';

export const CHROMIUM = process.env.BALEINE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The host shell's prompt in the home directory. */
export const PROMPT = 'eleve@baleine:~$';
/** Any prompt of the host shell, whatever the directory, alone on its row (the shell waits for input). */
const BARE_PROMPT = /^eleve@baleine:\S*\$$/;
/** A row starting with a prompt (followed or not by a command line). */
const PROMPT_ROW = /^eleve@baleine:\S*\$( |$)/;

function isCommandRow(row: string, command: string): boolean {
  return PROMPT_ROW.test(row) && row.slice(row.indexOf('$ ') + 2) === command;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await startServer(appDir(), 0);
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** One browser context = one browser profile (its own IndexedDB), reused across reloads. */
export async function newContext(browser: Browser, opts: OpenOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'fr-FR',
  });
}

export class AppPage {
  private constructor(readonly page: Page) {}

  /** Opens the app and waits for the first prompt. */
  static async open(context: BrowserContext, url: string): Promise<AppPage> {
    const app = new AppPage(await context.newPage());
    await app.page.goto(url);
    await app.showTerminal();
    await app.waitForPrompts(1);
    return app;
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.showTerminal();
    await this.waitForPrompts(1);
  }

  /** xterm.js draws only while on screen: scroll it into view (narrow, stacked layouts). */
  async showTerminal(): Promise<void> {
    await this.page.locator('.xterm').scrollIntoViewIfNeeded();
  }

  /** The terminal's visible rows, trailing spaces trimmed. */
  rows(): Promise<string[]> {
    return this.page.$$eval('.xterm-rows > div', (divs) =>
      divs.map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()),
    );
  }

  async screen(): Promise<string> {
    return (await this.rows()).join('\n').trimEnd();
  }

  async promptCount(): Promise<number> {
    return (await this.rows()).filter((r) => PROMPT_ROW.test(r)).length;
  }

  /** Waits until `n` prompts are on screen. */
  async waitForPrompts(n: number, timeoutMs = 20_000): Promise<void> {
    await this.page.waitForFunction(
      ({ source, n }) =>
        [...document.querySelectorAll('.xterm-rows > div')].filter((d) =>
          new RegExp(source).test((d.textContent ?? '').replace(/\u00a0/g, ' ')),
        ).length >= n,
      { source: PROMPT_ROW.source, n },
      { timeout: timeoutMs, polling: 10 },
    );
  }

  async waitForText(text: string, timeoutMs = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('.xterm-rows > div')]
          .map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' '))
          .join('\n')
          .includes(text),
      text,
      { timeout: timeoutMs, polling: 10 },
    );
  }

  async focusTerminal(): Promise<void> {
    await this.page.focus('.xterm-helper-textarea');
  }

  /** Types text into the terminal as keystrokes (no Enter). */
  async type(text: string): Promise<void> {
    await this.focusTerminal();
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.focusTerminal();
    await this.page.keyboard.press(key);
  }

  /** Waits until the shell waits for input: the last non-empty row is a bare prompt. */
  async waitForReady(timeoutMs = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (source) => {
        const rows = [...document.querySelectorAll('.xterm-rows > div')]
          .map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
          .filter((r) => r !== '');
        return new RegExp(source).test(rows.at(-1) ?? '');
      },
      BARE_PROMPT.source,
      { timeout: timeoutMs, polling: 10 },
    );
  }

  /** Runs one command line and returns the rows it printed (between its prompt line and the next prompt). */
  async run(command: string, timeoutMs = 20_000): Promise<string[]> {
    await this.type(command);
    await this.waitForText(`$ ${command}`);
    await this.press('Enter');
    await this.waitForReady(timeoutMs);
    return this.outputOfLast(command);
  }

  /** The rows after the last prompt line showing `command`, up to the next prompt. */
  async outputOfLast(command: string): Promise<string[]> {
    const rows = await this.rows();
    const start = rows.map((r) => isCommandRow(r, command)).lastIndexOf(true);
    if (start < 0) throw new Error(`command line not on screen: ${command}\n${rows.join('\n')}`);
    const end = rows.findIndex((r, i) => i > start && PROMPT_ROW.test(r));
    return rows.slice(start + 1, end < 0 ? undefined : end);
  }
}

/** Reads a record of the app's IndexedDB store from inside the page (undefined if absent). */
export function storedRecord(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('baleine');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('kv', 'readonly').objectStore('kv').get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

/** Overwrites a record of the app's store with a raw value, as a damaged store would hold. */
export function corruptRecord(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('baleine');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}

/** Waits until the saved record satisfies `check` (the app saves a moment after each command). */
export async function waitForSaved(
  page: Page,
  key: string,
  check: (data: unknown) => boolean,
  timeoutMs = 10_000,
) {
  const start = Date.now();
  for (;;) {
    const record = (await storedRecord(page, key)) as { data?: unknown } | undefined;
    if (record && check(record.data)) return;
    if (Date.now() - start > timeoutMs)
      throw new Error(`record ${key} not saved as expected within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
