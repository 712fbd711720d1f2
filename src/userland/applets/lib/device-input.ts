// Reading a character device operand (/dev/zero, /dev/urandom…) as read(2) calls do: chunk after
// chunk for as long as the reader wants, so `head -c 1M /dev/zero` ends and `cat /dev/zero | head`
// ends by SIGPIPE (or ^C) instead of reading forever.

import type { CharDevice } from '../../../engine/fs/devices';
import { deviceInput } from '../../../engine/fs/devices-stream';
import type { ProcessContext } from '../../../engine/process/types';

/** The device's content as stream chunks, each read once the output has drained (back-pressure). */
export function deviceChunks(ctx: ProcessContext, d: CharDevice): AsyncIterable<string> {
  const input = deviceInput(ctx, d);
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        yield (await input.read())!;
        await ctx.stdout.drain();
      }
    },
  };
}
