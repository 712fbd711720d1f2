// Records the real outputs of awk (Debian's mawk), tar, gzip, base64, sha256sum and md5sum (the
// host) and of /bin/busybox (containers) for test/golden/tools/cases.json, each case in a fresh copy
// of the applet fixture tree (test/golden/applets/fixture.json), with LANG=C.UTF-8 and TZ=UTC, into
// test/golden/tools/{gnu,busybox}.json. With a Docker engine, also records what `mount` prints in a
// busybox container next to its /proc/mounts, into test/golden/tools/mount.json.
// Usage: npx tsx scripts/golden/record-tools.ts   (run as root: archives record root/root owners)

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureTree, loadFixture } from './fixture-tree';

interface Step {
  argv: string[];
  stdin?: string;
}

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'test', 'golden', 'tools');
const fixture = loadFixture();
const cases: Array<{ name: string; flavours?: Array<'gnu' | 'busybox'>; steps: Step[] }> = JSON.parse(
  readFileSync(join(dir, 'cases.json'), 'utf8'),
);
const CWD = '/golden';
const ENV = {
  gnu: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', LANG: 'C.UTF-8', TZ: 'UTC', HOME: '/root' },
  busybox: { PATH: '/usr/bin:/bin', TZ: 'UTC', HOME: '/root' },
};

function record(flavour: 'gnu' | 'busybox'): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const c of cases) {
    if (c.flavours && !c.flavours.includes(flavour)) continue;
    const base = mkdtempSync(join(tmpdir(), 'baleine-tools-'));
    const work = join(base, 'w');
    mkdirSync(work);
    buildFixtureTree(fixture, work);
    const fix = (text: string): string => text.split(work).join(CWD);
    out[c.name] = c.steps.map((step) => {
      const [cmd, ...args] = flavour === 'gnu' ? step.argv : ['/bin/busybox', ...step.argv];
      const r = spawnSync(cmd, args, {
        cwd: work,
        input: step.stdin ?? '',
        env: ENV[flavour],
        encoding: 'utf8',
      });
      return { argv: step.argv, stdout: fix(r.stdout), stderr: fix(r.stderr), status: r.status ?? 128 + 9 };
    });
    rmSync(base, { recursive: true, force: true });
  }
  return out;
}

const now = new Date().toISOString();
for (const flavour of ['gnu', 'busybox'] as const) {
  const version =
    flavour === 'gnu'
      ? ['mawk -W version', 'tar --version', 'gzip --version', 'base64 --version']
          .map((cmd) => execFileSync('sh', ['-c', cmd], { encoding: 'utf8' }).split('\n')[0])
          .join('; ')
      : execFileSync('/bin/busybox', [], { encoding: 'utf8' }).split('\n')[0];
  const file = join(dir, `${flavour}.json`);
  const recorded = record(flavour);
  writeFileSync(file, JSON.stringify({ recordedAt: now, version, cases: recorded }, null, 1) + '\n');
  console.log(`${flavour}: ${Object.keys(recorded).length} cases (${version})`);
}

// mount in a container, beside the /proc/mounts it reads.
const docker = spawnSync(
  'docker',
  [
    'run',
    '--rm',
    '--mount',
    'type=tmpfs,target=/scratch',
    '-v',
    'g-tools-vol:/data',
    'busybox',
    'sh',
    '-c',
    'cat /proc/mounts; echo =====; mount; echo =====; mount -t tmpfs; echo =====; mount | grep -c /scratch',
  ],
  { encoding: 'utf8' },
);
if (docker.status === 0) {
  const [procMounts, mount, tmpfs, count] = docker.stdout.split('=====\n');
  writeFileSync(
    join(dir, 'mount.json'),
    JSON.stringify({ recordedAt: now, procMounts, mount, tmpfs, count }, null, 1) + '\n',
  );
  spawnSync('docker', ['volume', 'rm', 'g-tools-vol']);
  console.log('mount: recorded');
} else console.log(`mount: not recorded (docker: ${docker.stderr.trim()})`);
