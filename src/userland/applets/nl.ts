// nl(1): number lines (-b a|t|n body style, -w width, -s separator, -v start, -i increment).

import type { Applet } from './lib/applet';
import { getopt, last } from './lib/getopt';
import { readInput } from './lib/input';

export const nl: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'b:w:s:v:i:n:',
    long: [
      { name: 'body-numbering', key: 'b', arg: 'required' },
      { name: 'number-width', key: 'w', arg: 'required' },
      { name: 'number-separator', key: 's', arg: 'required' },
      { name: 'starting-line-number', key: 'v', arg: 'required' },
      { name: 'line-increment', key: 'i', arg: 'required' },
      { name: 'number-format', key: 'n', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const style = last(p, 'b') ?? 't';
  const width = Number(last(p, 'w') ?? 6);
  const sep = last(p, 's') ?? '\t';
  const incr = Number(last(p, 'i') ?? 1);
  const format = last(p, 'n') ?? 'rn';
  let n = Number(last(p, 'v') ?? 1);
  let status = 0;
  const fmt = (k: number): string =>
    format === 'ln'
      ? String(k).padEnd(width)
      : format === 'rz'
        ? String(k).padStart(width, '0')
        : String(k).padStart(width);
  for (const f of p.operands.length ? p.operands : ['-']) {
    const text = await readInput(t, f, (a, e) => (!t.gnu && e.code === 'EISDIR' ? null : `${a}: ${e.text}`));
    if (text === null) {
      status = 1;
      continue;
    }
    const parts = text.split('\n');
    const out = parts.map((line, i) => {
      if (i === parts.length - 1 && line === '') return '';
      const numbered = style === 'a' || (style === 't' && line.trim() !== '');
      if (!numbered) return ' '.repeat(width + sep.length) + line;
      const s = fmt(n) + sep + line;
      n += incr;
      return s;
    });
    t.out(out.join('\n'));
  }
  return status;
};
