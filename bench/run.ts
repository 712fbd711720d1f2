// `npm run bench [-- FILTER...]`: discovers bench/<area>.bench.ts, runs each exported bench in turn and
// prints one table. A FILTER keeps the benches whose area or name contains it. Numbers are printed,
// never asserted: targets are shown beside them for the reader.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, Measurement } from './types';

interface Row {
  area: string;
  bench: string;
  measurement?: Measurement;
  error?: string;
  ms: number;
}

const here = dirname(fileURLToPath(import.meta.url));

export function discover(dir = here): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .map((f) => join(dir, f));
}

export async function runAll(
  files: string[],
  filters: string[],
  log: (line: string) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const file of files) {
    const area = basename(file, '.bench.ts');
    const mod = (await import(pathToFileURL(file).href)) as { benches?: Bench[] };
    for (const bench of mod.benches ?? []) {
      if (filters.length && !filters.some((f) => area.includes(f) || bench.name.includes(f))) continue;
      log(`▶ ${area} / ${bench.name}`);
      const t0 = performance.now();
      try {
        const measurements = await bench.run();
        const ms = performance.now() - t0;
        for (const measurement of measurements) rows.push({ area, bench: bench.name, measurement, ms });
      } catch (e) {
        rows.push({
          area,
          bench: bench.name,
          error: (e instanceof Error ? e.message : String(e)).split('\n')[0],
          ms: performance.now() - t0,
        });
      }
    }
  }
  return rows;
}

export function formatValue(m: Measurement): string {
  const digits = Math.abs(m.value) >= 100 || Number.isInteger(m.value) ? 0 : Math.abs(m.value) >= 10 ? 1 : 2;
  return `${m.value.toFixed(digits)} ${m.unit}`;
}

export function table(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.area,
    r.measurement?.name ?? r.bench,
    r.measurement ? formatValue(r.measurement) : 'ÉCHEC',
    r.measurement?.target ?? '',
    r.error ? r.error : r.measurement?.ok === undefined ? '' : r.measurement.ok ? 'ok' : 'hors cible',
  ]);
  const header = ['zone', 'mesure', 'valeur', 'cible', 'état'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === 2 ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const files = discover();
  if (files.length === 0) {
    process.stderr.write('Aucun benchmark trouvé (bench/*.bench.ts).\n');
    return 1;
  }
  const rows = await runAll(files, argv, (l) => process.stderr.write(`${l}\n`));
  process.stdout.write(`\n${table(rows)}\n`);
  return rows.some((r) => r.error) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`bench : erreur interne : ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(70);
    },
  );
}
