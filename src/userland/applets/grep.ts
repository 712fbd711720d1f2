// grep(1): BRE by default, -E ERE, -F fixed; -i -v -n -c -o -l -L -w -x -q -s -r/-R -h/-H -e PAT.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has } from './lib/getopt';
import { linesOf, openInput, readInput } from './lib/input';
import { compile, RegexError } from './lib/regex';
import { FsError } from '../../engine/fs/types';
import { usage } from './lib/usage';

interface GrepOptions {
  invert: boolean;
  count: boolean;
  number: boolean;
  only: boolean;
  list: boolean;
  listMissing: boolean;
  quiet: boolean;
  names: boolean;
}

export const grep: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'EFGivncolLwxqsrRhHe:f:',
    long: [
      { name: 'extended-regexp', key: 'E' },
      { name: 'fixed-strings', key: 'F' },
      { name: 'ignore-case', key: 'i' },
      { name: 'invert-match', key: 'v' },
      { name: 'line-number', key: 'n' },
      { name: 'count', key: 'c' },
      { name: 'only-matching', key: 'o' },
      { name: 'files-with-matches', key: 'l' },
      { name: 'files-without-match', key: 'L' },
      { name: 'word-regexp', key: 'w' },
      { name: 'line-regexp', key: 'x' },
      { name: 'quiet', key: 'q' },
      { name: 'silent', key: 'q' },
      { name: 'no-messages', key: 's' },
      { name: 'recursive', key: 'r' },
      { name: 'dereference-recursive', key: 'R' },
      { name: 'no-filename', key: 'h' },
      { name: 'with-filename', key: 'H' },
      { name: 'regexp', key: 'e', arg: 'required' },
      { name: 'file', key: 'f', arg: 'required' },
      { name: 'color', arg: 'optional' },
      { name: 'colour', key: 'color', arg: 'optional' },
    ],
  });
  if (!p) return 2;
  const operands = [...p.operands];
  let patterns = p.opts.filter(([k]) => k === 'e').map(([, v]) => v!);
  for (const [k, v] of p.opts) {
    if (k !== 'f') continue;
    const text = await readInput(t, v!, (a, e) => `${a}: ${e.text}`);
    if (text === null) return 2;
    patterns.push(...text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined));
  }
  if (!has(p, 'e') && !has(p, 'f')) {
    if (operands.length === 0) {
      if (!t.gnu) return usage(t, '', 2);
      t.ctx.stderr.write(
        `Usage: ${t.name} [OPTION]... PATTERNS [FILE]...\nTry '${t.name} --help' for more information.\n`,
      );
      return 2;
    }
    patterns = [operands.shift()!];
  }
  patterns = patterns.flatMap((x) => x.split('\n'));
  const extended = has(p, 'E');
  let re: RegExp;
  try {
    const parts = patterns.map((x) =>
      has(p, 'F') ? x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : `(?:${compile(x, extended, '').source})`,
    );
    let src = parts.join('|');
    if (has(p, 'x')) src = `^(?:${src})$`;
    else if (has(p, 'w')) src = `(?<![\\w])(?:${src})(?![\\w])`;
    re = new RegExp(src, has(p, 'i') ? 'gi' : 'g');
  } catch (e) {
    if (!(e instanceof RegexError)) throw e;
    t.error(t.gnu ? e.message : `bad regex '${patterns[0]}'`);
    return 2;
  }
  const recursive = has(p, 'r') || has(p, 'R');
  if (operands.length === 0) operands.push(recursive ? '.' : '-');
  const o: GrepOptions = {
    invert: has(p, 'v'),
    count: has(p, 'c'),
    number: has(p, 'n'),
    only: has(p, 'o'),
    list: has(p, 'l'),
    listMissing: has(p, 'L'),
    quiet: has(p, 'q'),
    names: has(p, 'H') || (!has(p, 'h') && (operands.length > 1 || recursive)),
  };
  if (has(p, 'h')) o.names = false;
  let matched = false;
  let error = false;
  const files: string[] = [];
  for (const op of operands) {
    if (recursive && op !== '-') {
      try {
        collect(t, op, files, true, has(p, 'R'));
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        if (!has(p, 's')) t.error(`${op}: ${e.text}`);
        error = true;
      }
    } else files.push(op);
  }
  for (const f of files) {
    if (has(p, 's') && f !== '-' && !t.ctx.fs.exists(t.path(f))) {
      error = true;
      continue;
    }
    const input = await openInput(t, f, (a, e) =>
      !t.gnu && e.code === 'EISDIR' ? null : has(p, 's') ? null : `${a}: ${e.text}`,
    );
    if (input === null) {
      error = true;
      continue;
    }
    if (!t.gnu && f !== '-' && t.ctx.fs.stat(t.path(f)).type === 'dir') continue;
    const found = await search(t, input, f === '-' ? '(standard input)' : f, re, o);
    matched ||= found;
    if (found && o.quiet) return 0;
  }
  return error && !(o.quiet && matched) ? 2 : matched ? 0 : 1;
};

function collect(t: Tool, shown: string, out: string[], top: boolean, follow: boolean): void {
  const fs = t.ctx.fs;
  const path = t.path(shown);
  const st = top || follow ? fs.stat(path) : fs.lstat(path);
  if (st.type === 'dir') {
    for (const n of fs.readdir(path))
      collect(t, shown.endsWith('/') ? shown + n : `${shown}/${n}`, out, false, follow);
  } else if (st.type === 'file') out.push(shown);
}

/** Matches line by line as input arrives (`tail -f log | grep x` prints as lines come). */
async function search(
  t: Tool,
  input: AsyncIterable<string>,
  name: string,
  re: RegExp,
  o: GrepOptions,
): Promise<boolean> {
  let count = 0;
  let n = 0;
  const prefix = (k: number): string => (o.names ? `${name}:` : '') + (o.number ? `${k}:` : '');
  const summary = o.count || o.list || o.listMissing || o.quiet;
  for await (const raw of linesOf(input)) {
    n++;
    const line = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    re.lastIndex = 0;
    if (re.test(line) === o.invert) continue;
    count++;
    if (o.quiet || (o.list && !o.count)) break;
    if (summary) continue;
    if (o.only && !o.invert) {
      re.lastIndex = 0;
      let out = '';
      for (const m of line.matchAll(re)) if (m[0] !== '') out += prefix(n) + m[0] + '\n';
      t.out(out);
    } else t.out(prefix(n) + line + '\n');
  }
  if (o.quiet) return count > 0;
  if (o.list) {
    if (count > 0) t.out(name + '\n');
  } else if (o.listMissing) {
    if (count === 0) t.out(name + '\n');
  } else if (o.count) t.out((o.names ? `${name}:` : '') + count + '\n');
  return o.listMissing ? count === 0 : count > 0;
}
