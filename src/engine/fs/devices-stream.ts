// An endless character device opened for reading, as a process's input stream: each read(2) gives
// one buffer, after a zero sleep that lets the rest of the world run (the terminal's ^C, the pipe's
// reader), so `cat /dev/zero` can be interrupted and `< /dev/urandom` never ends on its own.

import { bytesToLatin1 } from '../network/latin1';
import type { InputStream, ProcessContext } from '../process/types';
import { SeededRandom } from '../world/random';
import type { Random } from '../world/types';
import { deviceByRdev, readDevice, type CharDevice } from './devices';
import type { FileSystem } from './types';

/** What one read(2) of a device returns here (cat's and head's buffer size). */
export const DEVICE_CHUNK = 65536;

/** The endless device (zero, full, random, urandom) at an absolute path, or undefined; stat's FsError propagates. */
export function endlessDeviceAt(fs: FileSystem, path: string): CharDevice | undefined {
  const st = fs.stat(path);
  if (st.type !== 'chardev') return undefined;
  const d = deviceByRdev(st.rdev);
  return d?.endless ? d : undefined;
}

/** The kernel's entropy: the world's Random, or one seeded from the process (clock and PID) without it. */
export function entropyOf(ctx: Pick<ProcessContext, 'random' | 'clock' | 'pid'>): Random {
  return ctx.random ?? new SeededRandom(`${ctx.clock.now()}:${ctx.pid}`);
}

/** The device as an input stream (latin1 chunks, one byte per char), for `< /dev/zero` and file operands. */
export function deviceInput(ctx: ProcessContext, d: CharDevice): InputStream {
  const random = entropyOf(ctx);
  return {
    isTTY: false,
    async read() {
      await ctx.sleep(0);
      return bytesToLatin1(readDevice(d, DEVICE_CHUNK, random));
    },
  };
}
