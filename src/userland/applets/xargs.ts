// xargs(1): build command lines from stdin (default `echo`); -n MAX, -I REPLACE, -0, -d DELIM,
// -r (no run if empty), -t (trace), -L lines.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { runChild } from './lib/spawn';

/** Splits xargs input: blanks and newlines separate; quotes and backslash escape. */
function words(text: string): string[] | string {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return `unmatched ${c === '"' ? 'double' : 'single'} quote`;
      cur += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

export const xargs: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: t.gnu ? 'n:I:0d:rtL:i::' : 'n:I:0rta:s:E:e::pP:',
    long: [
      { name: 'max-args', key: 'n', arg: 'required' },
      { name: 'null', key: '0' },
      { name: 'delimiter', key: 'd', arg: 'required' },
      { name: 'no-run-if-empty', key: 'r' },
      { name: 'verbose', key: 't' },
      { name: 'max-lines', key: 'L', arg: 'required' },
    ],
    stopAtOperand: true,
  });
  if (!p) return 1;
  const command = p.operands.length ? p.operands : ['echo'];
  const text = await t.readStdin();
  const replace = last(p, 'I') ?? (has(p, 'i') ? (last(p, 'i') ?? '{}') : undefined);
  let items: string[];
  if (has(p, '0')) items = text.split('\0').filter((x, i, a) => x !== '' || i < a.length - 1);
  else if (last(p, 'd') !== undefined) {
    const d = last(p, 'd')!.replace('\\n', '\n').replace('\\t', '\t');
    items = text.split(d);
    if (items[items.length - 1] === '' || items[items.length - 1] === '\n') items.pop();
  } else if (replace !== undefined)
    items = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  else {
    const w = words(text);
    if (typeof w === 'string') {
      t.error(t.gnu ? `${w}; by default quotes are special to xargs unless you use the -0 option` : w);
      return 1;
    }
    items = w;
  }
  if (items.length === 0 && (has(p, 'r') || !t.gnu || replace !== undefined)) return 0;
  const groups: string[][] = [];
  const maxArgs = replace !== undefined ? 1 : Number(last(p, 'n') ?? Infinity);
  const maxLines = last(p, 'L');
  if (items.length === 0) groups.push([]);
  if (maxLines !== undefined && replace === undefined) {
    // -L N: the words of N input lines per command.
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    for (let i = 0; i < lines.length; i += Number(maxLines)) {
      const w = words(lines.slice(i, i + Number(maxLines)).join('\n'));
      if (typeof w !== 'string') groups.push(w);
    }
  } else for (let i = 0; i < items.length; i += maxArgs) groups.push(items.slice(i, i + maxArgs));
  let status = 0;
  const nullInput = { isTTY: false, read: async () => null };
  for (const g of groups) {
    const argv = replace !== undefined ? command.map((a) => a.split(replace).join(g[0])) : [...command, ...g];
    if (has(p, 't')) t.ctx.stderr.write(argv.join(' ') + '\n');
    const code = await runChild(t, argv, { stdin: nullInput });
    if (code === 127 || code === 126) return code;
    if (code === 255) {
      t.error(`${argv[0]}: exited with status 255; aborting`);
      return 124;
    }
    if (code >= 128) {
      t.error(`${argv[0]}: terminated by signal ${code - 128}`);
      return 125;
    }
    if (code !== 0) status = 123;
  }
  return status;
};
