// cut(1): -f fields with -d delimiter (-s only delimited lines), -c characters, -b bytes; LIST is N,N-M,-M,N-.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { linesOf, openInput } from './lib/input';
import { quotef } from './lib/quote';
import { usage } from './lib/usage';

type Range = [number, number];

/** The ranges of a LIST, or the reason it is invalid. BusyBox reads a 0 as "the whole line". */
function parseList(list: string, gnu: boolean): Range[] | 'zero' | 'invalid' {
  const out: Range[] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') || (!m[2] && m[3])) return 'invalid';
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (a === 0 || b === 0) {
      if (gnu) return 'zero';
      out.push([1, Infinity]);
      continue;
    }
    if (b < a) return 'invalid';
    out.push([a, b]);
  }
  return out;
}

const inRanges = (n: number, ranges: Range[]): boolean => ranges.some(([a, b]) => n >= a && n <= b);

export const cut: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: t.gnu ? 'b:c:d:f:sn' : 'b:c:d:f:snO:',
    long: t.gnu
      ? [
          { name: 'bytes', key: 'b', arg: 'required' },
          { name: 'characters', key: 'c', arg: 'required' },
          { name: 'delimiter', key: 'd', arg: 'required' },
          { name: 'fields', key: 'f', arg: 'required' },
          { name: 'only-delimited', key: 's' },
          { name: 'output-delimiter', key: 'O', arg: 'required' },
        ]
      : [],
  });
  if (!p) return 1;
  const mode = p.opts.filter(([k]) => 'bcf'.includes(k)).pop()?.[0];
  if (!mode) {
    if (t.gnu) return usage(t, 'you must specify a list of bytes, characters, or fields');
    t.error('expected a list of bytes, characters, or fields');
    return 1;
  }
  const list = last(p, mode)!;
  const ranges = parseList(list, t.gnu);
  if (ranges === 'zero')
    return usage(
      t,
      mode === 'f' ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1',
    );
  if (ranges === 'invalid') {
    if (!t.gnu) {
      t.error(`invalid list '${list}'`);
      return 1;
    }
    return usage(
      t,
      /^[\d,-]*$/.test(list) ? 'invalid byte or character range' : `invalid field value ${quotef(list)}`,
    );
  }
  // BusyBox splits on the first character of a longer delimiter.
  const delim = t.gnu ? (last(p, 'd') ?? '\t') : ([...(last(p, 'd') ?? '\t')][0] ?? '\t');
  if ([...delim].length !== 1) {
    if (t.gnu) return usage(t, 'the delimiter must be a single character');
    t.error('the delimiter must be a single character');
    return 1;
  }
  const outDelim = last(p, 'O') ?? delim;
  let status = 0;
  for (const f of p.operands.length ? p.operands : ['-']) {
    const input = await openInput(t, f, (a, e) => `${t.gnu ? quotef(a) : a}: ${e.text}`);
    if (input === null) {
      status = 1;
      continue;
    }
    for await (const raw of linesOf(input)) {
      const line = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      if (mode === 'f') {
        if (!line.includes(delim)) {
          if (!has(p, 's')) t.out(line + '\n');
          continue;
        }
        t.out(
          line
            .split(delim)
            .filter((_, i) => inRanges(i + 1, ranges))
            .join(outDelim) + '\n',
        );
      } else {
        const units =
          mode === 'c' ? [...line] : [...new TextEncoder().encode(line)].map((b) => String.fromCharCode(b));
        const picked = units.filter((_, i) => inRanges(i + 1, ranges)).join('');
        t.out(
          (mode === 'b'
            ? new TextDecoder().decode(Uint8Array.from(picked, (c) => c.charCodeAt(0)))
            : picked) + '\n',
        );
      }
    }
  }
  return status;
};
