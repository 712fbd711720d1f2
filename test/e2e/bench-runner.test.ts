// The benchmark runner's discovery and table (the benchmarks themselves run with `npm run bench`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, runAll, table } from '../../bench/run';

describe('bench runner', () => {
  it('discovers bench files, runs the matching benches and tabulates their measurements', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    writeFileSync(
      join(dir, 'demo.bench.ts'),
      `export const benches = [
        { name: 'fast', run: async () => [{ name: 'vitesse', value: 12.345, unit: 'ms', target: '< 20 ms', ok: true }] },
        { name: 'broken', run: async () => { throw new Error('cassé'); } },
        { name: 'other', run: async () => [{ name: 'autre', value: 1, unit: 'count' }] },
      ];\n`,
    );
    writeFileSync(join(dir, 'notes.ts'), 'export const benches = [];\n');
    const files = discover(dir);
    expect(files).toEqual([join(dir, 'demo.bench.ts')]);
    const rows = await runAll(files, ['fast', 'broken'], () => {});
    expect(rows.map((r) => r.bench)).toEqual(['fast', 'broken']);
    const lines = table(rows).split('\n');
    expect(lines[0]).toMatch(/^zone\s+mesure\s+valeur\s+cible\s+état$/);
    expect(lines[2]).toMatch(/^demo\s+vitesse\s+12\.3 ms\s+< 20 ms\s+ok$/);
    expect(lines[3]).toMatch(/^demo\s+broken\s+ÉCHEC\s+cassé$/);
  });
});
