// uniq(1): adjacent duplicate lines; -c count, -d only duplicated, -u only unique, -i, -f N, -s N.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { readInput } from './lib/input';
import { errText } from './lib/tool';
import { quotef } from './lib/quote';

export const uniq: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'cduif:s:w:',
    long: [
      { name: 'count', key: 'c' },
      { name: 'repeated', key: 'd' },
      { name: 'unique', key: 'u' },
      { name: 'ignore-case', key: 'i' },
      { name: 'skip-fields', key: 'f', arg: 'required' },
      { name: 'skip-chars', key: 's', arg: 'required' },
      { name: 'check-chars', key: 'w', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const [input = '-', output] = p.operands;
  const text = await readInput(t, input, (a, e) =>
    t.gnu ? `${quotef(a)}: ${e.text}` : `can't open '${a}': ${e.text}`,
  );
  if (text === null) return 1;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const skipFields = Number(last(p, 'f') ?? 0);
  const skipChars = Number(last(p, 's') ?? 0);
  const width = last(p, 'w');
  const key = (l: string): string => {
    let s = l;
    for (let i = 0; i < skipFields; i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
    s = s.slice(skipChars);
    if (width !== undefined) s = s.slice(0, Number(width));
    return has(p, 'i') ? s.toLowerCase() : s;
  };
  let out = '';
  for (let i = 0; i < lines.length;) {
    let j = i + 1;
    while (j < lines.length && key(lines[j]) === key(lines[i])) j++;
    const n = j - i;
    const show = has(p, 'd') ? n > 1 : has(p, 'u') ? n === 1 : true;
    if (show) out += (has(p, 'c') ? `${String(n).padStart(7)} ` : '') + lines[i] + '\n';
    i = j;
  }
  if (output !== undefined) {
    try {
      t.ctx.fs.writeFile(t.path(output), out);
    } catch (e) {
      t.error(`${output}: ${errText(e)}`);
      return 1;
    }
  } else t.out(out);
  return 0;
};
