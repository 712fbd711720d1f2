// sort(1): -n -r -u -k POS1[,POS2] -t SEP -f -b -o FILE; byte-order comparison (C.UTF-8 locale),
// last-resort whole-line comparison as GNU does.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { readInput } from './lib/input';
import { quote } from './lib/quote';
import { errText } from './lib/tool';

interface Key {
  startField: number;
  startChar: number;
  endField: number;
  endChar: number;
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
  blanks: boolean;
}

function parseKey(
  spec: string,
  global: Omit<Key, 'startField' | 'startChar' | 'endField' | 'endChar'>,
): Key | null {
  const m = /^(\d+)(?:\.(\d+))?([bdfgMnrh]*)(?:,(\d+)(?:\.(\d+))?([bdfgMnrh]*))?$/.exec(spec);
  if (!m || Number(m[1]) === 0) return null;
  const opts = (m[3] ?? '') + (m[6] ?? '');
  const own = opts.length > 0;
  return {
    startField: Number(m[1]),
    startChar: m[2] ? Number(m[2]) : 1,
    endField: m[4] ? Number(m[4]) : Infinity,
    endChar: m[5] ? Number(m[5]) : 0,
    numeric: own ? /[ngh]/.test(opts) : global.numeric,
    reverse: own ? opts.includes('r') : global.reverse,
    fold: own ? opts.includes('f') : global.fold,
    blanks: own ? opts.includes('b') : global.blanks,
  };
}

function fields(line: string, sep: string | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (sep !== undefined) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === sep) {
        out.push([start, i]);
        start = i + 1;
      }
    }
    return out;
  }
  // Default: a field is leading blanks plus non-blanks.
  let i = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && /[ \t]/.test(line[i])) i++;
    while (i < line.length && !/[ \t]/.test(line[i])) i++;
    out.push([start, i]);
  }
  return out;
}

function extract(line: string, k: Key, sep: string | undefined): string {
  const f = fields(line, sep);
  if (k.startField > f.length) return '';
  let start = f[k.startField - 1][0];
  if (k.blanks) while (start < line.length && /[ \t]/.test(line[start])) start++;
  start += k.startChar - 1;
  let end: number;
  if (k.endField === Infinity || k.endField > f.length) end = line.length;
  else end = k.endChar ? f[k.endField - 1][0] + k.endChar : f[k.endField - 1][1];
  return line.slice(start, Math.max(start, end));
}

function numericValue(s: string): number {
  const m = /^\s*(-?\d*\.?\d+|-?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const sort: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'nrufbk:t:o:scghMV',
    long: [
      { name: 'numeric-sort', key: 'n' },
      { name: 'reverse', key: 'r' },
      { name: 'unique', key: 'u' },
      { name: 'ignore-case', key: 'f' },
      { name: 'ignore-leading-blanks', key: 'b' },
      { name: 'key', key: 'k', arg: 'required' },
      { name: 'field-separator', key: 't', arg: 'required' },
      { name: 'output', key: 'o', arg: 'required' },
      { name: 'stable', key: 's' },
      { name: 'check', key: 'c' },
      { name: 'general-numeric-sort', key: 'g' },
      { name: 'human-numeric-sort', key: 'h' },
    ],
  });
  if (!p) return 2;
  const global = {
    numeric: has(p, 'n') || has(p, 'g') || has(p, 'h'),
    reverse: has(p, 'r'),
    fold: has(p, 'f'),
    blanks: has(p, 'b'),
  };
  const sep = last(p, 't');
  const keys: Key[] = [];
  for (const [k, v] of p.opts) {
    if (k !== 'k') continue;
    const key = parseKey(v!, global);
    if (!key) {
      if (!t.gnu) t.error('bad field specification');
      else if (/^0(\D|$)/.test(v!)) t.error(`field number is zero: invalid field specification ${quote(v!)}`);
      else t.error(`invalid number at field start: invalid count at start of ${quote(v!)}`);
      return 2;
    }
    keys.push(key);
  }
  const lines: string[] = [];
  for (const f of p.operands.length ? p.operands : ['-']) {
    const text = await readInput(t, f, (a, e) =>
      t.gnu
        ? e.code === 'EISDIR'
          ? `read failed: ${a}: ${e.text}`
          : `cannot read: ${a}: ${e.text}`
        : e.code === 'EISDIR'
          ? null
          : `${a}: ${e.text}`,
    );
    if (text === null) {
      t.ctx.exit(2);
    }
    const ls = text!.split('\n');
    if (ls[ls.length - 1] === '') ls.pop();
    lines.push(...ls);
  }
  const cmpBy = (
    a: string,
    b: string,
    k: Omit<Key, 'startField' | 'startChar' | 'endField' | 'endChar'>,
  ): number => {
    let r: number;
    if (k.numeric) r = numericValue(a) - numericValue(b);
    else if (k.fold) r = bytewise(a.toUpperCase(), b.toUpperCase());
    else r = bytewise(k.blanks ? a.trimStart() : a, k.blanks ? b.trimStart() : b);
    return k.reverse ? -r : r;
  };
  const compareKeys = (a: string, b: string): number => {
    for (const k of keys) {
      const r = cmpBy(extract(a, k, sep), extract(b, k, sep), k);
      if (r) return r;
    }
    if (!keys.length) {
      const r = cmpBy(a, b, global);
      if (r) return r;
    }
    return 0;
  };
  const compare = (a: string, b: string): number => {
    const r = compareKeys(a, b);
    if (r || has(p, 'u') || has(p, 's')) return r;
    const last = bytewise(a, b);
    return global.reverse ? -last : last;
  };
  if (has(p, 'c')) {
    for (let i = 1; i < lines.length; i++) {
      if (compare(lines[i - 1], lines[i]) > 0) {
        if (t.gnu) t.error(`${p.operands[0] ?? '-'}:${i + 1}: disorder: ${lines[i]}`);
        else t.ctx.stderr.write(`Check line ${i}\n`);
        return 1;
      }
    }
    return 0;
  }
  const sorted = lines.slice().sort(compare);
  const out = has(p, 'u') ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1], l) !== 0) : sorted;
  const text = out.map((l) => l + '\n').join('');
  const dest = last(p, 'o');
  if (dest !== undefined) {
    try {
      t.ctx.fs.writeFile(t.path(dest), text);
    } catch (e) {
      t.error(`open failed: ${dest}: ${errText(e)}`);
      return 2;
    }
  } else t.out(text);
  return 0;
};
