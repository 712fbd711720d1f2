// Records the real jq's answers (jq 1.6, /usr/bin/jq) to the cases of scripts/golden/jq/cases.txt into
// test/userland/net/fixtures/jq/cases.json: {input, filter, args, stdout, stderr, exit} for
// `jq -c ARGS… FILTER`, ARGS being the case's optional third column (a JSON array), run with
// the environment HOME=/home/eleve only (for env and $ENV).
// Usage: tsx scripts/golden/record-jq.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test', 'userland', 'net', 'fixtures', 'jq');

/** The whole environment of the recorded jq (the replay gives the simulated jq the same). */
const RECORDING_ENV = { HOME: '/home/eleve' };

const cases = readFileSync(join(ROOT, 'scripts', 'golden', 'jq', 'cases.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((line) => {
    const [input, filter, extra] = line.split('\t') as [string, string, string | undefined];
    const args = extra ? (JSON.parse(extra) as string[]) : [];
    const r = spawnSync('/usr/bin/jq', ['-c', ...args, filter], {
      input: `${input}\n`,
      encoding: 'utf8',
      env: RECORDING_ENV,
    });
    return { input, filter, args, stdout: r.stdout, stderr: r.stderr, exit: r.status ?? 128 };
  });
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'cases.json'),
  JSON.stringify({ jq: 'jq-1.6', env: RECORDING_ENV, cases }, null, 2) + '\n',
);
process.stderr.write(`record-jq: ${cases.length} cases\n`);
