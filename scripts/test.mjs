#!/usr/bin/env node
// `npm test`: everything, in order, stopping at the first failure.
//   provision (chromium, docker.io, busybox-static, dockerd) → typecheck → lint → build →
//   vitest (unit in node, browser in headless Chromium, e2e against the built app) → lessons check.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['Provisionnement / provisioning', 'bash', ['scripts/setup.sh']],
  ['Typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Typecheck (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']],
  ['Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Build', 'npm', ['run', '-s', 'build']],
  ['Tests (vitest: unit, browser, e2e)', 'npx', ['vitest', 'run']],
];
if (existsSync('lessons') && existsSync('src/lessons/check.ts')) {
  steps.push(['Leçons / lessons check', 'npx', ['tsx', 'src/server/main.ts', 'lessons', 'check', 'lessons']]);
}

const started = Date.now();
for (const [title, cmd, args] of steps) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`\n✗ ${title} — échec / failed (${secs}s)\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✓ ${title} (${secs}s)\n`);
}
process.stdout.write(`\nTout est vert / all green in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
