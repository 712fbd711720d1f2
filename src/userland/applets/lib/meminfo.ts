// /proc/meminfo as numbers (KiB), for free and top; what a 2 GiB machine reports when it is absent.
import type { FileSystem } from '../../../engine/fs/types';
import { FsError } from '../../../engine/fs/types';

const DEFAULT_MEMINFO: Readonly<Record<string, number>> = {
  MemTotal: 2_097_152,
  MemFree: 1_572_864,
  MemAvailable: 1_835_008,
  Buffers: 16_384,
  Cached: 262_144,
  Shmem: 8_192,
  SwapTotal: 0,
  SwapFree: 0,
  SReclaimable: 32_768,
};

export function readMeminfo(fs: FileSystem): Record<string, number> {
  const info: Record<string, number> = { ...DEFAULT_MEMINFO };
  try {
    for (const line of fs.readText('/proc/meminfo').split('\n')) {
      const m = /^(\w+):\s+(\d+)/.exec(line);
      if (m) info[m[1]] = Number(m[2]);
    }
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  return info;
}
