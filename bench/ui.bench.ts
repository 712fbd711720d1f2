// UI benchmarks on the built app (run `npm run build` first): time to interactive in headless Chromium,
// initial JavaScript gzipped, and shell command latency through the terminal.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, Measurement } from './types';
import { AppPage, PROMPT, launchBrowser, newContext, serveApp } from '../test/e2e/driver';
import { median } from './stats';

const BUDGET_KB = 120;

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function requireBuild(): void {
  if (!existsSync(join('dist', 'app', 'index.html'))) {
    throw new Error("application non construite : lancez « npm run build » d'abord");
  }
}

interface SizeReport {
  initialGzip: number;
  initialFiles: string[];
  chunks: { file: string; bytes: number; gzip: number }[];
}

const initialJs: Bench = {
  name: 'initial JS',
  async run(): Promise<Measurement[]> {
    requireBuild();
    const url = pathToFileURL(join(process.cwd(), 'scripts', 'report-sizes.mjs')).href;
    const { measure } = (await import(url)) as { measure: (dir?: string) => SizeReport };
    const report = measure('dist/app');
    const kb = report.initialGzip / 1024;
    const lazy = report.chunks
      .filter((c) => c.file.endsWith('.js') && !report.initialFiles.includes(c.file))
      .reduce((sum, c) => sum + c.gzip, 0);
    return [
      {
        name: 'JavaScript initial (gzip)',
        value: kb,
        unit: 'kB',
        target: `≤ ${BUDGET_KB} kB`,
        ok: kb <= BUDGET_KB,
      },
      { name: 'JavaScript chargé ensuite (machine, gzip)', value: lazy / 1024, unit: 'kB' },
    ];
  },
};

const timeToInteractive: Bench = {
  name: 'time to interactive',
  async run(): Promise<Measurement[]> {
    requireBuild();
    const server = await serveApp();
    const browser = await launchBrowser();
    const times: number[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        // A fresh profile each time: empty IndexedDB, cold HTTP cache.
        const context = await newContext(browser);
        const page = await context.newPage();
        await page.goto(server.url, { waitUntil: 'commit' });
        const ms = await page.waitForFunction(
          (prompt) => {
            const rows = [...document.querySelectorAll('.xterm-rows > div')];
            return (
              rows.some((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').startsWith(prompt)) &&
              performance.now()
            );
          },
          PROMPT,
          { polling: 'raf', timeout: 30_000 },
        );
        times.push((await ms.jsonValue()) as number);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      {
        name: 'premier prompt visible, localhost (médiane de 5)',
        value: median(times),
        unit: 'ms',
        target: '< 1000 ms',
        ok: median(times) < 1000,
      },
    ];
  },
};

/** Page script (returns nothing): sets `window.__latency`, resolving with ms from the next Enter keydown to `marker` on screen. */
function latencyProbe(marker: string): string {
  return `window.__latency = new Promise((resolve) => {
    let start = 0;
    const rows = document.querySelector('.xterm-rows');
    document.querySelector('.xterm-helper-textarea').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') start = performance.now();
    }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const drawn = [...rows.children].some((d) => d.textContent.replace(/\\u00a0/g, ' ').trimEnd() === ${JSON.stringify(marker)});
      if (start && drawn) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(rows, { childList: true, subtree: true, characterData: true });
  });
  undefined;`;
}

const commandLatency: Bench = {
  name: 'command latency',
  async run(): Promise<Measurement[]> {
    requireBuild();
    const server = await serveApp();
    const browser = await launchBrowser();
    const context = await newContext(browser);
    const latencies: number[] = [];
    try {
      const app = await AppPage.open(context, server.url);
      for (let i = 0; i < 30; i++) {
        const marker = `mesure${i}`;
        await app.type(`echo ${marker}`);
        // Timed inside the page: from the Enter keydown to the output row being drawn. A string, so that
        // no bundler helper (tsx's __name) leaks into the page.
        await app.page.evaluate(latencyProbe(marker));
        await app.press('Enter');
        latencies.push((await app.page.evaluate('window.__latency')) as number);
        await app.waitForReady();
      }
    } finally {
      await context.close();
      await browser.close();
      await server.close();
    }
    const med = median(latencies);
    return [
      {
        name: '`echo` tapé → sortie affichée (médiane de 30)',
        value: med,
        unit: 'ms',
        target: '< 50 ms',
        ok: med < 50,
      },
      { name: '`echo` tapé → sortie affichée (p95)', value: percentile(latencies, 95), unit: 'ms' },
    ];
  },
};

/** The Dockerfile editor: Monaco's lazy chunks (never in the initial load) and the time to open it. */
const editorOpen: Bench = {
  name: 'editor',
  async run(): Promise<Measurement[]> {
    requireBuild();
    const url = pathToFileURL(join(process.cwd(), 'scripts', 'report-sizes.mjs')).href;
    const { measure } = (await import(url)) as { measure: (dir?: string) => SizeReport };
    const report = measure('dist/app');
    const server = await serveApp();
    const browser = await launchBrowser();
    const times: number[] = [];
    const loaded = new Set<string>();
    try {
      for (let i = 0; i < 3; i++) {
        const context = await newContext(browser);
        const app = await AppPage.open(context, server.url);
        await app.waitForReady();
        const page = app.page;
        page.on('response', (r) => loaded.add(new URL(r.url()).pathname.replace(/^\//, '')));
        const t0 = Date.now();
        await page.getByRole('button', { name: 'Ouvrir dans l’éditeur' }).click();
        await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
        times.push(Date.now() - t0);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const editorGzip = report.chunks
      .filter((c) => loaded.has(c.file) && !report.initialFiles.includes(c.file))
      .reduce((sum, c) => sum + c.gzip, 0);
    const inInitial = report.initialFiles.some((f) => /editor|monaco/i.test(f));
    return [
      { name: "JavaScript chargé à l'ouverture de l'éditeur (gzip)", value: editorGzip / 1024, unit: 'kB' },
      {
        name: 'Monaco absent du chargement initial (1 = oui)',
        value: inInitial ? 0 : 1,
        unit: 'count',
        target: '= 1',
        ok: !inInitial,
      },
      {
        name: "ouverture de l'éditeur, clic → Monaco affiché (médiane de 3)",
        value: median(times),
        unit: 'ms',
        target: '< 3000 ms',
        ok: median(times) < 3000,
      },
    ];
  },
};

export const benches: Bench[] = [initialJs, timeToInteractive, commandLatency, editorOpen];
