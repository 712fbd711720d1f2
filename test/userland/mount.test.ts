// mount lists /proc/mounts as the real BusyBox does in a container (recorded by
// scripts/golden/record-tools.ts from `docker run --mount type=tmpfs,target=/scratch busybox`).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { busybox } from '../../src/userland/applets/busybox';
import { makeHost, run } from './helpers/context';
import { createWorld } from '../../src/world/world';
import { fileHubLoader } from '../../src/server/hub-files';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';

const recorded = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'golden', 'tools', 'mount.json'), 'utf8'),
);

async function mount(args: string[], uid = 0): Promise<{ stdout: string; stderr: string; status: number }> {
  const fs = makeHost();
  fs.mkdir('/proc', { recursive: true });
  fs.writeFile('/proc/mounts', recorded.procMounts);
  return run(['busybox', 'mount', ...args], { fs, program: busybox, uid });
}

describe('mount', () => {
  it('prints every mount of /proc/mounts as BusyBox does', async () => {
    expect(await mount([])).toEqual({ stdout: recorded.mount, stderr: '', status: 0 });
  });

  it('keeps one type with -t', async () => {
    const r = await mount(['-t', 'tmpfs']);
    expect(r.stdout).toBe(recorded.tmpfs);
    expect(r.stdout.split('\n').filter((l) => l.includes('/scratch')).length).toBe(Number(recorded.count));
  });

  it('refuses to mount anything', async () => {
    expect(await mount(['-t', 'tmpfs', 'none', '/y'])).toEqual({
      stdout: '',
      stderr: 'mount: permission denied (are you root?)\n',
      status: 1,
    });
  });

  it('sees a container tmpfs; tar and awk read what docker writes', async () => {
    const w = createWorld({
      clock: new VirtualClock({ hop: fastHop() }),
      random: new SeededRandom(7),
      hub: fileHubLoader(),
    });
    await w.preload(['busybox']);
    const sh = async (line: string): Promise<string> => {
      const r = await w.host.run(line);
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    expect(
      await sh("docker run --rm --mount type=tmpfs,target=/scratch busybox sh -c 'mount | grep -c /scratch'"),
    ).toBe('1\n');
    await sh('docker create --name exp busybox');
    expect(await sh("docker export exp | tar -t | grep -c '^bin/busybox$'")).toBe('1\n');
    expect(
      await sh('docker export exp | tar -tv | awk \'$6 == "bin/busybox" {print substr($1, 2), NF}\''),
    ).toMatch(/^rwxr-xr-x \d+\n$/);
    await sh('mkdir -p /tmp/src && echo salut > /tmp/src/f.txt');
    await sh('tar -cf - -C /tmp/src f.txt | docker cp - exp:/');
    expect(await sh('docker cp exp:/f.txt - | tar -xO')).toBe('salut\n');
    w.shutdown();
  });
});
