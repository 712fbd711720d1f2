// sleep(1): NUMBER[smhd]..., summed; sleeps on the process's clock.

import type { Applet } from './lib/applet';
import { quote } from './lib/quote';
import { BUSYBOX_BANNER } from './lib/flavour';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Applet = async (t) => {
  const args = t.args.filter((a) => a !== '--');
  if (args.length === 0) {
    if (t.gnu) {
      t.error('missing operand');
      t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
    } else
      t.ctx.stderr.write(
        `${BUSYBOX_BANNER}\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n`,
      );
    return 1;
  }
  let seconds = 0;
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
    if (!m) {
      if (t.gnu) {
        t.error(`invalid time interval ${quote(a)}`);
        t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
      } else t.error(`invalid number '${a}'`);
      return 1;
    }
    seconds += Number(m[1]) * UNIT[m[2]];
  }
  await t.ctx.sleep(Math.round(seconds * 1000));
  return 0;
};
