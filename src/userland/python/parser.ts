// Recursive-descent parser of the Python subset (statements, expressions, f-strings). Anything outside
// the subset is a SyntaxError that says so, never a crash.
import type { CompClause, Expr, Handler, Param, Stmt } from './ast';
import { PySyntaxError } from './errors';
import { tokenize, type Token } from './tokenizer';

const UNSUPPORTED = new Set(['async', 'await', 'yield', 'match', 'nonlocal']);
const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
  'async',
  'await',
  'nonlocal',
]);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=']);
const COMPARISONS = new Set(['<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not']);

export function parseModule(source: string): Stmt[] {
  return new Parser(tokenize(source)).module();
}

class Parser {
  private pos = 0;
  /** Enclosing loops and functions of the statement being parsed (break, continue, return). */
  private loops = 0;
  private functions = 0;
  constructor(private readonly tokens: Token[]) {}

  private cur(): Token {
    return this.tokens[this.pos];
  }
  private next(): Token {
    return this.tokens[this.pos++];
  }
  private isOp(value: string): boolean {
    return this.cur().kind === 'op' && this.cur().value === value;
  }
  private isName(value: string): boolean {
    return this.cur().kind === 'name' && this.cur().value === value;
  }
  private fail(message = 'invalid syntax', at: Token = this.cur()): never {
    throw new PySyntaxError(message, at.line, at.col);
  }
  /** An error CPython's compiler (not its parser) reports: shown without the source line. */
  private compileError(message: string, at: Token): never {
    throw new PySyntaxError(message, at.line, -1);
  }
  private expectOp(value: string): Token {
    if (!this.isOp(value)) this.fail(value === ':' ? "expected ':'" : 'invalid syntax');
    return this.next();
  }
  private expectName(): string {
    const t = this.cur();
    if (t.kind !== 'name' || KEYWORDS.has(t.value)) this.fail();
    this.pos++;
    return t.value;
  }
  private eat(value: string): boolean {
    if (this.isOp(value) || this.isName(value)) {
      this.pos++;
      return true;
    }
    return false;
  }

  module(): Stmt[] {
    const body: Stmt[] = [];
    while (this.cur().kind !== 'eof') {
      if (this.cur().kind === 'newline') {
        this.pos++;
        continue;
      }
      if (this.tokens[this.pos].kind === 'indent') this.fail('unexpected indent');
      body.push(...this.statement());
    }
    return body;
  }

  /** A suite after `header` (the words CPython's IndentationError uses) that began on `line`. */
  private block(header: string, line: number): Stmt[] {
    this.expectOp(':');
    if (this.cur().kind !== 'newline') return this.simpleLine();
    this.pos++;
    const first = this.tokens[this.pos];
    if (first.kind !== 'indent') {
      throw new PySyntaxError(
        `expected an indented block after ${header} on line ${line}`,
        first.line,
        first.col,
        'IndentationError',
      );
    }
    this.pos++;
    const body: Stmt[] = [];
    while (this.cur().kind !== 'dedent' && this.cur().kind !== 'eof') {
      if (this.cur().kind === 'newline') {
        this.pos++;
        continue;
      }
      body.push(...this.statement());
    }
    this.pos++;
    return body;
  }

  private statement(): Stmt[] {
    const t = this.cur();
    if (t.kind === 'name' && UNSUPPORTED.has(t.value)) {
      this.fail(`« ${t.value} » n'est pas pris en charge par le Python simulé de Baleine`);
    }
    if (t.kind === 'op' && t.value === '@')
      this.fail('les décorateurs (@) ne sont pas pris en charge par le Python simulé de Baleine');
    if (t.kind === 'name') {
      switch (t.value) {
        case 'if':
          return [this.ifStmt()];
        case 'while': {
          this.pos++;
          const test = this.expr();
          const body = this.loopBody("'while' statement", t.line);
          return [{ k: 'while', test, body, orelse: this.elseBlock(), line: t.line }];
        }
        case 'for': {
          this.pos++;
          const target = this.targetList();
          if (!this.eat('in')) this.fail();
          const iter = this.exprList();
          const body = this.loopBody("'for' statement", t.line);
          return [{ k: 'for', target, iter, body, orelse: this.elseBlock(), line: t.line }];
        }
        case 'def':
          return [this.defStmt()];
        case 'class':
          return [this.classStmt()];
        case 'try':
          return [this.tryStmt()];
        case 'with': {
          this.pos++;
          const ctx = this.expr();
          const name = this.eat('as') ? this.target() : null;
          return [{ k: 'with', ctx, name, body: this.block("'with' statement", t.line), line: t.line }];
        }
      }
    }
    return this.simpleLine();
  }

  private loopBody(header: string, line: number): Stmt[] {
    this.loops++;
    try {
      return this.block(header, line);
    } finally {
      this.loops--;
    }
  }

  private elseBlock(): Stmt[] {
    const line = this.cur().line;
    return this.eat('else') ? this.block("'else' statement", line) : [];
  }

  private ifStmt(): Stmt {
    const keyword = this.next();
    const line = keyword.line;
    const test = this.expr();
    const body = this.block(`'${keyword.value}' statement`, line);
    if (this.isName('elif')) return { k: 'if', test, body, orelse: [this.ifStmt()], line };
    return { k: 'if', test, body, orelse: this.elseBlock(), line };
  }

  private defStmt(): Stmt {
    const line = this.next().line;
    const name = this.expectName();
    this.expectOp('(');
    const params = this.params(')');
    this.expectOp(')');
    if (this.eat('->')) this.expr();
    const loops = this.loops;
    this.loops = 0;
    this.functions++;
    try {
      return { k: 'def', name, params, body: this.block('function definition', line), line };
    } finally {
      this.loops = loops;
      this.functions--;
    }
  }

  private classStmt(): Stmt {
    const line = this.next().line;
    const name = this.expectName();
    const bases: Expr[] = [];
    if (this.eat('(')) {
      while (!this.isOp(')')) {
        bases.push(this.expr());
        if (!this.eat(',')) break;
      }
      this.expectOp(')');
    }
    // A class body is no function and no loop: `return` and `break` there are errors.
    const [loops, functions] = [this.loops, this.functions];
    this.loops = 0;
    this.functions = 0;
    try {
      return { k: 'class', name, bases, body: this.block('class definition', line), line };
    } finally {
      this.loops = loops;
      this.functions = functions;
    }
  }

  private params(end: string): Param[] {
    const params: Param[] = [];
    while (!this.isOp(end)) {
      const star = this.eat('**') ? '**' : this.eat('*') ? '*' : undefined;
      const name = this.expectName();
      if (end === ')' && this.eat(':')) this.expr();
      const dflt = this.eat('=') ? this.expr() : null;
      params.push({ name, default: dflt, star });
      if (!this.eat(',')) break;
    }
    return params;
  }

  private tryStmt(): Stmt {
    const line = this.next().line;
    const body = this.block("'try' statement", line);
    const handlers: Handler[] = [];
    while (this.isName('except')) {
      const hline = this.next().line;
      let types: Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        types = this.expr();
        if (this.eat('as')) name = this.expectName();
      }
      handlers.push({ types, name, body: this.block("'except' statement", hline), line: hline });
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    const finallyLine = this.cur().line;
    const final = this.eat('finally') ? this.block("'finally' statement", finallyLine) : [];
    if (!handlers.length && !final.length) this.fail("expected 'except' or 'finally' block");
    return { k: 'try', body, handlers, orelse, final, line };
  }

  /** One or more `;`-separated simple statements up to the end of the line. */
  private simpleLine(): Stmt[] {
    const out = [this.simple()];
    while (this.eat(';')) {
      if (this.cur().kind === 'newline') break;
      out.push(this.simple());
    }
    if (this.cur().kind !== 'newline' && this.cur().kind !== 'eof') this.fail();
    if (this.cur().kind === 'newline') this.pos++;
    return out;
  }

  private simple(): Stmt {
    const t = this.cur();
    const line = t.line;
    if (t.kind === 'name') {
      switch (t.value) {
        case 'break':
        case 'continue':
          if (this.loops === 0)
            this.compileError(
              t.value === 'break' ? "'break' outside loop" : "'continue' not properly in loop",
              t,
            );
          this.pos++;
          return { k: t.value, line };
        case 'pass':
          this.pos++;
          return { k: t.value, line };
        case 'return':
          if (this.functions === 0) this.compileError("'return' outside function", t);
          this.pos++;
          return { k: 'return', value: this.atLineEnd() ? null : this.exprList(), line };
        case 'raise': {
          this.pos++;
          const exc = this.atLineEnd() ? null : this.expr();
          if (this.eat('from')) this.expr();
          return { k: 'raise', exc, line };
        }
        case 'global': {
          this.pos++;
          const names = [this.expectName()];
          while (this.eat(',')) names.push(this.expectName());
          return { k: 'global', names, line };
        }
        case 'import': {
          this.pos++;
          const names: [string, string | null][] = [];
          do {
            const mod = this.dotted();
            names.push([mod, this.eat('as') ? this.expectName() : null]);
          } while (this.eat(','));
          return { k: 'import', names, line };
        }
        case 'from': {
          this.pos++;
          const module = this.dotted();
          if (!this.eat('import')) this.fail();
          const paren = this.eat('(');
          const names: [string, string | null][] = [];
          if (this.eat('*'))
            this.fail("« from … import * » n'est pas pris en charge par le Python simulé de Baleine");
          do {
            if (paren && this.isOp(')')) break;
            const name = this.expectName();
            names.push([name, this.eat('as') ? this.expectName() : null]);
          } while (this.eat(','));
          if (paren) this.expectOp(')');
          return { k: 'from', module, names, line };
        }
        case 'assert': {
          this.pos++;
          const test = this.expr();
          return { k: 'assert', test, msg: this.eat(',') ? this.expr() : null, line };
        }
        case 'del': {
          this.pos++;
          const targets = [this.target()];
          while (this.eat(',')) targets.push(this.target());
          return { k: 'del', targets, line };
        }
      }
    }
    const first = this.exprList();
    if (this.cur().kind === 'op' && AUGMENTED.has(this.cur().value)) {
      const op = this.next().value.slice(0, -1);
      this.checkTarget(first);
      return { k: 'augassign', target: first, op, value: this.exprList(), line };
    }
    if (this.isOp(':')) {
      // An annotated assignment: `x: int = 3`.
      this.pos++;
      this.expr();
      if (!this.eat('=')) return { k: 'pass', line };
      this.checkTarget(first);
      return { k: 'assign', targets: [first], value: this.exprList(), line };
    }
    if (!this.isOp('=')) return { k: 'expr', expr: first, line };
    const targets = [first];
    let value = first;
    while (this.eat('=')) {
      value = this.exprList();
      targets.push(value);
    }
    targets.pop();
    for (const target of targets) this.checkTarget(target);
    return { k: 'assign', targets, value, line };
  }

  private atLineEnd(): boolean {
    return this.cur().kind === 'newline' || this.cur().kind === 'eof' || this.isOp(';');
  }

  private checkTarget(e: Expr): void {
    if (e.k === 'name' || e.k === 'attr' || e.k === 'subscript') return;
    if (e.k === 'tuple' || e.k === 'list') {
      e.items.forEach((i) => this.checkTarget(i));
      return;
    }
    const what = e.k === 'call' ? 'function call' : e.k === 'const' ? 'literal' : 'expression';
    this.fail(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`);
  }

  private dotted(): string {
    let name = this.expectName();
    while (this.eat('.')) name += `.${this.expectName()}`;
    return name;
  }

  private target(): Expr {
    const e = this.postfix();
    this.checkTarget(e);
    return e;
  }

  private targetList(): Expr {
    const first = this.target();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.eat(',')) {
      if (this.isName('in')) break;
      items.push(this.target());
    }
    return { k: 'tuple', items };
  }

  /** `a, b` as a tuple (return, assignment, for … in). */
  private exprList(): Expr {
    const first = this.expr();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.eat(',')) {
      if (this.atLineEnd() || this.isOp('=') || this.isOp(':') || this.isOp(')')) break;
      items.push(this.expr());
    }
    return { k: 'tuple', items };
  }

  expr(): Expr {
    if (this.isName('lambda')) {
      this.pos++;
      const params = this.params(':');
      this.expectOp(':');
      return { k: 'lambda', params, body: this.expr() };
    }
    const body = this.or();
    if (this.isName('if')) {
      this.pos++;
      const test = this.or();
      if (!this.eat('else')) this.fail("expected 'else' after 'if' expression");
      return { k: 'ifexp', test, body, orelse: this.expr() };
    }
    return body;
  }

  private or(): Expr {
    let left = this.and();
    while (this.eat('or')) left = { k: 'boolop', op: 'or', left, right: this.and() };
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.eat('and')) left = { k: 'boolop', op: 'and', left, right: this.not() };
    return left;
  }

  private not(): Expr {
    if (this.eat('not')) return { k: 'unary', op: 'not', operand: this.not() };
    return this.comparison();
  }

  private comparison(): Expr {
    const first = this.arith();
    const ops: string[] = [];
    const rest: Expr[] = [];
    for (;;) {
      let op: string | null = null;
      if (this.cur().kind === 'op' && COMPARISONS.has(this.cur().value)) op = this.next().value;
      else if (this.isName('in')) op = (this.pos++, 'in');
      else if (this.isName('is')) op = (this.pos++, this.eat('not') ? 'is not' : 'is');
      else if (this.isName('not') && this.tokens[this.pos + 1]?.value === 'in')
        op = ((this.pos += 2), 'not in');
      if (!op) break;
      ops.push(op);
      rest.push(this.arith());
    }
    return ops.length ? { k: 'compare', first, ops, rest } : first;
  }

  private arith(): Expr {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-'))
      left = { k: 'binop', op: this.next().value, left, right: this.term() };
    return left;
  }

  private term(): Expr {
    let left = this.factor();
    while (['*', '/', '//', '%', '@'].some((o) => this.isOp(o))) {
      const op = this.next().value;
      left = { k: 'binop', op, left, right: this.factor() };
    }
    return left;
  }

  private factor(): Expr {
    if (this.isOp('-') || this.isOp('+') || this.isOp('~')) {
      const op = this.next().value;
      return { k: 'unary', op, operand: this.factor() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.eat('**')) return { k: 'binop', op: '**', left: base, right: this.factor() };
    return base;
  }

  private postfix(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.eat('.')) e = { k: 'attr', obj: e, name: this.expectName() };
      else if (this.isOp('(')) {
        this.pos++;
        e = this.callArgs(e);
      } else if (this.eat('[')) {
        e = { k: 'subscript', obj: e, index: this.subscript() };
        this.expectOp(']');
      } else return e;
    }
  }

  private callArgs(func: Expr): Expr {
    const args: Expr[] = [];
    const star: Expr[] = [];
    const kwargs: [string, Expr][] = [];
    while (!this.isOp(')')) {
      if (this.eat('*')) star.push(this.expr());
      else if (this.eat('**'))
        this.fail("« ** » dans un appel n'est pas pris en charge par le Python simulé de Baleine");
      else if (
        this.cur().kind === 'name' &&
        this.tokens[this.pos + 1]?.value === '=' &&
        this.tokens[this.pos + 1].kind === 'op'
      ) {
        const name = this.next().value;
        this.pos++;
        kwargs.push([name, this.expr()]);
      } else {
        if (kwargs.length) this.fail('positional argument follows keyword argument');
        const value = this.expr();
        if (this.isName('for')) args.push(this.comprehension('gen', value, null, ')'));
        else args.push(value);
      }
      if (!this.eat(',')) break;
    }
    this.expectOp(')');
    return { k: 'call', func, args, star, kwargs };
  }

  private subscript(): Expr {
    const part = () => (this.isOp(':') || this.isOp(']') ? null : this.expr());
    const lower = part();
    if (!this.isOp(':')) {
      if (!this.isOp(',')) return lower!;
      const items = [lower!];
      while (this.eat(',') && !this.isOp(']')) items.push(this.expr());
      return { k: 'tuple', items };
    }
    this.pos++;
    const upper = part();
    const step = this.eat(':') ? part() : null;
    return { k: 'slice', lower, upper, step };
  }

  private comprehension(
    kind: 'list' | 'set' | 'dict' | 'gen',
    elt: Expr,
    value: Expr | null,
    end: string,
  ): Expr {
    const clauses: CompClause[] = [];
    while (this.eat('for')) {
      const target = this.targetList();
      if (!this.eat('in')) this.fail();
      const iter = this.or();
      const ifs: Expr[] = [];
      while (this.eat('if')) ifs.push(this.or());
      clauses.push({ target, iter, ifs });
    }
    if (!this.isOp(end)) this.fail();
    return { k: 'comp', kind, elt, value, clauses };
  }

  private atom(): Expr {
    const t = this.cur();
    if (t.kind === 'number') {
      this.pos++;
      return { k: 'const', value: parseNumber(t) };
    }
    if (t.kind === 'string') return this.strings();
    if (t.kind === 'name') {
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        this.pos++;
        return { k: 'const', value: t.value === 'None' ? null : t.value === 'True' };
      }
      if (UNSUPPORTED.has(t.value))
        this.fail(`« ${t.value} » n'est pas pris en charge par le Python simulé de Baleine`);
      if (KEYWORDS.has(t.value)) this.fail();
      this.pos++;
      return { k: 'name', id: t.value };
    }
    if (t.kind !== 'op') this.fail(t.kind === 'indent' ? 'unexpected indent' : 'invalid syntax');
    if (t.value === '(') {
      this.pos++;
      if (this.eat(')')) return { k: 'tuple', items: [] };
      const first = this.expr();
      if (this.isName('for')) {
        const gen = this.comprehension('gen', first, null, ')');
        this.expectOp(')');
        return gen;
      }
      if (this.eat(')')) return first;
      const items = [first];
      while (this.eat(',') && !this.isOp(')')) items.push(this.expr());
      this.expectOp(')');
      return { k: 'tuple', items };
    }
    if (t.value === '[') {
      this.pos++;
      const items: Expr[] = [];
      if (!this.isOp(']')) {
        const first = this.expr();
        if (this.isName('for')) {
          const comp = this.comprehension('list', first, null, ']');
          this.expectOp(']');
          return comp;
        }
        items.push(first);
        while (this.eat(',') && !this.isOp(']')) items.push(this.expr());
      }
      this.expectOp(']');
      return { k: 'list', items };
    }
    if (t.value === '{') {
      this.pos++;
      if (this.eat('}')) return { k: 'dict', entries: [] };
      const key = this.expr();
      if (this.eat(':')) {
        const value = this.expr();
        if (this.isName('for')) {
          const comp = this.comprehension('dict', key, value, '}');
          this.expectOp('}');
          return comp;
        }
        const entries: [Expr, Expr][] = [[key, value]];
        while (this.eat(',') && !this.isOp('}')) {
          const k = this.expr();
          this.expectOp(':');
          entries.push([k, this.expr()]);
        }
        this.expectOp('}');
        return { k: 'dict', entries };
      }
      if (this.isName('for')) {
        const comp = this.comprehension('set', key, null, '}');
        this.expectOp('}');
        return comp;
      }
      const items = [key];
      while (this.eat(',') && !this.isOp('}')) items.push(this.expr());
      this.expectOp('}');
      return { k: 'set', items };
    }
    return this.fail();
  }

  /** Adjacent string literals concatenate; f-strings among them are split into parts. */
  private strings(): Expr {
    const parts: (string | { expr: Expr; conv: string; spec: Expr | null })[] = [];
    let formatted = false;
    while (this.cur().kind === 'string') {
      const t = this.next();
      if (t.prefix?.includes('b'))
        this.fail(
          "les chaînes d'octets (b'…') ne sont pas prises en charge par le Python simulé de Baleine",
          t,
        );
      if (t.prefix?.includes('f')) {
        formatted = true;
        parts.push(...fstringParts(t));
      } else parts.push(t.value);
    }
    if (!formatted) return { k: 'const', value: parts.join('') };
    return { k: 'fstring', parts };
  }
}

function parseNumber(t: Token): bigint | number {
  const text = t.value;
  if (/j$/.test(text))
    throw new PySyntaxError(
      'les nombres complexes ne sont pas pris en charge par le Python simulé de Baleine',
      t.line,
      t.col,
    );
  if (/^0[xob]/i.test(text)) return BigInt(text.toLowerCase());
  if (/^\d+$/.test(text)) {
    if (/^0\d/.test(text) && /[1-9]/.test(text))
      throw new PySyntaxError(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        t.line,
        t.col,
      );
    return BigInt(text);
  }
  return Number(text);
}

/** The literal text and `{expr!conv:spec}` fields of an f-string. */
function fstringParts(t: Token): (string | { expr: Expr; conv: string; spec: Expr | null })[] {
  const s = t.value;
  const parts: (string | { expr: Expr; conv: string; spec: Expr | null })[] = [];
  let text = '';
  let i = 0;
  const fail = (msg: string): never => {
    throw new PySyntaxError(`f-string: ${msg}`, t.line, t.col);
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '{' && s[i + 1] === '{') {
      text += '{';
      i += 2;
      continue;
    }
    if (c === '}' && s[i + 1] === '}') {
      text += '}';
      i += 2;
      continue;
    }
    if (c === '}') fail("single '}' is not allowed");
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    // Find the end of the expression: a top-level '!', ':' or '}'.
    let depth = 0;
    let j = i + 1;
    let quote: string | null = null;
    for (; j < s.length; j++) {
      const d = s[j];
      if (quote) {
        if (d === quote) quote = null;
        continue;
      }
      if (d === '"' || d === "'") quote = d;
      else if ('([{'.includes(d)) depth++;
      else if (')]}'.includes(d) && depth > 0) depth--;
      else if (depth === 0 && (d === '}' || d === ':' || (d === '!' && s[j + 1] !== '='))) break;
    }
    if (j >= s.length) fail("expecting '}'");
    let source = s.slice(i + 1, j);
    if (!source.trim()) fail("valid expression required before '}'");
    let debug = '';
    if (/=\s*$/.test(source) && !/[=!<>]=\s*$/.test(source)) {
      debug = source;
      source = source.replace(/=\s*$/, '');
    }
    const expr = new Parser(tokenize(`(${source})`)).expr();
    let conv = debug ? 'r' : '';
    if (s[j] === '!') {
      conv = s[j + 1];
      if (!'rsa'.includes(conv)) fail(`invalid conversion character '${conv}': expected 's', 'r', or 'a'`);
      j += 2;
    }
    let spec: Expr | null = null;
    if (s[j] === ':') {
      let k = j + 1;
      let nested = 0;
      for (; k < s.length; k++) {
        if (s[k] === '{') nested++;
        else if (s[k] === '}') {
          if (nested === 0) break;
          nested--;
        }
      }
      spec = { k: 'fstring', parts: fstringParts({ ...t, value: s.slice(j + 1, k) }) };
      if (debug) conv = '';
      j = k;
    }
    if (s[j] !== '}') fail("expecting '}'");
    if (text || debug) parts.push(text + debug);
    text = '';
    parts.push({ expr, conv, spec });
    i = j + 1;
  }
  if (text) parts.push(text);
  return parts;
}
