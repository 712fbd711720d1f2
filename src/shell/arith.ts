// Shell arithmetic ($((…)), let): C operators on 64-bit-ish integers, variables by name.
import { ShellError } from './errors';

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { t: 'num'; v: bigint } | { t: 'name'; v: string } | { t: 'op'; v: string } | { t: 'end' };

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', '(', ')', ','];

const MASK = (1n << 64n) - 1n;
function wrap(v: bigint): bigint {
  v &= MASK;
  return v >= 1n << 63n ? v - (1n << 64n) : v;
}

export class ArithError extends ShellError {
  constructor(expr: string, message: string, token: string) {
    super(`${expr}: ${message} (error token is "${token}")`, 1, true);
    this.inAsh(message === 'division by 0' ? 'divide by zero' : 'arithmetic syntax error');
  }
}

export function evaluateArith(expr: string, vars: ArithVars, depth = 0): bigint {
  return new Arith(expr, vars, depth).run();
}

class Arith {
  private toks: Tok[] = [];
  private starts: number[] = [];
  private i = 0;
  constructor(
    private readonly expr: string,
    private readonly vars: ArithVars,
    private readonly depth: number,
  ) {}

  run(): bigint {
    if (this.depth > 32) throw new ShellError(`${this.expr}: expression recursion level exceeded`);
    this.tokenize();
    if (this.toks[0].t === 'end') return 0n;
    const v = this.comma();
    if (this.peek().t !== 'end') throw this.syntax();
    return v;
  }

  private tokenize(): void {
    const s = this.expr;
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      this.starts.push(i);
      const num = /^(0[xX][0-9a-fA-F]+|\d+#[0-9a-zA-Z@_]+|\d+)/.exec(s.slice(i));
      if (num) {
        this.toks.push({ t: 'num', v: this.parseNumber(num[1]) });
        i += num[1].length;
        if (/^[A-Za-z_]/.test(s.slice(i))) throw new ArithError(this.expr, 'value too great for base', s.slice(i - num[1].length).trim());
        continue;
      }
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
      if (name) {
        this.toks.push({ t: 'name', v: name[0] });
        i += name[0].length;
        continue;
      }
      const op = OPS.find((o) => s.startsWith(o, i));
      if (!op) throw new ArithError(this.expr, 'syntax error: invalid arithmetic operator', s.slice(i).trim());
      this.toks.push({ t: 'op', v: op });
      i += op.length;
    }
    this.starts.push(s.length);
    this.toks.push({ t: 'end' });
  }

  private parseNumber(text: string): bigint {
    if (/^0[xX]/.test(text)) return BigInt(text);
    const based = /^(\d+)#(.+)$/.exec(text);
    if (based) {
      const base = Number(based[1]);
      let v = 0n;
      for (const ch of based[2]) {
        let d: number;
        if (/\d/.test(ch)) d = Number(ch);
        else if (/[a-z]/.test(ch)) d = ch.charCodeAt(0) - 87;
        else if (/[A-Z]/.test(ch)) d = base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29;
        else d = ch === '@' ? 62 : 63;
        if (d >= base) throw new ArithError(this.expr, 'value too great for base', text);
        v = v * BigInt(base) + BigInt(d);
      }
      return v;
    }
    if (text.length > 1 && text.startsWith('0')) {
      if (/[89]/.test(text)) throw new ArithError(this.expr, 'value too great for base', text);
      return BigInt('0o' + text.slice(1));
    }
    return BigInt(text);
  }

  private rest(): string {
    return this.expr.slice(this.starts[this.i] ?? this.expr.length).trim();
  }

  private syntax(): ShellError {
    const rest = this.rest();
    if (rest === '') {
      const last = this.toks[this.i - 1];
      const token = !last ? '' : last.t === 'op' || last.t === 'name' ? last.v : last.t === 'num' ? String(last.v) : '';
      return new ArithError(this.expr, 'syntax error: operand expected', token);
    }
    return new ArithError(this.expr, 'syntax error in expression', rest);
  }

  private peek(): Tok {
    return this.toks[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private take(v: string): boolean {
    if (this.isOp(v)) {
      this.i++;
      return true;
    }
    return false;
  }

  private comma(): bigint {
    let v = this.assign();
    while (this.take(',')) v = this.assign();
    return v;
  }

  private assign(): bigint {
    const t = this.peek();
    const n = this.toks[this.i + 1];
    if (t.t === 'name' && n?.t === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|='].includes(n.v)) {
      this.i += 2;
      const rhs = this.assign();
      const value = n.v === '=' ? rhs : this.binary(n.v.slice(0, -1), this.value(t.v), rhs);
      this.vars.set(t.v, String(value));
      return value;
    }
    return this.ternary();
  }

  private ternary(): bigint {
    const cond = this.binaryLevel(0);
    if (!this.take('?')) return cond;
    const a = this.assign();
    if (!this.take(':')) throw this.syntax();
    const b = this.assign();
    return cond !== 0n ? a : b;
  }

  private static LEVELS = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

  private binaryLevel(level: number): bigint {
    if (level >= Arith.LEVELS.length) return this.power();
    let left = this.binaryLevel(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.t !== 'op' || !Arith.LEVELS[level].includes(t.v)) return left;
      this.i++;
      const right = this.binaryLevel(level + 1);
      left = this.binary(t.v, left, right);
    }
  }

  private power(): bigint {
    const base = this.unary();
    if (this.take('**')) {
      const exp = this.power();
      if (exp < 0n) throw new ArithError(this.expr, 'exponent less than 0', String(exp));
      return wrap(base ** exp);
    }
    return base;
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '||': return a !== 0n || b !== 0n ? 1n : 0n;
      case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '<': return a < b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '<<': return wrap(a << b);
      case '>>': return a >> b;
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithError(this.expr, 'division by 0', String(this.divisorToken()));
        return op === '/' ? a / b : a % b;
    }
    throw this.syntax();
  }

  private divisorToken(): string {
    const prev = this.toks[this.i - 1];
    return prev && prev.t === 'num' ? String(prev.v) : prev && prev.t === 'name' ? prev.v : '0';
  }

  private unary(): bigint {
    if (this.take('+')) return this.unary();
    if (this.take('-')) return wrap(-this.unary());
    if (this.take('!')) return this.unary() === 0n ? 1n : 0n;
    if (this.take('~')) return ~this.unary();
    for (const op of ['++', '--']) {
      if (this.isOp(op)) {
        this.i++;
        const t = this.peek();
        if (t.t !== 'name') throw this.syntax();
        this.i++;
        const v = wrap(this.value(t.v) + (op === '++' ? 1n : -1n));
        this.vars.set(t.v, String(v));
        return v;
      }
    }
    return this.postfix();
  }

  private postfix(): bigint {
    const t = this.peek();
    if (t.t === 'num') {
      this.i++;
      return t.v;
    }
    if (t.t === 'name') {
      this.i++;
      const v = this.value(t.v);
      for (const op of ['++', '--']) {
        if (this.take(op)) {
          this.vars.set(t.v, String(wrap(v + (op === '++' ? 1n : -1n))));
          return v;
        }
      }
      return v;
    }
    if (this.take('(')) {
      const v = this.comma();
      if (!this.take(')')) throw new ArithError(this.expr, "missing `)'", this.rest());
      return v;
    }
    throw this.syntax();
  }

  private value(name: string): bigint {
    const raw = this.vars.get(name);
    if (raw === undefined || raw.trim() === '') return 0n;
    if (/^-?\d+$/.test(raw.trim())) return BigInt(raw.trim());
    return evaluateArith(raw, this.vars, this.depth + 1);
  }
}
