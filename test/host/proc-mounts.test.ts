// The host's /proc: a procfs over the host's disk, whose /proc/mounts lists the host's mount table
// (ext4 root, sysfs, proc and their companions) for mount, df and free.

import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';

function host() {
  return createHost({ world: { clock: new VirtualClock({ hop: fastHop() }) } });
}

describe('/proc on the host', () => {
  it('lists the root filesystem first in mount', async () => {
    const h = host();
    expect(await h.run('mount | head -1')).toEqual({
      stdout: '/dev/vda1 on / type ext4 (rw,relatime,errors=remount-ro)\n',
      stderr: '',
      exit: 0,
    });
  });

  it('derives /proc/mounts from what is mounted: root, sysfs, proc', async () => {
    const h = host();
    const r = await h.run('cut -d" " -f1-3 /proc/mounts');
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      '/dev/vda1 / ext4',
      'sysfs /sys sysfs',
      'cgroup2 /sys/fs/cgroup cgroup2',
      'proc /proc proc',
      'devpts /dev/pts devpts',
    ]);
    expect((await h.run('mount -t proc')).stdout).toBe('proc on /proc type proc (rw,nosuid,nodev,noexec,relatime)\n');
  });

  it('shows the host processes and is read-only, while the disk underneath stays as it was', async () => {
    const h = host();
    const r = await h.run('echo $$; ls /proc');
    const [shellPid, ...entries] = r.stdout.split('\n').filter(Boolean);
    expect(entries).toContain(shellPid);
    expect(entries).toContain('mounts');
    expect((await h.run('echo x > /proc/x')).exit).not.toBe(0);
    // The persisted filesystem has only the empty mount point.
    expect(h.fs.readdir('/proc')).toEqual([]);
  });

  it('gives free the machine memory and df only the disk', async () => {
    const h = host();
    const free = (await h.run('free')).stdout.split('\n')[1].split(/\s+/);
    expect(Number(free[1])).toBe(Math.floor(4_110_606_336 / 1024));
    expect((await h.run('df | tail -n +2 | cut -d" " -f1')).stdout).toBe('/dev/vda1\n');
  });
});
