// The host's kernel filesystems: what its processes see is the host's disk (the persisted MemFs) with
// a procfs on /proc and a sysfs on /sys mounted over it, as a booted Debian has them. /proc/mounts is
// read from that mount table, /proc/meminfo from the machine's memory and its processes.
import { meminfoFile } from '../engine/container/kernel-files';
import { MemFs } from '../engine/fs/memfs';
import { MountFs } from '../engine/fs/mounts';
import type { FileSystem } from '../engine/fs/types';
import type { Kernel } from '../engine/process/kernel';
import { ProcFs } from '../engine/process/procfs';
import type { Clock } from '../engine/world/types';
import { HOST_MEMORY, HOST_MEMORY_BASELINE } from '../engine/stats/sampler';

/** The lines a mounted filesystem gives /proc/mounts (a pseudo filesystem brings its companions). */
type MountLines = (readOnly: boolean) => string[];

const ROOT: MountLines = (ro) => [`/dev/vda1 / ext4 ${ro ? 'ro' : 'rw'},relatime,errors=remount-ro 0 0`];
const PROC: MountLines = () => [
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=000 0 0',
];
const SYS: MountLines = () => [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  'cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0',
];

export interface HostKernelFs {
  /** The filesystem the host's processes use: the disk with /sys and /proc mounted. */
  readonly view: MountFs;
  /** Shows the kernel's processes in /proc (once the kernel exists: it is built on `view`). */
  attach(kernel: Kernel): void;
}

/** /proc/mounts of a mount table whose filesystems `kinds` describes, in mount order. */
function hostMountsFile(view: MountFs, kinds: ReadonlyMap<FileSystem, MountLines>): string {
  return view
    .mounts()
    .flatMap((m) => kinds.get(m.fs)?.(m.readOnly) ?? [`/dev/vda1 ${m.path} ext4 rw,relatime 0 0`])
    .map((l) => `${l}\n`)
    .join('');
}

export function mountHostKernelFs(disk: FileSystem, clock: Clock): HostKernelFs {
  const view = new MountFs(disk);
  const sys = new MemFs({ clock });
  sys.chmod('/', 0o555);
  const proc = new ProcFs();
  view.mount('/sys', sys, { readOnly: true });
  view.mount('/proc', proc);
  const kinds = new Map<FileSystem, MountLines>([
    [disk, ROOT],
    [sys, SYS],
    [proc, PROC],
  ]);
  return {
    view,
    attach(kernel) {
      proc.attach({
        kernel,
        ns: kernel.host,
        mounts: () => hostMountsFile(view, kinds),
        meminfo: () => {
          let used = HOST_MEMORY_BASELINE;
          for (const e of kernel.procEntries(null)) if (e.proc.alive) used += e.proc.memory;
          return meminfoFile(HOST_MEMORY, used);
        },
      });
    },
  };
}
