// tr(1): translate (SET1 SET2), -d delete, -s squeeze, -c complement; ranges, [:classes:], escapes, [c*n].

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { quote } from './lib/quote';
import { usage } from './lib/usage';

const CLASS: Record<string, (c: string) => boolean> = {
  alpha: (c) => /\p{L}/u.test(c),
  digit: (c) => /[0-9]/.test(c),
  alnum: (c) => /[\p{L}0-9]/u.test(c),
  upper: (c) => /\p{Lu}/u.test(c),
  lower: (c) => /\p{Ll}/u.test(c),
  space: (c) => /[ \t\n\r\f\v]/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
  cntrl: (c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127,
  print: (c) => c >= ' ' && c !== '\x7f',
  graph: (c) => c > ' ' && c !== '\x7f',
};

const ESC: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** Expands a SET into its characters; classes expand over ASCII (upper/lower keep their order). */
export function expandSet(set: string): string[] {
  const chars: string[] = [];
  const src = [...set];
  const unesc = (i: number): [string, number] => {
    if (src[i] !== '\\' || i + 1 >= src.length) return [src[i], i + 1];
    const n = src[i + 1];
    if (/[0-7]/.test(n)) {
      let d = '';
      let j = i + 1;
      while (j < src.length && d.length < 3 && /[0-7]/.test(src[j])) d += src[j++];
      return [String.fromCharCode(parseInt(d, 8)), j];
    }
    return [ESC[n] ?? n, i + 2];
  };
  for (let i = 0; i < src.length;) {
    if (src[i] === '[' && src[i + 1] === ':') {
      const end = set.indexOf(':]', [...src.slice(0, i)].join('').length);
      const name = set.slice([...src.slice(0, i + 2)].join('').length, end);
      if (end > 0 && CLASS[name]) {
        for (let c = 0; c < 128; c++)
          if (CLASS[name](String.fromCharCode(c))) chars.push(String.fromCharCode(c));
        i += name.length + 4;
        continue;
      }
    }
    if (src[i] === '[' && src[i + 2] === '*' && src.indexOf(']', i) > 0) {
      const close = src.indexOf(']', i);
      const count = src.slice(i + 3, close).join('');
      if (/^\d*$/.test(count)) {
        chars.push(...Array(Number(count || 0) || 0).fill(src[i + 1]));
        if (!count) chars.push(`\0repeat:${src[i + 1]}`);
        i = close + 1;
        continue;
      }
    }
    const [c, next] = unesc(i);
    if (src[next] === '-' && next + 1 < src.length) {
      const [d, after] = unesc(next + 1);
      for (let x = c.codePointAt(0)!; x <= d.codePointAt(0)!; x++) chars.push(String.fromCodePoint(x));
      i = after;
      continue;
    }
    chars.push(c);
    i = next;
  }
  return chars;
}

export const tr: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'cCdst',
    long: [
      { name: 'complement', key: 'c' },
      { name: 'delete', key: 'd' },
      { name: 'squeeze-repeats', key: 's' },
      { name: 'truncate-set1', key: 't' },
    ],
  });
  if (!p) return 1;
  const del = has(p, 'd');
  const squeeze = has(p, 's');
  const complement = has(p, 'c') || has(p, 'C');
  const ops = p.operands;
  if (ops.length === 0) return usage(t, 'missing operand');
  if (ops.length === 1 && !del && !squeeze && t.gnu) {
    t.error(`missing operand after ${quote(ops[0])}`);
    t.ctx.stderr.write(
      `Two strings must be given when translating.\nTry '${t.name} --help' for more information.\n`,
    );
    return 1;
  }
  if (ops.length > (del && !squeeze ? 1 : 2))
    return usage(t, `extra operand ${quote(ops[del && !squeeze ? 1 : 2])}`);
  const set1 = expandSet(ops[0]);
  const in1 = (c: string): boolean => set1.includes(c) !== complement;
  let set2 = ops[1] !== undefined ? expandSet(ops[1]) : [];
  const fill = set2.findIndex((c) => c.startsWith('\0repeat:'));
  if (fill >= 0) {
    const ch = set2[fill].slice(8);
    set2 = [
      ...set2.slice(0, fill),
      ...Array(Math.max(0, set1.length - set2.length + 1)).fill(ch),
      ...set2.slice(fill + 1),
    ];
  }
  let prev: string | null = null;
  const squeezeSet = del ? set2 : set2.length ? set2 : set1;
  // Translates chunk by chunk as stdin arrives; a character listed twice in SET1 maps as its last occurrence.
  for (;;) {
    const text = await t.ctx.stdin.read();
    if (text === null) return 0;
    let out = '';
    for (const ch of text) {
      let c: string | null = ch;
      if (del && in1(ch)) c = null;
      else if (!del && set2.length && in1(ch)) {
        const idx = complement ? set2.length - 1 : set1.lastIndexOf(ch);
        c = set2[Math.min(idx, set2.length - 1)] ?? ch;
      }
      if (c === null) continue;
      if (squeeze && c === prev && (squeezeSet === set1 && !set2.length ? in1(c) : squeezeSet.includes(c)))
        continue;
      out += c;
      prev = c;
    }
    t.out(out);
  }
};
