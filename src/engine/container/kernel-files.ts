// What a container sees of the kernel under /proc and /sys (cgroup v2, private cgroup namespace, as a
// current Docker on a cgroup v2 host): PID 1's command line, its cgroup, and the cgroup's limits.
// Rewritten at each start and update; both trees are mounted read-only.
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

/** /proc of a container whose PID 1 runs `argv`. */
export function procFiles(fs: MemFs, argv: readonly string[]): void {
  put(fs, '/1/cmdline', argv.map((a) => `${a}\0`).join(''));
  put(fs, '/1/cgroup', '0::/\n');
  put(fs, '/self/cgroup', '0::/\n');
}

/** /sys with the container's cgroup v2 directory. */
export function sysFiles(fs: MemFs, host: HostConfig): void {
  for (const [name, text] of Object.entries(cgroupLimitFiles(host))) put(fs, `/fs/cgroup/${name}`, text);
}
