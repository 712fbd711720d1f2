// The built app's first chunk stays small: what the first paint does not need (the engine's restore
// code, the course, the simulated browser, the editor) lives in lazy chunks.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface SizeReport {
  initialGzip: number;
  initialFiles: string[];
  chunks: { file: string; gzip: number }[];
}

const INITIAL_BUDGET_KB = 120;

let report: SizeReport;

beforeAll(async () => {
  const url = pathToFileURL(join(process.cwd(), 'scripts', 'report-sizes.mjs')).href;
  const { measure } = (await import(url)) as { measure: (dir: string) => SizeReport };
  report = measure('dist/app');
});

describe('initial JavaScript', () => {
  it(`stays under ${INITIAL_BUDGET_KB} kB gzipped`, () => {
    expect(report.initialGzip / 1024).toBeLessThanOrEqual(INITIAL_BUDGET_KB);
  });

  it('leaves the simulated engine and the browser tab out of the first chunk', () => {
    const lazy = report.chunks.filter((c) => !report.initialFiles.includes(c.file)).map((c) => c.file);
    expect(lazy.some((f) => /BrowserTab-/.test(f))).toBe(true);
    expect(lazy.some((f) => /host-factory-/.test(f))).toBe(true);
  });
});
