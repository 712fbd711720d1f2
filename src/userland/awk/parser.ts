// A recursive-descent parser for POSIX awk (precedence as in the POSIX grammar, lowest first):
// assignment, ?:, ||, &&, in, ~ !~, comparison, concatenation, + -, * / %, unary, ^, ++ --, $.
// Inside an unparenthesised print list `>` redirects instead of comparing.

import type { Expr, Func, LValue, Pattern, Program, Redirect, Rule, Stmt } from './ast';
import { AwkSyntaxError, tokenize, type Token } from './lexer';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);

export interface Dialect {
  /** BusyBox reads `017` in a program as octal; mawk as decimal. */
  octalLiterals: boolean;
}

export function parseProgram(src: string, dialect: Dialect): Program {
  return new Parser(tokenize(src), dialect).program();
}

class Parser {
  private pos = 0;
  /** Inside an unparenthesised print list, where `>` is a redirection. */
  private noGt = false;
  constructor(
    private readonly toks: Token[],
    private readonly dialect: Dialect,
  ) {}

  private get t(): Token {
    return this.toks[this.pos];
  }

  private is(text: string): boolean {
    const t = this.t;
    return (t.kind === 'op' || t.kind === 'keyword') && t.text === text;
  }

  private fail(): never {
    const t = this.t;
    throw new AwkSyntaxError(
      t.line,
      t.kind === 'nl' ? 'end of line' : t.kind === 'str' ? `"${t.text}"` : t.text,
    );
  }

  private take(text?: string): Token {
    if (text !== undefined && !this.is(text)) this.fail();
    return this.toks[this.pos++];
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.pos++;
    return true;
  }

  private newlines(): void {
    while (this.t.kind === 'nl') this.pos++;
  }

  private terminators(): void {
    while (this.t.kind === 'nl' || this.is(';')) this.pos++;
  }

  program(): Program {
    const rules: Rule[] = [];
    const funcs = new Map<string, Func>();
    this.terminators();
    while (this.t.kind !== 'eof') {
      if (this.is('function')) {
        const f = this.func();
        funcs.set(f.name, f);
      } else rules.push(this.rule());
      this.terminators();
    }
    return { rules, funcs };
  }

  private func(): Func {
    this.take('function');
    const name = this.t;
    if (name.kind !== 'name' && name.kind !== 'funcname') this.fail();
    this.pos++;
    this.take('(');
    const params: string[] = [];
    while (!this.is(')')) {
      if (this.t.kind !== 'name') this.fail();
      params.push(this.take().text);
      if (!this.accept(',')) break;
      this.newlines();
    }
    this.take(')');
    this.newlines();
    return { name: name.text, params, body: this.block() };
  }

  private rule(): Rule {
    let pattern: Pattern;
    if (this.accept('BEGIN')) pattern = { k: 'begin' };
    else if (this.accept('END')) pattern = { k: 'end' };
    else if (this.is('{')) pattern = { k: 'all' };
    else {
      const from = this.expr();
      if (this.accept(',')) {
        this.newlines();
        pattern = { k: 'range', from, to: this.expr() };
      } else pattern = { k: 'expr', expr: from };
    }
    if (pattern.k === 'begin' || pattern.k === 'end') {
      if (!this.is('{')) this.fail();
      return { pattern, action: this.block() };
    }
    return { pattern, action: this.is('{') ? this.block() : null };
  }

  private block(): Stmt[] {
    this.take('{');
    const body: Stmt[] = [];
    this.terminators();
    while (!this.is('}')) {
      body.push(this.statement());
      this.terminators();
    }
    this.take('}');
    return body;
  }

  /** A statement's end: `;`, a newline, or the `}` that closes the block (left in place). */
  private end(): void {
    if (this.is(';') || this.t.kind === 'nl') this.pos++;
    else if (!this.is('}') && this.t.kind !== 'eof') this.fail();
  }

  /** The body of if/while/for: a statement, possibly on the next line. */
  private body(): Stmt {
    this.newlines();
    if (this.accept(';')) return { k: 'block', body: [] };
    return this.statement();
  }

  private statement(): Stmt {
    const t = this.t;
    if (this.is('{')) return { k: 'block', body: this.block() };
    if (t.kind === 'keyword') {
      switch (t.text) {
        case 'if': {
          this.pos++;
          this.take('(');
          const test = this.expr();
          this.take(')');
          const then = this.body();
          const save = this.pos;
          this.terminators();
          if (this.accept('else')) return { k: 'if', test, then, else: this.body() };
          this.pos = save;
          return { k: 'if', test, then, else: null };
        }
        case 'while': {
          this.pos++;
          this.take('(');
          const test = this.expr();
          this.take(')');
          if (this.is(';')) {
            this.pos++;
            return { k: 'while', test, body: { k: 'block', body: [] } };
          }
          return { k: 'while', test, body: this.body() };
        }
        case 'do': {
          this.pos++;
          const body = this.body();
          this.terminators();
          this.take('while');
          this.take('(');
          const test = this.expr();
          this.take(')');
          this.end();
          return { k: 'do', body, test };
        }
        case 'for':
          return this.forStatement();
        case 'next':
        case 'break':
        case 'continue':
          this.pos++;
          this.end();
          return { k: t.text };
        case 'exit':
        case 'return': {
          this.pos++;
          const value =
            this.is(';') || this.is('}') || this.t.kind === 'nl' || this.t.kind === 'eof'
              ? null
              : this.expr();
          this.end();
          return t.text === 'exit' ? { k: 'exit', status: value } : { k: 'return', value };
        }
        case 'delete': {
          this.pos++;
          const name = this.take();
          if (name.kind !== 'name') this.fail();
          const subs = this.accept('[') ? this.subscripts() : null;
          this.end();
          return { k: 'delete', name: name.text, subs };
        }
        case 'print':
        case 'printf': {
          this.pos++;
          const args = this.printArgs();
          const redirect = this.redirect();
          this.end();
          if (t.text === 'printf' && args.length === 0) this.fail();
          return { k: t.text, args, redirect };
        }
      }
    }
    const s = this.simple();
    this.end();
    return s;
  }

  private simple(): Stmt {
    return { k: 'expr', expr: this.expr() };
  }

  private forStatement(): Stmt {
    this.take('for');
    this.take('(');
    const t = this.toks;
    const p = this.pos;
    if (t[p].kind === 'name' && t[p + 1].text === 'in' && t[p + 2].kind === 'name' && t[p + 3].text === ')') {
      this.pos += 4;
      return { k: 'forin', key: t[p].text, array: t[p + 2].text, body: this.body() };
    }
    const init = this.is(';') ? null : this.simple();
    this.take(';');
    this.newlines();
    const test = this.is(';') ? null : this.expr();
    this.take(';');
    this.newlines();
    const step = this.is(')') ? null : this.simple();
    this.take(')');
    if (this.is(';')) {
      this.pos++;
      return { k: 'for', init, test, step, body: { k: 'block', body: [] } };
    }
    return { k: 'for', init, test, step, body: this.body() };
  }

  private atStatementEnd(): boolean {
    const t = this.t;
    return (
      t.kind === 'nl' ||
      t.kind === 'eof' ||
      this.is(';') ||
      this.is('}') ||
      this.is('>') ||
      this.is('>>') ||
      this.is('|')
    );
  }

  private printArgs(): Expr[] {
    if (this.atStatementEnd()) return [];
    // `print (a, b) > f`: a parenthesised list when the `)` ends it.
    if (this.is('(')) {
      const close = this.matching(this.pos);
      const save = this.pos;
      this.pos = close + 1;
      const whole = this.atStatementEnd();
      this.pos = save;
      if (whole) {
        this.pos++;
        const list = this.exprList();
        this.take(')');
        return list;
      }
    }
    const prev = this.noGt;
    this.noGt = true;
    try {
      return this.exprList();
    } finally {
      this.noGt = prev;
    }
  }

  private matching(open: number): number {
    let depth = 0;
    for (let i = open; i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.kind !== 'op') continue;
      if (t.text === '(') depth++;
      else if (t.text === ')' && --depth === 0) return i;
    }
    return this.toks.length - 1;
  }

  private exprList(): Expr[] {
    const list = [this.expr()];
    while (this.accept(',')) {
      this.newlines();
      list.push(this.expr());
    }
    return list;
  }

  private redirect(): Redirect | null {
    const mode = this.is('>') ? '>' : this.is('>>') ? '>>' : this.is('|') ? '|' : null;
    if (!mode) return null;
    this.pos++;
    const prev = this.noGt;
    this.noGt = true;
    try {
      return { mode, dest: this.concat() };
    } finally {
      this.noGt = prev;
    }
  }

  private subscripts(): Expr[] {
    const subs = this.exprList();
    this.take(']');
    return subs;
  }

  expr(): Expr {
    const left = this.ternary();
    const t = this.t;
    if (t.kind === 'op' && ASSIGN_OPS.has(t.text) && isLValue(left)) {
      this.pos++;
      this.newlines();
      return { k: 'assign', op: t.text, target: left, value: this.expr() };
    }
    return left;
  }

  private ternary(): Expr {
    const test = this.or();
    if (!this.accept('?')) return test;
    this.newlines();
    const yes = this.expr();
    this.newlines();
    this.take(':');
    this.newlines();
    return { k: 'cond', test, yes, no: this.expr() };
  }

  private or(): Expr {
    let left = this.and();
    while (this.accept('||')) {
      this.newlines();
      left = { k: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.inExpr();
    while (this.accept('&&')) {
      this.newlines();
      left = { k: 'and', left, right: this.inExpr() };
    }
    return left;
  }

  private inExpr(): Expr {
    let left = this.matchExpr();
    while (this.is('in')) {
      this.pos++;
      const name = this.take();
      if (name.kind !== 'name') this.fail();
      left = { k: 'in', subs: [left], name: name.text };
    }
    return left;
  }

  private matchExpr(): Expr {
    let left = this.comparison();
    while (this.is('~') || this.is('!~')) {
      const negate = this.take().text === '!~';
      left = { k: 'match', negate, left, re: this.comparison() };
    }
    return left;
  }

  private comparison(): Expr {
    const left = this.concat();
    const t = this.t;
    if (
      t.kind === 'op' &&
      ['<', '<=', '==', '!=', '>=', '>'].includes(t.text) &&
      !(t.text === '>' && this.noGt)
    ) {
      this.pos++;
      return { k: 'binary', op: t.text, left, right: this.concat() };
    }
    return left;
  }

  private startsOperand(): boolean {
    const t = this.t;
    if (
      t.kind === 'num' ||
      t.kind === 'str' ||
      t.kind === 'regex' ||
      t.kind === 'name' ||
      t.kind === 'funcname' ||
      t.kind === 'builtin'
    )
      return true;
    // `-`, `+` and `!` after an operand are operators, not the start of a concatenated operand.
    return t.kind === 'op' && ['$', '(', '++', '--'].includes(t.text);
  }

  private concat(): Expr {
    let left = this.additive();
    while (this.startsOperand() && !this.is('in')) left = { k: 'concat', left, right: this.additive() };
    // `"date" | getline now`
    while (
      this.is('|') &&
      this.toks[this.pos + 1].text === 'getline' &&
      this.toks[this.pos + 1].kind === 'keyword'
    ) {
      this.pos += 2;
      left = { k: 'getline', target: this.getlineTarget(), source: { kind: 'command', name: left } };
    }
    return left;
  }

  private getlineTarget(): LValue | null {
    if (this.t.kind !== 'name' && !this.is('$')) return null;
    const target = this.primary();
    if (!isLValue(target)) this.fail();
    return target;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.take().text;
      left = { k: 'binary', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.take().text;
      left = { k: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const op = this.take().text as '!' | '-' | '+';
      return { k: 'unary', op, arg: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.accept('^')) return { k: 'binary', op: '^', left: base, right: this.unaryPower() };
    return base;
  }

  /** The exponent: right-associative, and may carry a sign (`2^-1`). */
  private unaryPower(): Expr {
    if (this.is('-') || this.is('+') || this.is('!')) {
      const op = this.take().text as '!' | '-' | '+';
      return { k: 'unary', op, arg: this.unaryPower() };
    }
    return this.power();
  }

  private postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.take().text as '++' | '--';
      const target = this.postfix();
      if (!isLValue(target)) this.fail();
      return { k: 'incdec', op, prefix: true, target };
    }
    const e = this.primary();
    if (isLValue(e) && (this.is('++') || this.is('--')))
      return { k: 'incdec', op: this.take().text as '++' | '--', prefix: false, target: e };
    return e;
  }

  private primary(): Expr {
    const t = this.take();
    switch (t.kind) {
      case 'num':
        return {
          k: 'num',
          v: this.dialect.octalLiterals && /^0[0-7]+$/.test(t.text) ? parseInt(t.text, 8) : Number(t.text),
        };
      case 'str':
        return { k: 'str', v: t.text };
      case 'regex':
        return { k: 'regex', src: t.text };
      case 'name':
        if (this.accept('[')) return { k: 'index', name: t.text, subs: this.subscripts() };
        return { k: 'var', name: t.text };
      case 'funcname': {
        this.take('(');
        const args = this.is(')') ? [] : this.exprList();
        this.take(')');
        return { k: 'call', name: t.text, args };
      }
      case 'builtin': {
        if (!this.is('(')) {
          if (t.text !== 'length') this.fail();
          return { k: 'builtin', name: t.text, args: [] };
        }
        this.pos++;
        const prev = this.noGt;
        this.noGt = false;
        const args = this.is(')') ? [] : this.exprList();
        this.noGt = prev;
        this.take(')');
        return { k: 'builtin', name: t.text, args };
      }
      case 'keyword':
        if (t.text === 'getline') {
          const target = this.getlineTarget();
          if (!this.accept('<')) return { k: 'getline', target, source: null };
          return { k: 'getline', target, source: { kind: 'file', name: this.primary() } };
        }
        break;
      case 'op':
        if (t.text === '$') {
          const index = this.is('++') || this.is('--') ? this.postfix() : this.primary();
          return { k: 'field', index };
        }
        if (t.text === '(') {
          const prev = this.noGt;
          this.noGt = false;
          const list = this.exprList();
          this.noGt = prev;
          this.take(')');
          if (list.length > 1) {
            if (!this.is('in')) this.fail();
            this.pos++;
            const name = this.take();
            if (name.kind !== 'name') this.fail();
            return { k: 'in', subs: list, name: name.text };
          }
          return { k: 'group', expr: list[0] };
        }
        break;
    }
    this.pos--;
    this.fail();
  }
}

function isLValue(e: Expr): e is LValue {
  return e.k === 'var' || e.k === 'field' || e.k === 'index';
}
