// uniq(1): adjacent duplicate lines; -c count, -d only duplicated, -u only unique, -i, -f N, -s N.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { linesOf, openInput } from './lib/input';
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
  const source = await openInput(t, input, (a, e) =>
    t.gnu ? `${quotef(a)}: ${e.text}` : `can't open '${a}': ${e.text}`,
  );
  if (source === null) return 1;
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
  let text = '';
  const emit = (s: string): void => {
    if (output === undefined) t.out(s);
    else text += s;
  };
  // A group is printed as soon as a different line arrives, so `tail -f log | uniq` stays live.
  let current: string | null = null;
  let count = 0;
  const flush = (): void => {
    if (current === null) return;
    const show = has(p, 'd') ? count > 1 : has(p, 'u') ? count === 1 : true;
    if (show) emit((has(p, 'c') ? `${String(count).padStart(7)} ` : '') + current + '\n');
  };
  for await (const raw of linesOf(source)) {
    const line = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (current !== null && key(line) === key(current)) {
      count++;
      continue;
    }
    flush();
    current = line;
    count = 1;
  }
  flush();
  if (output !== undefined) {
    try {
      t.ctx.fs.writeFile(t.path(output), text);
    } catch (e) {
      t.error(`${output}: ${errText(e)}`);
      return 1;
    }
  }
  return 0;
};
