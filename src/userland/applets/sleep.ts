// sleep(1): NUMBER[smhd]..., summed; sleeps on the process's clock.

import type { Applet } from './lib/applet';
import { quote } from './lib/quote';
import { usage } from './lib/usage';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Applet = async (t) => {
  const args = t.args.filter((a) => a !== '--');
  if (args.length === 0) return usage(t, 'missing operand');
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
