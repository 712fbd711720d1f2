// cut(1): -f fields with -d delimiter (-s only delimited lines), -c characters, -b bytes; LIST is N,N-M,-M,N-.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { readInput } from './lib/input';
import { quotef } from './lib/quote';
import { usage } from './lib/usage';

type Range = [number, number];

function parseList(list: string): Range[] | null {
  const out: Range[] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') || (!m[2] && m[3])) return null;
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (a === 0 || b < a) return null;
    out.push([a, b]);
  }
  return out;
}

const inRanges = (n: number, ranges: Range[]): boolean => ranges.some(([a, b]) => n >= a && n <= b);

export const cut: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'b:c:d:f:sn',
    long: [
      { name: 'bytes', key: 'b', arg: 'required' },
      { name: 'characters', key: 'c', arg: 'required' },
      { name: 'delimiter', key: 'd', arg: 'required' },
      { name: 'fields', key: 'f', arg: 'required' },
      { name: 'only-delimited', key: 's' },
      { name: 'output-delimiter', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const mode = p.opts.filter(([k]) => 'bcf'.includes(k)).pop()?.[0];
  if (!mode) {
    if (t.gnu) return usage(t, 'you must specify a list of bytes, characters, or fields');
    t.error('expected a list of bytes, characters, or fields');
    return 1;
  }
  const list = last(p, mode)!;
  const ranges = parseList(list);
  if (!ranges) {
    t.error(
      t.gnu
        ? /^[\d,-]*$/.test(list)
          ? 'invalid byte or character range'
          : `invalid field value ${quotef(list)}`
        : `invalid list '${list}'`,
    );
    if (t.gnu) t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
    return 1;
  }
  const delim = last(p, 'd') ?? '\t';
  if ([...delim].length !== 1) {
    if (t.gnu) return usage(t, 'the delimiter must be a single character');
    t.error('the delimiter must be a single character');
    return 1;
  }
  const outDelim = last(p, 'output-delimiter') ?? delim;
  let status = 0;
  for (const f of p.operands.length ? p.operands : ['-']) {
    const text = await readInput(t, f, (a, e) => `${t.gnu ? quotef(a) : a}: ${e.text}`);
    if (text === null) {
      status = 1;
      continue;
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let out = '';
    for (const line of lines) {
      if (mode === 'f') {
        if (!line.includes(delim)) {
          if (!has(p, 's')) out += line + '\n';
          continue;
        }
        out +=
          line
            .split(delim)
            .filter((_, i) => inRanges(i + 1, ranges))
            .join(outDelim) + '\n';
      } else {
        const units =
          mode === 'c' ? [...line] : [...new TextEncoder().encode(line)].map((b) => String.fromCharCode(b));
        const picked = units.filter((_, i) => inRanges(i + 1, ranges)).join('');
        out +=
          (mode === 'b'
            ? new TextDecoder().decode(Uint8Array.from(picked, (c) => c.charCodeAt(0)))
            : picked) + '\n';
      }
    }
    t.out(out);
  }
  return status;
};
