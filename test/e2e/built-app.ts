// The built app served and Chromium launched once per test file (beforeAll/afterAll), for the e2e tests
// that drive the page. Read `browser` and `url` inside tests (they exist once beforeAll has run).
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveApp } from './driver';

export interface BuiltApp {
  readonly browser: Browser;
  readonly url: string;
}

export function useBuiltApp(): BuiltApp {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the built app is not started yet (use it inside a test)');
    return v;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
