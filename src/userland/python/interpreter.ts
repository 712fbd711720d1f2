// The evaluator: runs a module's statements with Python's scoping (locals, globals, builtins), control
// flow, exceptions with their traceback frames, and calls of Python and built-in functions.
import type { Expr, Param, Stmt } from './ast';
import { excType, PyError, PyExcType, raise, type TraceFrame } from './errors';
import { binop, compare, delItem, getItem, iterate, setItem } from './ops';
import { getAttr, setAttr } from './methods';
import {
  PyClass,
  PyInstance,
  formatValue,
  hashKey,
  PyBuiltin,
  PyDict,
  PyFunction,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  repr,
  str,
  truthy,
  typeName,
  type PyValue,
} from './values';

class Return {
  constructor(readonly value: PyValue) {}
}
class Break {}
class Continue {}

/** What the interpreter needs from the process it runs in. */
export interface PyHost {
  /** Yields to the rest of the simulation now and then (long loops stay interruptible). */
  yieldNow(): Promise<void>;
  importModule(name: string): PyValue | null;
  builtins: Map<string, PyValue>;
}

interface Frame {
  file: string;
  name: string;
  line: number;
  locals: Map<string, PyValue> | null;
  globalNames: Set<string>;
  /** The locals of the functions this one is nested in, innermost first. */
  enclosing: Map<string, PyValue>[];
  /** A class body's frame: its names are no closure for the methods defined in it. */
  isClass?: boolean;
  /** In a method: its class and `self`, for super(). */
  method?: { owner: PyClass; self: PyValue };
}

const MAX_DEPTH = 1000;
const YIELD_EVERY = 20_000;

export class Interpreter {
  readonly globals = new Map<string, PyValue>();
  private readonly frames: Frame[] = [];
  private steps = 0;

  constructor(
    private readonly host: PyHost,
    private readonly file: string,
  ) {
    this.globals.set('__name__', '__main__');
  }

  async runModule(body: Stmt[]): Promise<void> {
    this.frames.push(this.moduleFrame());
    try {
      await this.block(body);
    } finally {
      this.frames.pop();
    }
  }

  /** Runs one interactive input (the REPL's): an expression statement's value, if not None, is shown. */
  async runInteractive(body: Stmt[], show: (value: PyValue) => void): Promise<void> {
    if (this.frames.length === 0) this.frames.push(this.moduleFrame());
    for (const s of body) {
      if (s.k !== 'expr') {
        await this.stmt(s);
        continue;
      }
      this.frame.line = s.line;
      let value: PyValue;
      try {
        value = await this.eval(s.expr);
      } catch (err) {
        if (err instanceof PyError) throw this.trace(err);
        throw err;
      }
      if (value !== null) {
        this.globals.set('_', value);
        show(value);
      }
    }
  }

  private moduleFrame(): Frame {
    return {
      file: this.file,
      name: '<module>',
      line: 0,
      locals: null,
      globalNames: new Set(),
      enclosing: [],
    };
  }

  /** What a function defined here sees of the enclosing functions' variables. */
  private enclosingScopes(): Map<string, PyValue>[] {
    const f = this.frame;
    return f.locals && !f.isClass ? [f.locals, ...f.enclosing] : f.enclosing;
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private trace(err: PyError): PyError {
    if (!err.frames)
      err.frames = this.frames.map((f): TraceFrame => ({ file: f.file, line: f.line, name: f.name }));
    return err;
  }

  private async block(body: Stmt[]): Promise<void> {
    for (const s of body) await this.stmt(s);
  }

  private async stmt(s: Stmt): Promise<void> {
    this.frame.line = s.line;
    if (++this.steps % YIELD_EVERY === 0) await this.host.yieldNow();
    try {
      await this.exec(s);
    } catch (err) {
      if (err instanceof PyError) throw this.trace(err);
      if (err instanceof RangeError && /call stack/i.test(err.message))
        throw this.trace(raise('RecursionError', 'maximum recursion depth exceeded'));
      throw err;
    }
  }

  private async exec(s: Stmt): Promise<void> {
    switch (s.k) {
      case 'expr':
        await this.eval(s.expr);
        return;
      case 'assign': {
        const value = await this.eval(s.value);
        for (const t of s.targets) await this.assign(t, value);
        return;
      }
      case 'augassign': {
        const current = await this.eval(s.target);
        const right = await this.eval(s.value);
        const value =
          s.op === '+' && current instanceof PyList
            ? (current.items.push(...iterate(right)), current)
            : binop(s.op, current, right);
        await this.assign(s.target, value);
        return;
      }
      case 'if':
        if (truthy(await this.eval(s.test))) await this.block(s.body);
        else await this.block(s.orelse);
        return;
      case 'while':
        while (truthy(await this.eval(s.test))) {
          if (++this.steps % YIELD_EVERY === 0) await this.host.yieldNow();
          if (!(await this.iteration(s.body))) return;
        }
        await this.block(s.orelse);
        return;
      case 'for':
        for (const item of iterate(await this.eval(s.iter))) {
          await this.assign(s.target, item);
          if (!(await this.iteration(s.body))) return;
        }
        await this.block(s.orelse);
        return;
      case 'def': {
        const defaults = await Promise.all(
          s.params.map((p) => (p.default ? this.eval(p.default) : undefined)),
        );
        this.store(
          s.name,
          new PyFunction(s.name, s.params, s.body, this.globals, this.enclosingScopes(), defaults),
        );
        return;
      }
      case 'class':
        this.store(s.name, await this.defineClass(s.name, await this.evalAll(s.bases), s.body));
        return;
      case 'return':
        throw new Return(s.value ? await this.eval(s.value) : null);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'pass':
        return;
      case 'global':
        for (const n of s.names) this.frame.globalNames.add(n);
        return;
      case 'import':
        for (const [name, alias] of s.names) {
          const mod = this.importModule(name);
          this.store(alias ?? name.split('.')[0], alias ? mod : this.importModule(name.split('.')[0]));
        }
        return;
      case 'from': {
        const mod = this.importModule(s.module);
        for (const [name, alias] of s.names) {
          let v: PyValue;
          try {
            v = getAttr(mod, name);
          } catch {
            throw raise('ImportError', `cannot import name '${name}' from '${s.module}' (unknown location)`);
          }
          this.store(alias ?? name, v);
        }
        return;
      }
      case 'raise': {
        if (!s.exc) {
          const current = this.handling[this.handling.length - 1];
          throw current ?? raise('RuntimeError', 'No active exception to reraise');
        }
        const v = await this.eval(s.exc);
        if (v instanceof PyError) throw v;
        if (v instanceof PyExcType) throw new PyError(v, []);
        if (v instanceof PyClass && v.excType) throw new PyError(v.excType, []);
        throw raise('TypeError', 'exceptions must derive from BaseException');
      }
      case 'try':
        return this.tryStmt(s);
      case 'with': {
        const ctx = await this.eval(s.ctx);
        const entered = await this.call(getAttr(ctx, '__enter__'), []);
        if (s.name) await this.assign(s.name, entered);
        try {
          await this.block(s.body);
        } finally {
          await this.call(getAttr(ctx, '__exit__'), [null, null, null]);
        }
        return;
      }
      case 'assert':
        if (!truthy(await this.eval(s.test))) {
          throw new PyError(excType('AssertionError'), s.msg ? [await this.eval(s.msg)] : []);
        }
        return;
      case 'del':
        for (const t of s.targets) {
          if (t.k === 'subscript') delItem(await this.eval(t.obj), await this.eval(t.index));
          else if (t.k === 'name') {
            const scope = this.scopeOf(t.id);
            if (!scope.delete(t.id)) throw raise('NameError', `name '${t.id}' is not defined`);
          } else throw raise('TypeError', 'cannot delete this target');
        }
        return;
    }
  }

  private async defineClass(name: string, bases: PyValue[], body: Stmt[]): Promise<PyClass> {
    let excBase: PyExcType | null = null;
    const classes: PyClass[] = [];
    for (const b of bases) {
      if (b instanceof PyExcType) excBase ??= b;
      else if (b instanceof PyClass) {
        classes.push(b);
        excBase ??= b.excType;
      } else throw raise('TypeError', 'bases must be types');
    }
    const ns = new Map<string, PyValue>();
    this.frames.push({
      file: this.file,
      name,
      line: 0,
      locals: ns,
      globalNames: new Set(),
      enclosing: this.enclosingScopes(),
      isClass: true,
    });
    try {
      await this.block(body);
    } finally {
      this.frames.pop();
    }
    const cls = new PyClass(name, classes, ns, excBase ? new PyExcType(name, excBase) : null);
    for (const v of ns.values()) if (v instanceof PyFunction) v.owner = cls;
    return cls;
  }

  /** str(v), calling a class's __str__ (or __repr__). */
  async strOf(v: PyValue): Promise<string> {
    if (!(v instanceof PyInstance)) return str(v);
    return (await this.special(v, v.cls.lookup('__str__') ?? v.cls.lookup('__repr__'), '__str__')) ?? str(v);
  }

  /** repr(v), calling a class's __repr__. */
  async reprOf(v: PyValue): Promise<string> {
    if (!(v instanceof PyInstance)) return repr(v);
    return (await this.special(v, v.cls.lookup('__repr__'), '__repr__')) ?? repr(v);
  }

  private async special(
    self: PyInstance,
    found: { value: PyValue } | null,
    name: string,
  ): Promise<string | null> {
    if (!found || !(found.value instanceof PyFunction)) return null;
    const r = await this.call(found.value, [self]);
    if (typeof r !== 'string') throw raise('TypeError', `${name} returned non-string (type ${typeName(r)})`);
    return r;
  }

  private superOf(): PyObject {
    const m = this.frame.method;
    if (!m) throw raise('RuntimeError', 'super(): no arguments');
    const attrs = new Map<string, PyValue>();
    const collect = (c: PyClass) => {
      for (const [k, v] of c.attrs) {
        if (attrs.has(k)) continue;
        attrs.set(
          k,
          v instanceof PyFunction ? new PyBuiltin(k, (a, kw) => this.call(v, [m.self, ...a], kw), m.self) : v,
        );
      }
      c.bases.forEach(collect);
    };
    m.owner.bases.forEach(collect);
    if (!attrs.has('__init__')) attrs.set('__init__', new PyBuiltin('__init__', () => null, m.self));
    return new PyObject(
      'super',
      attrs,
      undefined,
      `<super: <class '${m.owner.name}'>, <${m.owner.name} object>>`,
    );
  }

  /** Runs a loop's body once: false when it breaks out of the loop. */
  private async iteration(body: Stmt[]): Promise<boolean> {
    try {
      await this.block(body);
      return true;
    } catch (e) {
      if (e instanceof Break) return false;
      if (e instanceof Continue) return true;
      throw e;
    }
  }

  /** Exceptions being handled (for a bare `raise`). */
  private readonly handling: PyError[] = [];

  private async tryStmt(s: Extract<Stmt, { k: 'try' }>): Promise<void> {
    try {
      try {
        await this.block(s.body);
      } catch (err) {
        if (!(err instanceof PyError)) throw err;
        for (const h of s.handlers) {
          if (h.types && !this.matches(err, await this.eval(h.types))) continue;
          this.handling.push(err);
          if (h.name) this.store(h.name, err);
          try {
            await this.block(h.body);
          } finally {
            this.handling.pop();
          }
          return;
        }
        throw err;
      }
      await this.block(s.orelse);
    } finally {
      await this.block(s.final);
    }
  }

  private matches(err: PyError, spec: PyValue): boolean {
    if (spec instanceof PyTuple) return spec.items.some((t) => this.matches(err, t));
    if (spec instanceof PyExcType) return err.type.isSubclassOf(spec);
    if (spec instanceof PyClass && spec.excType) return err.type.isSubclassOf(spec.excType);
    throw raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }

  private importModule(name: string): PyValue {
    const mod = this.host.importModule(name);
    if (mod === null) throw raise('ModuleNotFoundError', `No module named '${name}'`);
    return mod;
  }

  private scopeOf(name: string): Map<string, PyValue> {
    const f = this.frame;
    return f.locals && !f.globalNames.has(name) ? f.locals : this.globals;
  }

  private store(name: string, value: PyValue): void {
    this.scopeOf(name).set(name, value);
  }

  private lookup(name: string): PyValue {
    const f = this.frame;
    if (f.locals?.has(name)) return f.locals.get(name)!;
    const outer = f.enclosing.find((scope) => scope.has(name));
    if (outer) return outer.get(name)!;
    if (this.globals.has(name)) return this.globals.get(name)!;
    if (this.host.builtins.has(name)) return this.host.builtins.get(name)!;
    if (name === 'super') return new PyBuiltin('super', () => this.superOf());
    throw raise('NameError', `name '${name}' is not defined`);
  }

  private async assign(target: Expr, value: PyValue): Promise<void> {
    switch (target.k) {
      case 'name':
        this.store(target.id, value);
        return;
      case 'subscript':
        setItem(await this.eval(target.obj), await this.eval(target.index), value);
        return;
      case 'attr':
        setAttr(await this.eval(target.obj), target.name, value);
        return;
      case 'tuple':
      case 'list': {
        const items = iterate(value);
        if (items.length < target.items.length)
          throw raise(
            'ValueError',
            `not enough values to unpack (expected ${target.items.length}, got ${items.length})`,
          );
        if (items.length > target.items.length)
          throw raise('ValueError', `too many values to unpack (expected ${target.items.length})`);
        for (let i = 0; i < items.length; i++) await this.assign(target.items[i], items[i]);
        return;
      }
    }
    throw raise('SyntaxError', 'cannot assign');
  }

  async eval(e: Expr): Promise<PyValue> {
    switch (e.k) {
      case 'const':
        return e.value;
      case 'name':
        return this.lookup(e.id);
      case 'fstring': {
        let out = '';
        for (const p of e.parts) {
          if (typeof p === 'string') out += p;
          else {
            const v = await this.eval(p.expr);
            const spec = p.spec ? str(await this.eval(p.spec)) : '';
            const shown =
              p.conv === 'r' || p.conv === 'a'
                ? await this.reprOf(v)
                : p.conv === 's' || v instanceof PyInstance
                  ? await this.strOf(v)
                  : v;
            out += formatValue(shown, spec);
          }
        }
        return out;
      }
      case 'list':
        return new PyList(await this.evalAll(e.items));
      case 'tuple':
        return new PyTuple(await this.evalAll(e.items));
      case 'set': {
        const set = new PySet();
        for (const v of await this.evalAll(e.items)) set.map.set(hashKey(v), v);
        return set;
      }
      case 'dict': {
        const d = new PyDict();
        for (const [k, v] of e.entries) d.set(await this.eval(k), await this.eval(v));
        return d;
      }
      case 'binop':
        return binop(e.op, await this.eval(e.left), await this.eval(e.right));
      case 'unary': {
        const v = await this.eval(e.operand);
        if (e.op === 'not') return !truthy(v);
        if (e.op === '+') return binop('+', 0n, v);
        if (e.op === '-') {
          if (typeof v === 'bigint' || typeof v === 'boolean') return -BigInt(v);
          if (typeof v === 'number') return -v;
          throw raise('TypeError', `bad operand type for unary -: '${typeName(v)}'`);
        }
        if (typeof v === 'bigint') return ~v;
        throw raise('TypeError', `bad operand type for unary ~: '${typeName(v)}'`);
      }
      case 'boolop': {
        const left = await this.eval(e.left);
        if (e.op === 'and' ? !truthy(left) : truthy(left)) return left;
        return this.eval(e.right);
      }
      case 'compare': {
        let left = await this.eval(e.first);
        for (let i = 0; i < e.ops.length; i++) {
          const right = await this.eval(e.rest[i]);
          if (!compare(e.ops[i], left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'ifexp':
        return truthy(await this.eval(e.test)) ? this.eval(e.body) : this.eval(e.orelse);
      case 'call': {
        const func = await this.eval(e.func);
        const args = await this.evalAll(e.args);
        for (const s of e.star) args.push(...iterate(await this.eval(s)));
        const kwargs = new Map<string, PyValue>();
        for (const [k, v] of e.kwargs) kwargs.set(k, await this.eval(v));
        return this.call(func, args, kwargs);
      }
      case 'attr':
        return getAttr(await this.eval(e.obj), e.name, (f, a, k) => this.call(f, a, k));
      case 'subscript':
        return getItem(await this.eval(e.obj), await this.eval(e.index));
      case 'slice': {
        const part = async (x: Expr | null) => (x ? this.eval(x) : null);
        const attrs = new Map<string, PyValue>([
          ['start', await part(e.lower)],
          ['stop', await part(e.upper)],
          ['step', await part(e.step)],
        ]);
        return new PyObject('slice', attrs);
      }
      case 'lambda': {
        const defaults = await Promise.all(
          e.params.map((p) => (p.default ? this.eval(p.default) : undefined)),
        );
        return new PyFunction(
          '<lambda>',
          e.params,
          { expr: e.body },
          this.globals,
          this.enclosingScopes(),
          defaults,
        );
      }
      case 'comp':
        return this.comprehension(e);
    }
  }

  private async evalAll(items: Expr[]): Promise<PyValue[]> {
    const out: PyValue[] = [];
    for (const i of items) out.push(await this.eval(i));
    return out;
  }

  private async comprehension(e: Extract<Expr, { k: 'comp' }>): Promise<PyValue> {
    const results: PyValue[] = [];
    const pairs: [PyValue, PyValue][] = [];
    const saved = this.frame.locals;
    // The comprehension's variables live in their own scope, as in Python 3.
    this.frame.locals = new Map(saved ?? []);
    const run = async (i: number): Promise<void> => {
      if (i === e.clauses.length) {
        if (e.kind === 'dict') pairs.push([await this.eval(e.elt), await this.eval(e.value!)]);
        else results.push(await this.eval(e.elt));
        return;
      }
      const c = e.clauses[i];
      for (const item of iterate(await this.eval(c.iter))) {
        await this.assign(c.target, item);
        let ok = true;
        for (const cond of c.ifs) if (!truthy(await this.eval(cond))) ok = false;
        if (ok) await run(i + 1);
      }
    };
    const globalNames = this.frame.globalNames;
    this.frame.globalNames = new Set();
    try {
      await run(0);
    } finally {
      this.frame.locals = saved;
      this.frame.globalNames = globalNames;
    }
    if (e.kind === 'dict') {
      const d = new PyDict();
      for (const [k, v] of pairs) d.set(k, v);
      return d;
    }
    if (e.kind === 'set') {
      const s = new PySet();
      for (const v of results) s.map.set(hashKey(v), v);
      return s;
    }
    return e.kind === 'list'
      ? new PyList(results)
      : new PyObject('generator', new Map(), () => results, '<generator object <genexpr> at 0x7f3a1c2f0a00>');
  }

  async call(func: PyValue, args: PyValue[], kwargs = new Map<string, PyValue>()): Promise<PyValue> {
    if (func instanceof PyBuiltin) return func.call(args, kwargs);
    if (func instanceof PyExcType) return new PyError(func, args);
    if (func instanceof PyClass) return this.instantiate(func, args, kwargs);
    if (!(func instanceof PyFunction)) throw raise('TypeError', `'${typeName(func)}' object is not callable`);
    if (this.frames.length > MAX_DEPTH) throw raise('RecursionError', 'maximum recursion depth exceeded');
    const locals = this.bind(func, args, kwargs);
    const frame: Frame = {
      file: this.file,
      name: func.name,
      line: 0,
      locals,
      globalNames: new Set(),
      enclosing: func.enclosing,
      method: func.owner && args.length ? { owner: func.owner, self: args[0] } : undefined,
    };
    this.frames.push(frame);
    try {
      if ('expr' in func.body) return await this.eval(func.body.expr);
      await this.block(func.body);
      return null;
    } catch (e) {
      if (e instanceof Return) return e.value;
      throw e;
    } finally {
      this.frames.pop();
    }
  }

  private async instantiate(cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue>): Promise<PyValue> {
    if (cls.excType) return new PyError(cls.excType, args);
    const self = new PyInstance(cls);
    const init = cls.lookup('__init__');
    if (init?.value instanceof PyFunction) {
      const r = await this.call(init.value, [self, ...args], kwargs);
      if (r !== null) throw raise('TypeError', `__init__() should return None, not '${typeName(r)}'`);
    } else if (args.length || kwargs.size) throw raise('TypeError', `${cls.name}() takes no arguments`);
    return self;
  }

  private bind(func: PyFunction, args: PyValue[], kwargs: Map<string, PyValue>): Map<string, PyValue> {
    const locals = new Map<string, PyValue>();
    const positional = func.params.filter((p) => !p.star);
    const star = func.params.find((p: Param) => p.star === '*');
    const starstar = func.params.find((p: Param) => p.star === '**');
    if (args.length > positional.length && !star) {
      const n = positional.length;
      throw raise(
        'TypeError',
        `${func.name}() takes ${n} positional argument${n === 1 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
      );
    }
    positional.forEach((p, i) => {
      if (i < args.length) locals.set(p.name, args[i]);
    });
    if (star) locals.set(star.name, new PyTuple(args.slice(positional.length)));
    const extra = new PyDict();
    for (const [k, v] of kwargs) {
      if (positional.some((p) => p.name === k)) {
        if (locals.has(k)) throw raise('TypeError', `${func.name}() got multiple values for argument '${k}'`);
        locals.set(k, v);
      } else if (starstar) extra.set(k, v);
      else throw raise('TypeError', `${func.name}() got an unexpected keyword argument '${k}'`);
    }
    if (starstar) locals.set(starstar.name, extra);
    const missing: string[] = [];
    func.params.forEach((p, i) => {
      if (p.star || locals.has(p.name)) return;
      const d = func.defaults[i];
      if (d === undefined) missing.push(p.name);
      else locals.set(p.name, d);
    });
    if (missing.length) {
      const names = missing.map((m) => `'${m}'`);
      const list =
        names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      throw raise(
        'TypeError',
        `${func.name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
      );
    }
    return locals;
  }
}
