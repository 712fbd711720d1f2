// basename(1) and dirname(1).

import type { Applet } from './lib/applet';
import { basename as base, dirname as dir } from '../../engine/fs/path';
import { getopt, has, last } from './lib/getopt';
import { usage } from './lib/usage';
import { quote } from './lib/quote';

function missing(t: Parameters<Applet>[0]): number {
  return usage(t, 'missing operand');
}

export const basename: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'as:z',
    long: [
      { name: 'multiple', key: 'a' },
      { name: 'suffix', key: 's', arg: 'required' },
      { name: 'zero', key: 'z' },
    ],
  });
  if (!p) return 1;
  if (p.operands.length === 0) return missing(t);
  const suffixOpt = last(p, 's');
  const multiple = has(p, 'a') || suffixOpt !== undefined;
  if (!multiple && p.operands.length > 2) return usage(t, `extra operand ${quote(p.operands[2])}`);
  const names = multiple ? p.operands : [p.operands[0]];
  const suffix = multiple ? (suffixOpt ?? '') : (p.operands[1] ?? '');
  const end = has(p, 'z') ? '\0' : '\n';
  for (const n of names) {
    let b = base(n);
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
    t.out(b + end);
  }
  return 0;
};

export const dirname: Applet = async (t) => {
  const p = getopt(t, t.args, { short: 'z', long: [{ name: 'zero', key: 'z' }] });
  if (!p) return 1;
  if (p.operands.length === 0 || (!t.gnu && p.operands.length > 1)) return missing(t);
  for (const n of p.operands) t.out(dir(n) + (has(p, 'z') ? '\0' : '\n'));
  return 0;
};
