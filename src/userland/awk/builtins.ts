// awk's built-in functions: string functions (length, substr, index, split, sub, gsub, match,
// sprintf, tolower, toupper), arithmetic (int, sqrt, exp, log, sin, cos, atan2, rand, srand) and
// I/O (system, close, fflush).

import type { Expr } from './ast';
import { awkSprintf } from './format';
import type { Interpreter } from './interpreter';
import { AwkRuntimeError } from './interpreter';
import { splitFields } from './record';
import { strnum, toNum, type Value } from './values';

type Builtin = (it: Interpreter, args: Expr[]) => Promise<Value>;

const num = async (it: Interpreter, e: Expr | undefined): Promise<number> =>
  e ? toNum(await it.eval(e)) : 0;
const str = async (it: Interpreter, e: Expr | undefined): Promise<string> =>
  e ? it.str(await it.eval(e)) : '';
const math =
  (f: (x: number) => number): Builtin =>
  async (it, a) =>
    f(await num(it, a[0]));

/** `&` in a replacement is the match, `\&` a literal ampersand, `\\` a backslash. */
function expand(repl: string, matched: string): string {
  return repl.replace(/\\\\|\\&|&/g, (m) => (m === '&' ? matched : m === '\\&' ? '&' : '\\'));
}

/** sub/gsub: replaces the first (or every) match in the target, stores it back, returns the count. */
async function substitute(it: Interpreter, args: Expr[], global: boolean): Promise<Value> {
  const re = await it.regexOf(args[0]);
  const repl = await str(it, args[1]);
  const target = args[2] ?? ({ k: 'field', index: { k: 'num', v: 0 } } as const);
  if (target.k !== 'var' && target.k !== 'field' && target.k !== 'index')
    throw new AwkRuntimeError(`${global ? 'gsub' : 'sub'} third parameter is not a changeable object`);
  const text = it.str(await it.eval(target));
  const g = new RegExp(re.source, 'g');
  let out = '';
  let pos = 0;
  let count = 0;
  let prevEnd = -1;
  while (pos <= text.length) {
    g.lastIndex = pos;
    const m = g.exec(text);
    if (!m) break;
    // mawk skips an empty match right where the previous match ended; BusyBox replaces it too.
    if (m[0] === '' && m.index === prevEnd && it.t.gnu) {
      if (m.index >= text.length) break;
      out += text.slice(pos, m.index + 1);
      pos = m.index + 1;
      continue;
    }
    out += text.slice(pos, m.index) + expand(repl, m[0]);
    count++;
    prevEnd = pos = m.index + m[0].length;
    if (!global) break;
    if (m[0] === '') {
      if (m.index >= text.length) break;
      out += text[m.index];
      pos = m.index + 1;
    }
  }
  if (count === 0) return 0;
  await it.store(target, out + text.slice(pos));
  return count;
}

const BUILTINS: Record<string, Builtin> = {
  length: async (it, a) => {
    const e = a[0];
    if (!e) return it.record.get(0).length;
    if (e.k === 'var' && it.cell(e.name).arr) return it.array(e.name).size;
    return (await str(it, e)).length;
  },
  substr: async (it, a) => {
    const chars = await str(it, a[0]);
    let start = Math.trunc(await num(it, a[1]));
    let length = a[2] ? Math.trunc(await num(it, a[2])) : Infinity;
    if (start < 1) {
      // mawk lengthens the substring by as much as a negative start is below zero; BusyBox does not.
      if (it.t.gnu && start < 0) length -= start;
      start = 1;
    }
    return length > 0 ? chars.slice(start - 1, start - 1 + length) : '';
  },
  index: async (it, a) => {
    const s = await str(it, a[0]);
    return s.indexOf(await str(it, a[1])) + 1;
  },
  split: async (it, a) => {
    const s = await str(it, a[0]);
    const target = a[1];
    if (!target || target.k !== 'var') throw new AwkRuntimeError('split: second argument is not an array');
    const arr = it.array(target.name);
    let parts: string[];
    if (!a[2]) parts = splitFields(s, it.str(it.scalar('FS')));
    else if (a[2].k === 'regex') parts = s === '' ? [] : s.split(new RegExp(it.regex(a[2].src).source, 'g'));
    else parts = splitFields(s, await str(it, a[2]));
    arr.clear();
    parts.forEach((p, i) => arr.set(String(i + 1), strnum(p)));
    return parts.length;
  },
  sub: (it, a) => substitute(it, a, false),
  gsub: (it, a) => substitute(it, a, true),
  match: async (it, a) => {
    const s = await str(it, a[0]);
    const m = (await it.regexOf(a[1])).exec(s);
    const start = m ? m.index + 1 : 0;
    it.setVar('RSTART', start);
    it.setVar('RLENGTH', m ? m[0].length : -1);
    return start;
  },
  sprintf: async (it, a) => {
    const values: Value[] = [];
    for (const e of a) values.push(await it.eval(e));
    return awkSprintf(it.str(values[0] ?? ''), values.slice(1), it.str(it.scalar('CONVFMT')));
  },
  // Bytes: only ASCII letters change case.
  tolower: async (it, a) => (await str(it, a[0])).replace(/[A-Z]+/g, (m) => m.toLowerCase()),
  toupper: async (it, a) => (await str(it, a[0])).replace(/[a-z]+/g, (m) => m.toUpperCase()),
  int: math(Math.trunc),
  sqrt: math(Math.sqrt),
  exp: math(Math.exp),
  log: math(Math.log),
  sin: math(Math.sin),
  cos: math(Math.cos),
  atan2: async (it, a) => Math.atan2(await num(it, a[0]), await num(it, a[1])),
  rand: async (it) => it.rand(),
  srand: async (it, a) => it.srand(a[0] ? await num(it, a[0]) : Math.floor(it.t.ctx.clock.now() / 1000)),
  system: async (it, a) => it.out.runPipe(await str(it, a[0]), ''),
  close: async (it, a) => it.close(await str(it, a[0])),
  fflush: async () => 0,
};

export function callBuiltin(it: Interpreter, name: string, args: Expr[]): Promise<Value> {
  return BUILTINS[name](it, args);
}
