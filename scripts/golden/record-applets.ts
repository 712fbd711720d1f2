// Records the real outputs of GNU coreutils (the host) and BusyBox (containers) for the applet golden
// cases: each case runs in a fresh copy of test/golden/applets/fixture.json's tree, with LANG=C.UTF-8
// and TZ=UTC, and its steps' stdout/stderr/status go to test/golden/applets/{gnu,busybox}.json.
// Usage: npx tsx scripts/golden/record-applets.ts   (needs GNU coreutils and /bin/busybox)

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureTree, loadFixture } from './fixture-tree';

interface Case {
  name: string;
  flavours?: Array<'gnu' | 'busybox'>;
  steps: Array<{ argv: string[]; stdin?: string; stdinFile?: string }>;
}
interface StepResult {
  argv: string[];
  stdout: string;
  stderr: string;
  status: number;
}

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'test', 'golden', 'applets');
const fixture = loadFixture();
const cases: Case[] = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
const busybox = '/bin/busybox';
const GOLDEN_CWD = '/golden';

function runCase(c: Case, flavour: 'gnu' | 'busybox'): StepResult[] {
  const base = mkdtempSync(join(tmpdir(), 'baleine-applets-'));
  const work = join(base, 'w');
  mkdirSync(work);
  buildFixtureTree(fixture, work);
  const results: StepResult[] = [];
  try {
    for (const step of c.steps) {
      const [cmd, ...args] = step.argv;
      const input = step.stdinFile ? readFileSync(join(work, step.stdinFile), 'utf8') : (step.stdin ?? '');
      const r =
        flavour === 'gnu'
          ? spawnSync(cmd, args, {
              cwd: work,
              input,
              env: {
                PATH: '/usr/bin:/bin:/usr/sbin:/sbin',
                LANG: 'C.UTF-8',
                TZ: 'UTC',
                HOME: '/root',
                TERM: 'xterm-256color',
              },
              encoding: 'utf8',
            })
          : spawnSync(busybox, step.argv, {
              cwd: work,
              input,
              env: { PATH: '/usr/bin:/bin', TZ: 'UTC', HOME: '/root', TERM: 'xterm-256color' },
              encoding: 'utf8',
            });
      // The case runs in a random temporary directory; the replay runs in GOLDEN_CWD.
      const fix = (text: string): string => text.split(work).join(GOLDEN_CWD);
      results.push({
        argv: step.argv,
        stdout: fix(r.stdout),
        stderr: fix(r.stderr),
        status: r.status ?? 128 + 9,
      });
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return results;
}

const now = Date.now();
for (const flavour of ['gnu', 'busybox'] as const) {
  const out: Record<string, StepResult[]> = {};
  for (const c of cases) if (!c.flavours || c.flavours.includes(flavour)) out[c.name] = runCase(c, flavour);
  const version =
    flavour === 'gnu'
      ? execFileSync('ls', ['--version'], { encoding: 'utf8' }).split('\n')[0]
      : execFileSync(busybox, [], { encoding: 'utf8' }).split('\n')[0];
  writeFileSync(
    join(dir, `${flavour}.json`),
    JSON.stringify({ recordedAt: new Date(now).toISOString(), version, cases: out }, null, 1) + '\n',
  );
  console.log(`${flavour}: ${Object.keys(out).length} cases recorded (${version})`);
}
