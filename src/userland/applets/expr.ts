// expr(1): evaluates its arguments as an expression (GNU coreutils semantics).
// Precedence, lowest first: |  &  comparisons  + -  * / %  :  then primaries and GNU's keywords.
// Exit status: 0 when the result is neither null nor 0, 1 when it is, 2 on a syntax error, 3 on error.

import type { Applet } from './lib/applet';
import { compile, RegexError } from './lib/regex';

type Value = string;

class ExprError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const isInt = (v: Value) => /^[-+]?\d+$/.test(v);
const num = (v: Value): bigint => {
  if (!isInt(v)) throw new ExprError('non-integer argument', 2);
  return BigInt(v);
};
const isNull = (v: Value) => v === '' || (isInt(v) && BigInt(v) === 0n);

class Parser {
  private i = 0;
  constructor(private readonly args: string[]) {}

  parse(): Value {
    if (this.args.length === 0) throw new ExprError('missing operand', 2);
    const v = this.or();
    if (this.i < this.args.length)
      throw new ExprError(`syntax error: unexpected argument ‘${this.args[this.i]}’`, 2);
    return v;
  }

  private peek(): string | undefined {
    return this.args[this.i];
  }
  private eat(...ops: string[]): string | null {
    const t = this.peek();
    if (t !== undefined && ops.includes(t)) {
      this.i++;
      return t;
    }
    return null;
  }

  private or(): Value {
    let l = this.and();
    while (this.eat('|')) {
      const r = this.and();
      l = !isNull(l) ? l : !isNull(r) ? r : '0';
    }
    return l;
  }
  private and(): Value {
    let l = this.compare();
    while (this.eat('&')) {
      const r = this.compare();
      l = isNull(l) || isNull(r) ? '0' : l;
    }
    return l;
  }
  private compare(): Value {
    let l = this.additive();
    for (let op; (op = this.eat('<', '<=', '=', '==', '!=', '>=', '>'));) {
      const r = this.additive();
      const c = isInt(l) && isInt(r) ? Number(BigInt(l) - BigInt(r)) : l < r ? -1 : l > r ? 1 : 0;
      const ok = {
        '<': c < 0,
        '<=': c <= 0,
        '=': c === 0,
        '==': c === 0,
        '!=': c !== 0,
        '>=': c >= 0,
        '>': c > 0,
      }[op];
      l = ok ? '1' : '0';
    }
    return l;
  }
  private additive(): Value {
    let l = this.multiplicative();
    for (let op; (op = this.eat('+', '-'));) {
      const r = this.multiplicative();
      l = String(op === '+' ? num(l) + num(r) : num(l) - num(r));
    }
    return l;
  }
  private multiplicative(): Value {
    let l = this.match();
    for (let op; (op = this.eat('*', '/', '%'));) {
      const r = this.match();
      const a = num(l);
      const b = num(r);
      if (op !== '*' && b === 0n) throw new ExprError('division by zero', 2);
      l = String(op === '*' ? a * b : op === '/' ? a / b : a % b);
    }
    return l;
  }
  private match(): Value {
    let l = this.primary();
    while (this.eat(':')) l = regexMatch(l, this.primary());
    return l;
  }
  private missing(): ExprError {
    return new ExprError(
      this.i > 0 ? `syntax error: missing argument after ‘${this.args[this.i - 1]}’` : 'syntax error',
      2,
    );
  }
  private operand(): Value {
    const t = this.args[this.i];
    if (t === undefined) throw this.missing();
    this.i++;
    return t;
  }
  private primary(): Value {
    const t = this.peek();
    if (t === undefined) throw this.missing();
    if (t === '(') {
      this.i++;
      const v = this.or();
      if (!this.eat(')')) {
        const next = this.peek();
        throw new ExprError(
          next === undefined
            ? `syntax error: expecting ')' after ‘${this.args[this.i - 1]}’`
            : `syntax error: expecting ')' instead of ‘${next}’`,
          2,
        );
      }
      return v;
    }
    if (t === '+') {
      this.i++;
      return this.operand();
    }
    if (t === 'length') {
      this.i++;
      return String([...this.primary()].length);
    }
    if (t === 'match') {
      this.i++;
      const s = this.primary();
      return regexMatch(s, this.primary());
    }
    if (t === 'index') {
      this.i++;
      const s = [...this.primary()];
      const chars = this.primary();
      const at = s.findIndex((c) => chars.includes(c));
      return String(at + 1);
    }
    if (t === 'substr') {
      this.i++;
      const s = [...this.primary()];
      const pos = Number(this.primary());
      const len = Number(this.primary());
      if (!(pos >= 1) || !(len >= 1)) return '';
      return s.slice(pos - 1, pos - 1 + len).join('');
    }
    this.i++;
    return t;
  }
}

/** `STRING : REGEX`: an anchored BRE; with a group, the group's text, else the matched length. */
function regexMatch(s: Value, pattern: Value): Value {
  let re: RegExp;
  try {
    re = compile(pattern, false, '');
  } catch (e) {
    if (e instanceof RegexError) throw new ExprError(e.message, 2);
    throw e;
  }
  const anchored = new RegExp('^(?:' + re.source + ')', re.flags.replace('g', ''));
  const groups = new RegExp(re.source + '|').exec('')!.length - 1;
  const m = anchored.exec(s);
  if (groups > 0) return m ? (m[1] ?? '') : '';
  return m ? String([...m[0]].length) : '0';
}

export const expr: Applet = async (t) => {
  const args = t.args[0] === '--' ? t.args.slice(1) : t.args;
  try {
    const v = new Parser(args).parse();
    t.out(v + '\n');
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    t.error(e.message);
    if (e.message === 'missing operand') t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
    return e.status;
  }
};
