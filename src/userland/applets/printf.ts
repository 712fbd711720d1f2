// printf(1): FORMAT [ARGUMENT]...

import type { Applet } from './lib/applet';
import { formatPrintf } from './lib/printf-format';
import { quote } from './lib/quote';
import { usage } from './lib/usage';

export const printf: Applet = async (t) => {
  const args = t.args[0] === '--' ? t.args.slice(1) : t.args;
  if (args.length === 0) return usage(t, 'missing operand');
  const r = formatPrintf(args[0], args.slice(1), !t.gnu);
  t.out(r.text);
  for (const b of r.badNumbers)
    t.error(t.gnu ? `${quote(b)}: expected a numeric value` : `invalid number '${b}'`);
  return r.badNumbers.length ? 1 : 0;
};
