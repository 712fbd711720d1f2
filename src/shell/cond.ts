// bash's `[[ … ]]`: no field splitting or globbing, `==`/`!=` match patterns, `=~` matches an ERE
// (BASH_REMATCH), `&&` `||` `!` `( )`, and test(1)'s file and integer operators.
import type { CondCommand } from './ast';
import { ShellError } from './errors';
import { matchPattern } from './glob';
import type { Shell } from './interpreter';
import { testArgs } from './builtins/test';

type Item = { word: string; pattern: string; raw: string } | { op: string };

export async function evaluateCond(sh: Shell, cmd: CondCommand): Promise<number> {
  const items: Item[] = [];
  for (const t of cmd.tokens) {
    if ('op' in t) items.push({ op: t.op });
    else items.push({ word: await sh.expander.string(t.word), pattern: await sh.expander.pattern(t.word), raw: t.word.raw });
  }
  let i = 0;
  const peekOp = (op: string) => {
    const it = items[i];
    return !!it && (('op' in it && it.op === op) || ('word' in it && it.raw === op && op === '!'));
  };
  const word = (it: Item | undefined): string => {
    if (!it) throw new ShellError("syntax error in conditional expression", 2);
    return 'word' in it ? it.word : it.op;
  };
  const or = (): boolean => {
    let v = and();
    while (peekOp('||')) {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (peekOp('&&')) {
      i++;
      const r = not();
      v = v && r;
    }
    return v;
  };
  const not = (): boolean => {
    if (peekOp('!')) {
      i++;
      return !not();
    }
    return primary();
  };
  const primary = (): boolean => {
    if (peekOp('(')) {
      i++;
      const v = or();
      if (!peekOp(')')) throw new ShellError("syntax error in conditional expression: expected `)'", 2);
      i++;
      return v;
    }
    const a = items[i];
    const op = items[i + 1];
    const opText = op ? ('op' in op ? op.op : op.raw) : '';
    if (a && op && ['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef'].includes(opText)) {
      const b = items[i + 2];
      i += 3;
      const left = word(a);
      if (opText === '==' || opText === '=' || opText === '!=') {
        const m = matchPattern(b && 'pattern' in b ? b.pattern : word(b), left);
        return opText === '!=' ? !m : m;
      }
      if (opText === '=~') return regexMatch(sh, left, word(b));
      if (opText === '<') return left < word(b);
      if (opText === '>') return left > word(b);
      return testArgs(sh, [left, opText, word(b)], '[[') === 0;
    }
    if (a && 'word' in a && /^-[a-zA-Z]$/.test(a.raw) && op && 'word' in op) {
      i += 2;
      return testArgs(sh, [a.raw, op.word], '[[') === 0;
    }
    i++;
    return word(a) !== '';
  };
  const v = or();
  if (i < items.length) throw new ShellError(`syntax error in conditional expression`, 2);
  return v ? 0 : 1;
}

function regexMatch(sh: Shell, text: string, source: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(source, 'u');
  } catch {
    return false;
  }
  const m = re.exec(text);
  sh.state.vars.delete('BASH_REMATCH');
  if (!m) return false;
  sh.state.set('BASH_REMATCH', m[0]);
  return true;
}
