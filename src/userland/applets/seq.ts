// seq(1): FIRST [INCREMENT] LAST, with -s separator, -w equal width, -f format.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { quote } from './lib/quote';
import { usage } from './lib/usage';
import { formatPrintf } from './lib/printf-format';

function decimals(s: string): number {
  const m = /\.(\d+)/.exec(s);
  return m && !/e/i.test(s) ? m[1].length : 0;
}

export const seq: Applet = async (t) => {
  // Negative numbers are operands, not options: only arguments that are not numbers go to getopt.
  const optArgs: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < t.args.length; i++) {
    const a = t.args[i];
    // BusyBox stops options at the first operand, and before it takes a negative number for options.
    if ((t.gnu && /^-[\d.]/.test(a)) || !a.startsWith('-') || a === '-' || (!t.gnu && rest.length > 0))
      rest.push(a);
    else {
      optArgs.push(a);
      if (/^-[wf]*[sf]$/.test(a) || a === '--separator' || a === '--format') optArgs.push(t.args[++i] ?? '');
    }
  }
  const p = getopt(t, optArgs, {
    short: t.gnu ? 's:wf:' : 's:w',
    long: t.gnu
      ? [
          { name: 'separator', key: 's', arg: 'required' },
          { name: 'equal-width', key: 'w' },
          { name: 'format', key: 'f', arg: 'required' },
        ]
      : [],
  });
  if (!p) return 1;
  const ops = [...p.operands, ...rest];
  if (ops.length === 0) return usage(t, 'missing operand');
  if (ops.length > 3) return usage(t, `extra operand ${quote(ops[3])}`);
  for (const o of ops) {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(o)) {
      return usage(t, `invalid floating point argument: ${quote(o)}`);
    }
  }
  const [first, incr, lastV] =
    ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
  const a = Number(first);
  const step = Number(incr);
  const b = Number(lastV);
  if (step === 0) {
    return usage(t, `invalid Zero increment value: ${quote(incr)}`);
  }
  const prec = Math.max(decimals(first), decimals(incr));
  const sep = last(p, 's') ?? '\n';
  const format = last(p, 'f');
  const values: string[] = [];
  for (let i = 0; ; i++) {
    const v = a + i * step;
    if (step > 0 ? v > b + 1e-10 : v < b - 1e-10) break;
    values.push(format ? formatPrintf(format, [String(v)]).text : v.toFixed(prec));
  }
  if (has(p, 'w')) {
    const w = Math.max(...values.map((v) => v.length));
    for (let i = 0; i < values.length; i++) {
      const neg = values[i].startsWith('-');
      const digits = neg ? values[i].slice(1) : values[i];
      values[i] = (neg ? '-' : '') + digits.padStart(w - (neg ? 1 : 0), '0');
    }
  }
  if (values.length) t.out(values.join(sep) + '\n');
  return 0;
};
