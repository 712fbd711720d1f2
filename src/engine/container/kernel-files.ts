// What a container sees of the kernel under /proc and /sys (cgroup v2, private cgroup namespace, as a
// current Docker on a cgroup v2 host): the text of /proc/mounts and /proc/meminfo (procfs in
// engine/process computes the rest from the process table), and the cgroup's limits under /sys,
// rewritten at each start and update. Both trees are mounted read-only.
import { MemFs } from '../fs/memfs';
import type { HostConfig } from '../api/types';

export const CPU_PERIOD = 100_000;

export function cgroupLimitFiles(host: HostConfig): Record<string, string> {
  const memory = host.Memory && host.Memory > 0 ? String(host.Memory) : 'max';
  const pids = host.PidsLimit && host.PidsLimit > 0 ? String(host.PidsLimit) : 'max';
  const quota =
    host.NanoCpus && host.NanoCpus > 0 ? String(Math.round((host.NanoCpus / 1e9) * CPU_PERIOD)) : 'max';
  return {
    'memory.max': `${memory}\n`,
    'pids.max': `${pids}\n`,
    'cpu.max': `${quota} ${CPU_PERIOD}\n`,
  };
}

function put(fs: MemFs, path: string, text: string): void {
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  fs.mkdir(dir, { recursive: true });
  fs.writeFile(path, text, { mode: 0o444 });
}

export interface MountLine {
  path: string;
  readOnly: boolean;
  kind: 'rootfs' | 'proc' | 'sys' | 'file' | 'tmpfs' | 'volume';
}

const PSEUDO_AFTER_PROC = [
  'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755 0 0',
  'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0',
];
const PSEUDO_AFTER_SYS = [
  'cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime 0 0',
  'mqueue /dev/mqueue mqueue rw,nosuid,nodev,noexec,relatime 0 0',
  'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0',
];

/** /proc/mounts as runc sets a container up (overlay root, pseudo filesystems, bind-mounted files). */
export function mountsFile(containerId: string, mounts: readonly MountLine[]): string {
  const lines: string[] = [];
  const dir = `/var/lib/docker/overlay2/${containerId}`;
  for (const m of mounts) {
    const mode = m.readOnly ? 'ro' : 'rw';
    switch (m.kind) {
      case 'rootfs':
        lines.push(
          `overlay / overlay ${mode},relatime,lowerdir=${dir}-init/diff,upperdir=${dir}/diff,workdir=${dir}/work 0 0`,
        );
        break;
      case 'proc':
        lines.push('proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0', ...PSEUDO_AFTER_PROC);
        break;
      case 'sys':
        lines.push('sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0', ...PSEUDO_AFTER_SYS);
        break;
      case 'tmpfs':
        lines.push(`tmpfs ${m.path} tmpfs ${mode},nosuid,nodev,noexec,relatime 0 0`);
        break;
      default:
        lines.push(`/dev/vda ${m.path} ext4 ${mode},relatime 0 0`);
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

/** /proc/meminfo shows the host's memory, not the cgroup's (as in a real container). */
export function meminfoFile(totalBytes: number, usedBytes: number): string {
  const kb = (n: number) => Math.floor(n / 1024);
  const total = kb(totalBytes);
  const cached = Math.floor(total / 20);
  const free = Math.max(0, total - kb(usedBytes) - cached - 9104);
  const rows: [string, number][] = [
    ['MemTotal', total],
    ['MemFree', free],
    ['MemAvailable', free + cached],
    ['Buffers', 9104],
    ['Cached', cached],
    ['SwapCached', 0],
    ['Shmem', 8952],
    ['SReclaimable', 0],
    ['SwapTotal', 0],
    ['SwapFree', 0],
  ];
  return rows.map(([k, v]) => `${`${k}:`.padEnd(16)}${String(v).padStart(8)} kB\n`).join('');
}

/** /sys with the container's cgroup v2 directory. */
export function sysFiles(fs: MemFs, host: HostConfig): void {
  for (const [name, text] of Object.entries(cgroupLimitFiles(host))) put(fs, `/fs/cgroup/${name}`, text);
}
