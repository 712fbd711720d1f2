// yes(1): repeat a line until nobody reads (the write raises SIGPIPE) or the process is killed.

import type { Applet } from './lib/applet';

export const yes: Applet = async (t) => {
  const line = (t.args.length ? t.args.join(' ') : 'y') + '\n';
  const batch = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
  for (;;) {
    t.out(batch);
    await t.ctx.stdout.drain();
  }
};
