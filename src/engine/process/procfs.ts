// procfs: /proc of a PID namespace, computed from the kernel's process table and clock each time a
// file is read (never a snapshot): /proc/<pid>/{cmdline,comm,status,environ,cgroup}, /proc/self (see
// self-view.ts), /proc/uptime, /proc/loadavg, /proc/meminfo, /proc/mounts. Read-only, as mounted.
import { FsError, type FileSystem, type Stat } from '../fs/types';
import type { Kernel } from './kernel';
import type { Namespace } from './namespace';
import type { KProcess } from './process';

/** What a mounted /proc shows besides processes (the container layer provides it at each start). */
export interface ProcSource {
  kernel: Kernel;
  ns: Namespace;
  /** /proc/mounts. */
  mounts(): string;
  /** /proc/meminfo. */
  meminfo(): string;
}

type Node =
  | { type: 'dir'; entries: () => string[]; mode: number; uid: number; gid: number; since: number }
  | { type: 'file'; text: () => string; mode: number; uid: number; gid: number; since: number }
  | { type: 'symlink'; target: string; since: number };

const STATE_NAMES: Record<KProcess['state'], string> = {
  R: 'running',
  S: 'sleeping',
  T: 'stopped',
  Z: 'zombie',
};
const PID_FILES = ['cgroup', 'cmdline', 'comm', 'environ', 'status'];
const TOP_FILES = ['loadavg', 'meminfo', 'mounts', 'uptime'];
/** Processors of the simulated machine (idle time in /proc/uptime counts each). */
const CPUS = 2;

function nul(items: readonly string[]): string {
  return items.map((a) => `${a}\0`).join('');
}

function kb(bytes: number): string {
  return `${String(Math.ceil(bytes / 1024)).padStart(8)} kB`;
}

/** /proc/<pid>/status as Linux 6.1 prints its first fields. */
function status(p: KProcess, pid: number, ppid: number, nested: boolean): string {
  const nsPids = nested ? `${p.hostPid}\t${pid}` : String(pid);
  const name = (p.argv[0] ?? '').split('/').pop()!.slice(0, 15);
  const state = p.alive ? (p.frozen ? 'T' : p.state) : 'Z';
  const rss = 1_536 * 1024 + p.memory;
  return [
    `Name:\t${name}`,
    'Umask:\t0022',
    `State:\t${state} (${STATE_NAMES[state]})`,
    `Tgid:\t${pid}`,
    'Ngid:\t0',
    `Pid:\t${pid}`,
    `PPid:\t${ppid}`,
    'TracerPid:\t0',
    `Uid:\t${p.uid}\t${p.uid}\t${p.uid}\t${p.uid}`,
    `Gid:\t${p.gid}\t${p.gid}\t${p.gid}\t${p.gid}`,
    'FDSize:\t64',
    'Groups:\t ',
    `NStgid:\t${nsPids}`,
    `NSpid:\t${nsPids}`,
    `VmPeak:\t${kb(rss + 2_048 * 1024)}`,
    `VmSize:\t${kb(rss + 2_048 * 1024)}`,
    `VmHWM:\t${kb(rss)}`,
    `VmRSS:\t${kb(rss)}`,
    'Threads:\t1',
    '',
  ].join('\n');
}

export class ProcFs implements FileSystem {
  private source: ProcSource | null = null;

  /** Shows the processes of a (new) namespace; null empties /proc (a stopped container). */
  attach(source: ProcSource | null): void {
    this.source = source;
  }

  private entries(): { pid: number; ppid: number; proc: KProcess }[] {
    return this.source ? this.source.kernel.procEntries(this.source.ns) : [];
  }

  private node(path: string): Node | null {
    const parts = path.split('/').filter(Boolean);
    const src = this.source;
    const boot = src?.kernel.bootTime ?? 0;
    const root = (entries: () => string[]): Node => ({
      type: 'dir',
      entries,
      mode: 0o555,
      uid: 0,
      gid: 0,
      since: boot,
    });
    if (parts.length === 0) {
      return root(() => [
        ...this.entries().map((e) => String(e.pid)),
        ...(src ? ['self', ...TOP_FILES] : []),
      ]);
    }
    if (!src) return null;
    const top = (text: () => string): Node => ({
      type: 'file',
      text,
      mode: 0o444,
      uid: 0,
      gid: 0,
      since: boot,
    });
    if (parts.length === 1) {
      switch (parts[0]) {
        case 'self': {
          // A reader that is no process (the daemon, docker cp) sees init's; processes get their own
          // through self-view.ts.
          const init = this.entries()[0];
          return init ? { type: 'symlink', target: String(init.pid), since: boot } : null;
        }
        case 'uptime': {
          return top(() => {
            const up = Math.max(0, (src.kernel.clock.now() - boot) / 1000);
            return `${up.toFixed(2)} ${(up * CPUS * 0.97).toFixed(2)}\n`;
          });
        }
        case 'loadavg':
          return top(() => {
            const all = src.kernel.procEntries(null);
            const running = all.filter((e) => e.proc.alive && e.proc.state === 'R' && !e.proc.frozen).length;
            const load = Math.min(running, CPUS) / 100;
            return `${load.toFixed(2)} ${load.toFixed(2)} ${load.toFixed(2)} ${running}/${all.length} ${src.kernel.lastHostPid}\n`;
          });
        case 'meminfo':
          return top(() => src.meminfo());
        case 'mounts':
          return top(() => src.mounts());
      }
    }
    const entry = /^\d+$/.test(parts[0]) ? this.entries().find((e) => e.pid === Number(parts[0])) : undefined;
    if (!entry) return null;
    const p = entry.proc;
    if (parts.length === 1)
      return {
        type: 'dir',
        entries: () => PID_FILES,
        mode: 0o555,
        uid: p.uid,
        gid: p.gid,
        since: p.startedAt,
      };
    if (parts.length > 2) return null;
    const file = (text: () => string, mode = 0o444): Node => ({
      type: 'file',
      text,
      mode,
      uid: p.uid,
      gid: p.gid,
      since: p.startedAt,
    });
    switch (parts[1]) {
      case 'cmdline':
        return file(() => (p.alive ? nul(p.argv) : ''));
      case 'comm':
        return file(() => `${(p.argv[0] ?? '').split('/').pop()!.slice(0, 15)}\n`, 0o644);
      case 'environ':
        return file(() => nul(Object.entries(p.env).map(([k, v]) => `${k}=${v}`)), 0o400);
      case 'cgroup':
        return file(() => '0::/\n');
      case 'status':
        return file(() => status(p, entry.pid, entry.ppid, !src.ns.isRoot));
    }
    return null;
  }

  private get(path: string, syscall: string): Node {
    const n = this.node(path);
    if (!n) throw new FsError('ENOENT', path, syscall);
    return n;
  }

  lstat(path: string): Stat {
    const n = this.get(path, 'lstat');
    const base = { mtimeMs: n.since, ctimeMs: n.since, atimeMs: n.since, ino: 1 + path.length, nlink: 1 };
    if (n.type === 'symlink') return { ...base, type: 'symlink', mode: 0o777, uid: 0, gid: 0, size: 0 };
    // procfs reports a size of 0 for its files, as Linux does.
    return {
      ...base,
      type: n.type,
      mode: n.mode,
      uid: n.uid,
      gid: n.gid,
      size: 0,
      nlink: n.type === 'dir' ? 2 : 1,
    };
  }

  stat(path: string): Stat {
    return this.lstat(path);
  }

  exists(path: string): boolean {
    return this.node(path) !== null;
  }

  readText(path: string): string {
    const n = this.get(path, 'open');
    if (n.type === 'dir') throw new FsError('EISDIR', path, 'read');
    if (n.type === 'symlink') throw new FsError('ENOENT', path, 'open');
    return n.text();
  }

  readFile(path: string): Uint8Array {
    return new TextEncoder().encode(this.readText(path));
  }

  readdir(path: string): string[] {
    const n = this.get(path, 'scandir');
    if (n.type !== 'dir') throw new FsError('ENOTDIR', path, 'scandir');
    const names = n.entries();
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  readlink(path: string): string {
    const n = this.get(path, 'readlink');
    if (n.type !== 'symlink') throw new FsError('EINVAL', path, 'readlink');
    return n.target;
  }

  realpath(path: string): string {
    this.get(path, 'realpath');
    return path;
  }

  private readOnly(path: string, syscall: string): never {
    throw new FsError('EROFS', path, syscall);
  }

  writeFile(path: string): void {
    this.readOnly(path, 'open');
  }
  mkdir(path: string): void {
    this.readOnly(path, 'mkdir');
  }
  unlink(path: string): void {
    this.readOnly(path, 'unlink');
  }
  rmdir(path: string): void {
    this.readOnly(path, 'rmdir');
  }
  rename(from: string): void {
    this.readOnly(from, 'rename');
  }
  symlink(_target: string, path: string): void {
    this.readOnly(path, 'symlink');
  }
  link(_existing: string, newPath: string): void {
    this.readOnly(newPath, 'link');
  }
  chmod(path: string): void {
    this.readOnly(path, 'chmod');
  }
  chown(path: string): void {
    this.readOnly(path, 'chown');
  }
  utimes(path: string): void {
    this.readOnly(path, 'utimes');
  }
}
