// Records the real jq's answers (jq 1.6, /usr/bin/jq) to the cases of scripts/golden/jq/cases.txt into
// test/userland/net/fixtures/jq/cases.json: {input, filter, stdout, stderr, exit} for `jq -c FILTER`.
// Usage: tsx scripts/golden/record-jq.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test', 'userland', 'net', 'fixtures', 'jq');

const cases = readFileSync(join(ROOT, 'scripts', 'golden', 'jq', 'cases.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((line) => {
    const [input, filter] = line.split('\t') as [string, string];
    const r = spawnSync('jq', ['-c', filter], { input: `${input}\n`, encoding: 'utf8' });
    return { input, filter, stdout: r.stdout, stderr: r.stderr, exit: r.status ?? 128 };
  });
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'cases.json'), JSON.stringify({ jq: 'jq-1.6', cases }, null, 2) + '\n');
process.stderr.write(`record-jq: ${cases.length} cases\n`);
