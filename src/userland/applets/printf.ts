// printf(1): FORMAT [ARGUMENT]...

import type { Applet } from './lib/applet';
import { formatPrintf } from './lib/printf-format';
import { quote } from './lib/quote';

export const printf: Applet = async (t) => {
  const args = t.args[0] === '--' ? t.args.slice(1) : t.args;
  if (args.length === 0) {
    t.error('missing operand');
    if (t.gnu) t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
    return 1;
  }
  const r = formatPrintf(args[0], args.slice(1));
  t.out(r.text);
  for (const b of r.badNumbers)
    t.error(t.gnu ? `${quote(b)}: expected a numeric value` : `invalid number '${b}'`);
  return r.badNumbers.length ? 1 : 0;
};
