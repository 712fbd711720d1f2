// Records the busybox network tools' output on the real Docker engine (scripts/dockerd.sh start, the
// busybox image from scripts/golden/images.sh) into test/userland/net/fixtures/<scenario>.json.
// Usage: tsx scripts/golden/record-net-tools.ts [SCENARIO...] (default: scripts/golden/net-tools/*.sh).
// Each step runs in its own `bash -c` (the state that matters lives in the engine); steps are the
// scenario's non-empty lines not starting with `#`, stored as {cmd, stdout, stderr, exit}.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stepsOf, type Step } from './record';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCENARIOS = join(ROOT, 'scripts', 'golden', 'net-tools');
const OUT = join(ROOT, 'test', 'userland', 'net', 'fixtures');

function runStep(cmd: string): Step {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', cmd], {
    encoding: 'utf8',
    cwd: '/tmp',
    env: { ...process.env, DOCKER_CLI_HINTS: 'false', LC_ALL: 'C.UTF-8', HOME: '/root' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { cmd, stdout: r.stdout, stderr: r.stderr, exit: r.status ?? 128 };
}

const names = process.argv.slice(2);
for (const f of readdirSync(SCENARIOS).filter((x) => x.endsWith('.sh'))) {
  const scenario = basename(f, '.sh');
  if (names.length && !names.includes(scenario)) continue;
  const steps = stepsOf(readFileSync(join(SCENARIOS, f), 'utf8')).map(runStep);
  writeFileSync(join(OUT, `${scenario}.json`), JSON.stringify({ scenario, steps }, null, 2) + '\n');
  process.stderr.write(`record-net-tools: ${scenario}: ${steps.length} steps\n`);
}
