// Runs a parsed awk program: BEGIN rules, then every record of the main input through the pattern
// rules, then END rules. Variables live in cells (a scalar or an array); function parameters get
// their own cells, arrays passed by reference.

import type { Expr, Func, GetlineSource, LValue, Program, Redirect, Rule, Stmt } from './ast';
import { Readers } from './readers';
import { awkSprintf } from './format';
import { MainInput } from './input';
import { Record } from './record';
import { compare, strnum, toNum, toStr, truthy, UNINIT, type Value } from './values';
import { callBuiltin } from './builtins';
import { Outputs } from './outputs';
import type { Tool } from '../applets/lib/tool';
import { compile, RegexError } from '../applets/lib/regex';
import { unescapeAssignment } from './escape';
import { fromAwk, toAwk } from './bytes';

export interface Cell {
  v?: Value;
  arr?: Map<string, Value>;
}

export class AwkRuntimeError extends Error {}

/** An error that ends awk at once with its own message (a file operand that cannot be read). */
export class AwkFatal extends Error {}

class Next {}
class Break {}
class Continue {}
class Exit {
  constructor(readonly status: number) {}
}
class Return {
  constructor(readonly value: Value) {}
}

export class Interpreter {
  readonly globals = new Map<string, Cell>();
  private frame: Map<string, Cell> | null = null;
  readonly record: Record;
  readonly out: Outputs;
  private readonly readers: Readers;
  private input: MainInput | null = null;
  private readonly regexCache = new Map<string, RegExp>();
  private readonly ranges = new Map<Rule, boolean>();
  private status = 0;
  seed = 0;
  /** The largest number printed as an integer without CONVFMT/OFMT (see values.toStr). */
  private readonly maxInt: number;
  private randState = 0x330en;

  constructor(
    readonly t: Tool,
    private readonly program: Program,
  ) {
    this.record = new Record(
      () => this.str(this.scalar('FS')),
      () => this.str(this.scalar('OFS')),
      () => this.str(this.scalar('RS')) === '',
    );
    this.maxInt = t.gnu ? 2 ** 31 - 1 : 1e16;
    this.out = new Outputs(t);
    this.readers = new Readers(t);
    const defaults: [string, Value][] = [
      ['FS', ' '],
      ['OFS', ' '],
      ['ORS', '\n'],
      ['RS', '\n'],
      ['NR', 0],
      ['FNR', 0],
      ['FILENAME', ''],
      ['SUBSEP', '\x1c'],
      ['RSTART', 0],
      ['RLENGTH', -1],
      ['CONVFMT', '%.6g'],
      ['OFMT', '%.6g'],
    ];
    for (const [k, v] of defaults) this.globals.set(k, { v });
    this.globals.set('ENVIRON', {
      arr: new Map(Object.entries(t.ctx.env).map(([k, v]) => [toAwk(k), strnum(toAwk(v))])),
    });
  }

  /** `-v name=value` and `name=value` operands: escape sequences are processed, the value is a strnum. */
  assign(name: string, value: string): void {
    this.setVar(name, strnum(unescapeAssignment(toAwk(value))));
  }

  async run(operands: string[]): Promise<number> {
    this.globals.set('ARGV', {
      arr: new Map(
        [this.t.name, ...operands].map((a, i) => [String(i), strnum(toAwk(a))] as [string, Value]),
      ),
    });
    this.globals.set('ARGC', { v: operands.length + 1 });
    const begins = this.program.rules.filter((r) => r.pattern.k === 'begin');
    const ends = this.program.rules.filter((r) => r.pattern.k === 'end');
    const mains = this.program.rules.filter((r) => r.pattern.k !== 'begin' && r.pattern.k !== 'end');
    let exited = false;
    try {
      for (const r of begins) await this.block(r.action ?? []);
      if (mains.length || ends.length) {
        this.input = new MainInput(this.t, this.argvOperands(), {
          rs: () => this.str(this.scalar('RS')),
          assign: (n, v) => this.assign(n, v),
          startFile: (name) => {
            this.setVar('FILENAME', toAwk(name));
            this.setVar('FNR', 0);
          },
          cannotOpen: (name, e) => {
            throw new AwkFatal(this.t.gnu ? `cannot open ${name} (${e.text})` : `${name}: ${e.text}`);
          },
        });
        for (let rec = await this.nextRecord(); rec; rec = await this.nextRecord()) {
          try {
            for (const r of mains)
              if (await this.matches(r))
                await this.block(r.action ?? [{ k: 'print', args: [], redirect: null }]);
          } catch (e) {
            if (!(e instanceof Next)) throw e;
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      this.status = e.status;
      exited = true;
    }
    try {
      if (!exited || ends.length) for (const r of ends) await this.block(r.action ?? []);
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      this.status = e.status;
    }
    await this.out.closeAll();
    return this.status;
  }

  /** ARGV[1..ARGC-1] as the program left them. */
  private argvOperands(): string[] {
    const argv = this.array('ARGV');
    const n = toNum(this.scalar('ARGC'));
    const ops: string[] = [];
    for (let i = 1; i < n; i++) ops.push(fromAwk(this.str(argv.get(String(i)) ?? '')));
    return ops;
  }

  private async nextRecord(): Promise<boolean> {
    const rec = await this.input!.record();
    if (rec === null) return false;
    this.record.set(rec);
    this.incr('NR');
    this.incr('FNR');
    return true;
  }

  private incr(name: string): void {
    this.setVar(name, toNum(this.scalar(name)) + 1);
  }

  private async matches(r: Rule): Promise<boolean> {
    const p = r.pattern;
    if (p.k === 'all') return true;
    if (p.k === 'expr') return truthy(await this.eval(p.expr));
    if (p.k !== 'range') return false;
    if (!this.ranges.get(r)) {
      if (!truthy(await this.eval(p.from))) return false;
      this.ranges.set(r, true);
    }
    if (truthy(await this.eval(p.to))) this.ranges.set(r, false);
    return true;
  }

  // ---- variables --------------------------------------------------------------------------------

  cell(name: string): Cell {
    const local = this.frame?.get(name);
    if (local) return local;
    let c = this.globals.get(name);
    if (!c) this.globals.set(name, (c = {}));
    return c;
  }

  scalar(name: string): Value {
    if (name === 'NF') return this.record.nf;
    const c = this.cell(name);
    if (c.arr) throw new AwkRuntimeError(`can't use array ${name} in scalar context`);
    return c.v ?? UNINIT;
  }

  setVar(name: string, v: Value): void {
    if (name === 'NF') {
      this.record.nf = Math.trunc(toNum(v));
      return;
    }
    const c = this.cell(name);
    if (c.arr) throw new AwkRuntimeError(`can't assign to ${name}; it's an array name.`);
    c.v = v;
  }

  array(name: string): Map<string, Value> {
    const c = this.cell(name);
    if (c.v !== undefined) throw new AwkRuntimeError(`can't use scalar ${name} as array`);
    if (!c.arr) c.arr = new Map();
    return c.arr;
  }

  str(v: Value): string {
    return toStr(v, this.convfmt(), this.maxInt);
  }

  private convfmt(): string {
    return toStr(this.globals.get('CONVFMT')?.v ?? '%.6g', '%.6g');
  }

  regex(src: string): RegExp {
    let re = this.regexCache.get(src);
    if (!re) {
      try {
        re = compile(src, true, '');
      } catch (e) {
        if (e instanceof RegexError)
          throw new AwkRuntimeError(`regular expression compile failed (${e.message})\n${src}`);
        throw e;
      }
      this.regexCache.set(src, re);
    }
    return re;
  }

  /** A regex operand: a /literal/ as written, anything else as a dynamic regex from its string value. */
  async regexOf(e: Expr): Promise<RegExp> {
    return this.regex(e.k === 'regex' ? e.src : this.str(await this.eval(e)));
  }

  private async key(subs: Expr[]): Promise<string> {
    const parts: string[] = [];
    for (const s of subs) parts.push(this.str(await this.eval(s)));
    return parts.join(this.str(this.scalar('SUBSEP')));
  }

  // ---- statements -------------------------------------------------------------------------------

  private async block(stmts: Stmt[]): Promise<void> {
    for (const s of stmts) await this.exec(s);
  }

  private async exec(s: Stmt): Promise<void> {
    switch (s.k) {
      case 'expr':
        await this.eval(s.expr);
        return;
      case 'print': {
        const ofmt = this.str(this.scalar('OFMT'));
        let text: string;
        if (s.args.length === 0) text = this.record.get(0);
        else {
          const parts: string[] = [];
          for (const a of s.args) parts.push(toStr(await this.eval(a), ofmt, this.maxInt));
          text = parts.join(this.str(this.scalar('OFS')));
        }
        return this.write(text + this.str(this.scalar('ORS')), s.redirect);
      }
      case 'printf': {
        const values: Value[] = [];
        for (const a of s.args) values.push(await this.eval(a));
        return this.write(awkSprintf(this.str(values[0]), values.slice(1), this.convfmt()), s.redirect);
      }
      case 'if':
        if (truthy(await this.eval(s.test))) await this.exec(s.then);
        else if (s.else) await this.exec(s.else);
        return;
      case 'while':
        while (truthy(await this.eval(s.test))) if (await this.loopBody(s.body)) break;
        return;
      case 'do':
        do if (await this.loopBody(s.body)) break;
        while (truthy(await this.eval(s.test)));
        return;
      case 'for':
        if (s.init) await this.exec(s.init);
        while (!s.test || truthy(await this.eval(s.test))) {
          if (await this.loopBody(s.body)) break;
          if (s.step) await this.exec(s.step);
        }
        return;
      case 'forin': {
        for (const k of [...this.array(s.array).keys()]) {
          if (!this.array(s.array).has(k)) continue;
          this.setVar(s.key, strnum(k));
          if (await this.loopBody(s.body)) break;
        }
        return;
      }
      case 'block':
        return this.block(s.body);
      case 'next':
        if (!this.input) throw new AwkRuntimeError('improper use of next');
        throw new Next();
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'exit':
        throw new Exit(s.status ? Math.trunc(toNum(await this.eval(s.status))) & 0xff : this.status);
      case 'return':
        throw new Return(s.value ? await this.eval(s.value) : UNINIT);
      case 'delete': {
        const arr = this.array(s.name);
        if (s.subs) arr.delete(await this.key(s.subs));
        else arr.clear();
        return;
      }
    }
  }

  /** Runs a loop body; true when it breaks. */
  private async loopBody(body: Stmt): Promise<boolean> {
    try {
      await this.exec(body);
    } catch (e) {
      if (e instanceof Break) return true;
      if (!(e instanceof Continue)) throw e;
    }
    return false;
  }

  private async write(text: string, redirect: Redirect | null): Promise<void> {
    if (!redirect) return this.out.stdout(text);
    this.out.write(redirect.mode, this.str(await this.eval(redirect.dest)), text);
  }

  // ---- expressions ------------------------------------------------------------------------------

  async eval(e: Expr): Promise<Value> {
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 'regex':
        return this.regex(e.src).test(this.record.get(0)) ? 1 : 0;
      case 'group':
        return this.eval(e.expr);
      case 'var':
        return this.scalar(e.name);
      case 'field': {
        const text = this.record.get(await this.fieldIndex(e.index));
        // BusyBox compares an empty field as the number 0, mawk as the string "".
        return text === '' && !this.t.gnu ? UNINIT : strnum(text);
      }
      case 'index':
        return this.array(e.name).get(await this.key(e.subs)) ?? this.touch(e.name, await this.key(e.subs));
      case 'assign': {
        let v = await this.eval(e.value);
        if (e.op !== '=') v = this.arith(e.op.slice(0, -1), toNum(await this.eval(e.target)), toNum(v));
        await this.store(e.target, v);
        return v;
      }
      case 'cond':
        return truthy(await this.eval(e.test)) ? this.eval(e.yes) : this.eval(e.no);
      case 'and':
        return truthy(await this.eval(e.left)) && truthy(await this.eval(e.right)) ? 1 : 0;
      case 'or':
        return truthy(await this.eval(e.left)) || truthy(await this.eval(e.right)) ? 1 : 0;
      case 'in':
        return this.array(e.name).has(await this.key(e.subs)) ? 1 : 0;
      case 'match': {
        const s = this.str(await this.eval(e.left));
        return (await this.regexOf(e.re)).test(s) !== e.negate ? 1 : 0;
      }
      case 'binary': {
        const l = await this.eval(e.left);
        const r = await this.eval(e.right);
        if (['<', '<=', '==', '!=', '>=', '>'].includes(e.op)) {
          const c = compare(l, r, this.convfmt());
          const ok =
            e.op === '<'
              ? c < 0
              : e.op === '<='
                ? c <= 0
                : e.op === '=='
                  ? c === 0
                  : e.op === '!='
                    ? c !== 0
                    : e.op === '>='
                      ? c >= 0
                      : c > 0;
          return ok ? 1 : 0;
        }
        return this.arith(e.op, toNum(l), toNum(r));
      }
      case 'concat':
        return this.str(await this.eval(e.left)) + this.str(await this.eval(e.right));
      case 'unary': {
        const v = await this.eval(e.arg);
        if (e.op === '!') return truthy(v) ? 0 : 1;
        return e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incdec': {
        const old = toNum(await this.eval(e.target));
        const now = e.op === '++' ? old + 1 : old - 1;
        await this.store(e.target, now);
        return e.prefix ? now : old;
      }
      case 'call':
        return this.call(e.name, e.args);
      case 'builtin':
        return callBuiltin(this, e.name, e.args);
      case 'getline':
        return this.getline(e.target, e.source);
    }
  }

  /** A reference to a missing element creates it (as in every awk). */
  private touch(name: string, key: string): Value {
    this.array(name).set(key, UNINIT);
    return UNINIT;
  }

  private async fieldIndex(e: Expr): Promise<number> {
    const n = Math.trunc(toNum(await this.eval(e)));
    if (n < 0) throw new AwkRuntimeError(`negative field index $${n}`);
    return n;
  }

  async store(target: LValue, v: Value): Promise<void> {
    if (target.k === 'var') this.setVar(target.name, v);
    else if (target.k === 'field') this.record.put(await this.fieldIndex(target.index), this.str(v));
    else this.array(target.name).set(await this.key(target.subs), v);
  }

  /** getline: 1 with a record, 0 at the end, -1 when the file or command cannot be read. */
  private async getline(target: LValue | null, source: GetlineSource | null): Promise<Value> {
    let rec: string | null;
    if (source) {
      const name = this.str(await this.eval(source.name));
      const r = await this.readers.record(source.kind, name, this.str(this.scalar('RS')));
      if (r === undefined) return -1;
      rec = r;
    } else rec = this.input ? await this.input.record() : null;
    if (rec === null) return 0;
    // From a file, neither NR nor FNR counts the record; from a command, NR does.
    if (source?.kind !== 'file') this.incr('NR');
    if (!source) this.incr('FNR');
    if (target) await this.store(target, strnum(rec));
    else this.record.set(rec);
    return 1;
  }

  /** close(): an output file or command, or a getline source. */
  async close(name: string): Promise<number> {
    const status = await this.out.close(name);
    return this.readers.close(name) ? 0 : status;
  }

  private async call(name: string, args: Expr[]): Promise<Value> {
    const f: Func | undefined = this.program.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    const frame = new Map<string, Cell>();
    for (let i = 0; i < f.params.length; i++) {
      const a = args[i];
      if (!a) frame.set(f.params[i], {});
      else if (a.k === 'var' && !(a.name === 'NF')) {
        const c = this.cell(a.name);
        // Arrays (and untyped names, which may become arrays) are passed by reference.
        frame.set(f.params[i], c.arr || c.v === undefined ? c : { v: c.v });
      } else frame.set(f.params[i], { v: await this.eval(a) });
    }
    const saved = this.frame;
    this.frame = frame;
    try {
      await this.block(f.body);
      return UNINIT;
    } catch (e) {
      if (e instanceof Return) return e.value;
      throw e;
    } finally {
      this.frame = saved;
    }
  }

  /** rand(): drand48's 48-bit linear congruential generator, seeded by srand. */
  rand(): number {
    this.randState = (this.randState * 0x5deece66dn + 0xbn) & 0xffffffffffffn;
    return Number(this.randState) / 2 ** 48;
  }

  srand(seed: number): number {
    const prev = this.seed;
    this.seed = seed;
    this.randState = ((BigInt(Math.trunc(seed)) << 16n) | 0x330en) & 0xffffffffffffn;
    return prev;
  }

  /** Arithmetic; division by zero is an error in BusyBox awk and inf/nan in mawk. */
  private arith(op: string, a: number, b: number): number {
    if ((op === '/' || op === '%') && b === 0 && !this.t.gnu) throw new AwkRuntimeError('Division by zero');
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return a / b;
      case '%':
        return a % b;
      default:
        return a ** b;
    }
  }
}
