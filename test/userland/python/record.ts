// Records what the real CPython prints for each case of cases.ts into fixtures/cpython.json.
//   npx tsx test/userland/python/record.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './cases';

const out: Record<string, { stdout: string; stderr: string; status: number; version: string }> = {};
const version = spawnSync('python3', ['-V'], { encoding: 'utf8' }).stdout.trim();
for (const [name, code] of Object.entries(CASES)) {
  const r = spawnSync('python3', ['-c', code], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin' },
  });
  out[name] = { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1, version };
}
writeFileSync(join(import.meta.dirname, 'fixtures/cpython.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`recorded ${Object.keys(out).length} cases with ${version}`);
