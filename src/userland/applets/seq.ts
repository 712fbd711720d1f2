// seq(1): FIRST [INCREMENT] LAST, with -s separator, -w equal width, -f format.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { quote } from './lib/quote';
import { formatPrintf } from './lib/printf-format';

function decimals(s: string): number {
  const m = /\.(\d+)/.exec(s);
  return m && !/e/i.test(s) ? m[1].length : 0;
}

export const seq: Applet = async (t) => {
  // Negative numbers are operands, not options.
  const args = t.args;
  const split = args.findIndex((a) => /^-\d/.test(a) || !a.startsWith('-'));
  const optArgs = split < 0 ? args : args.slice(0, split);
  const rest = split < 0 ? [] : args.slice(split);
  const p = getopt(t, optArgs, {
    short: 's:wf:',
    long: [
      { name: 'separator', key: 's', arg: 'required' },
      { name: 'equal-width', key: 'w' },
      { name: 'format', key: 'f', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const ops = [...p.operands, ...rest];
  if (ops.length === 0 || ops.length > 3) {
    if (ops.length === 0) t.error('missing operand');
    else t.error(`extra operand ${quote(ops[3])}`);
    if (t.gnu) t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
    return 1;
  }
  for (const o of ops) {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(o)) {
      t.error(t.gnu ? `invalid floating point argument: ${quote(o)}` : `invalid number '${o}'`);
      if (t.gnu) t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
      return 1;
    }
  }
  const [first, incr, lastV] =
    ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
  const a = Number(first);
  const step = Number(incr);
  const b = Number(lastV);
  if (step === 0) {
    t.error(`invalid Zero increment value: ${quote(incr)}`);
    return 1;
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
