// Reading a character device operand (/dev/zero, /dev/urandom…) as read(2) calls do: chunk after
// chunk for as long as the reader wants, so `head -c 1M /dev/zero` ends and `cat /dev/zero | head`
// ends by SIGPIPE (or ^C) instead of reading forever. Bytes travel latin1 on the string streams.

import { deviceByRdev, readDevice, type CharDevice } from '../../../engine/fs/devices';
import { bytesToLatin1 } from '../../../engine/network/latin1';
import type { ProcessContext } from '../../../engine/process/types';
import { SeededRandom } from '../../../engine/world/random';
import type { Random } from '../../../engine/world/types';

/** What one read(2) of a device returns here (cat's and head's buffer size). */
export const DEVICE_CHUNK = 65536;

/** The endless device at an absolute path, or undefined for anything else (files, /dev/null, /dev/tty). */
export function endlessDeviceAt(ctx: ProcessContext, path: string): CharDevice | undefined {
  const st = ctx.fs.stat(path);
  if (st.type !== 'chardev') return undefined;
  const d = deviceByRdev(st.rdev);
  return d?.endless ? d : undefined;
}

/** The kernel's entropy: the world's Random, or one seeded from the process (clock and PID) without it. */
function entropyOf(ctx: ProcessContext): Random {
  return ctx.random ?? new SeededRandom(`${ctx.clock.now()}:${ctx.pid}`);
}

/** The device's content as stream chunks, each read after the output has drained and the world has had a turn (signals land there). */
export function deviceChunks(ctx: ProcessContext, d: CharDevice): AsyncIterable<string> {
  const random = entropyOf(ctx);
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        yield bytesToLatin1(readDevice(d, DEVICE_CHUNK, random));
        await ctx.stdout.drain();
        // A zero sleep lets the rest of the world run (the terminal's ^C, timers) between reads.
        await ctx.sleep(0);
      }
    },
  };
}
