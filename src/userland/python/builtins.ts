// Python's built-in functions (print, len, range, open, …) over the process the interpreter runs in.
import { EXCEPTION_TYPES, PyError, PyExcType, raise } from './errors';
import { iterate, compare } from './ops';
import { sortValues, type Caller } from './methods';
import { openFile, type PyIo } from './io';
import {
  PyClass,
  PyInstance,
  floatRepr,
  formatValue,
  hashKey,
  isNumber,
  PyBuiltin,
  PyDict,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  repr,
  str,
  toNumber,
  truthy,
  typeName,
  type Call,
  type PyValue,
} from './values';

function range(args: PyValue[]): PyObject {
  const ints = args.map((a) => {
    if (typeof a !== 'bigint' && typeof a !== 'boolean')
      throw raise('TypeError', `'${typeName(a)}' object cannot be interpreted as an integer`);
    return BigInt(a);
  });
  const [start, stop, step] = ints.length === 1 ? [0n, ints[0], 1n] : [ints[0], ints[1], ints[2] ?? 1n];
  if (step === 0n) throw raise('ValueError', 'range() arg 3 must not be zero');
  const items = () => {
    const out: PyValue[] = [];
    for (let i = start; step > 0n ? i < stop : i > stop; i += step) out.push(i);
    return out;
  };
  const shown = step === 1n ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`;
  return new PyObject('range', new Map(), items, shown);
}

function toInt(v: PyValue, base: PyValue | undefined): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw raise(
        Number.isNaN(v) ? 'ValueError' : 'OverflowError',
        `cannot convert float ${floatRepr(v)} to integer`,
      );
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') {
    const b = base === undefined ? 10 : Number(base);
    const text = v.trim().replace(/_/g, '');
    const digits =
      b === 10
        ? /^[+-]?\d+$/
        : b === 16
          ? /^[+-]?(0x)?[0-9a-f]+$/i
          : b === 2
            ? /^[+-]?(0b)?[01]+$/i
            : b === 8
              ? /^[+-]?(0o)?[0-7]+$/i
              : null;
    if (!digits || !digits.test(text))
      throw raise('ValueError', `invalid literal for int() with base ${b}: ${repr(v)}`);
    const neg = text.startsWith('-');
    const body = text.replace(/^[+-]/, '').replace(/^0[xbo]/i, '');
    const n = BigInt(b === 10 ? body : `0${b === 16 ? 'x' : b === 2 ? 'b' : 'o'}${body}`);
    return neg ? -n : n;
  }
  throw raise(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

function toFloat(v: PyValue): number {
  if (isNumber(v)) return toNumber(v);
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    if (/^[+-]?(\d[\d_]*\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t.replace(/_/g, ''));
    throw raise('ValueError', `could not convert string to float: ${repr(v)}`);
  }
  throw raise('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function extreme(name: 'min' | 'max', args: PyValue[]): PyValue {
  const items = args.length === 1 ? iterate(args[0]) : args;
  if (!items.length) throw raise('ValueError', `${name}() iterable argument is empty`);
  return items.reduce((best, x) => (compare(name === 'max' ? '>' : '<', x, best) ? x : best));
}

function sum(args: PyValue[]): PyValue {
  let total: PyValue = args[1] ?? 0n;
  for (const x of iterate(args[0])) {
    if (!isNumber(x))
      throw raise(
        'TypeError',
        `unsupported operand type(s) for +: '${typeName(total)}' and '${typeName(x)}'`,
      );
    total =
      typeof total === 'number' || typeof x === 'number'
        ? toNumber(total) + toNumber(x)
        : BigInt(total as bigint) + BigInt(x);
  }
  return total;
}

function round(args: PyValue[]): PyValue {
  const x = args[0];
  if (typeof x === 'bigint') return x;
  const n = toNumber(x);
  if (args[1] === undefined || args[1] === null) {
    // Banker's rounding, as Python does.
    const r = Math.round(n);
    return BigInt(Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r);
  }
  const digits = Number(args[1]);
  return Number(n.toFixed(Math.max(0, digits)));
}

/** The builtins module: functions bound to the process's streams and filesystem. */
/** str() and repr() as the interpreter computes them (a class's __str__ and __repr__ run Python code). */
export interface Texts {
  str(v: PyValue): Promise<string>;
  repr(v: PyValue): Promise<string>;
}

export function makeBuiltins(io: PyIo, call: Caller, text: Texts): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const def = (name: string, f: Call) => b.set(name, new PyBuiltin(name, f));
  def('print', async (args, kw) => {
    const sep = kw.has('sep') && kw.get('sep') !== null ? str(kw.get('sep')!) : ' ';
    const end = kw.has('end') && kw.get('end') !== null ? str(kw.get('end')!) : '\n';
    const shown: string[] = [];
    for (const a of args) shown.push(await text.str(a));
    const line = shown.join(sep) + end;
    const file = kw.get('file');
    if (file instanceof PyObject) {
      const write = file.attrs.get('write');
      if (write instanceof PyBuiltin) {
        await write.call([line], new Map());
        return null;
      }
    }
    io.stdout(line, truthy(kw.get('flush') ?? false));
    return null;
  });
  def('input', async (args) => {
    if (args.length) io.stdout(str(args[0]), true);
    const line = await io.readLine();
    if (line === null) throw raise('EOFError', 'EOF when reading a line');
    return line;
  });
  def('len', (args) => {
    const v = args[0];
    if (typeof v === 'string') return BigInt([...v].length);
    if (v instanceof PyList || v instanceof PyTuple) return BigInt(v.items.length);
    if (v instanceof PyDict || v instanceof PySet) return BigInt(v.map.size);
    if (v instanceof PyObject && v.iterate) return BigInt(v.iterate().length);
    throw raise('TypeError', `object of type '${typeName(v ?? null)}' has no len()`);
  });
  def('range', range);
  def('str', (args) => (args.length ? text.str(args[0]) : ''));
  def('repr', (args) => text.repr(args[0] ?? null));
  def('int', (args) => (args.length ? toInt(args[0], args[1]) : 0n));
  def('float', (args) => (args.length ? toFloat(args[0]) : 0));
  def('bool', (args) => (args.length ? truthy(args[0]) : false));
  def('list', (args) => new PyList(args.length ? iterate(args[0]) : []));
  def('tuple', (args) => new PyTuple(args.length ? iterate(args[0]) : []));
  def('set', (args) => {
    const s = new PySet();
    for (const v of args.length ? iterate(args[0]) : []) s.map.set(hashKey(v), v);
    return s;
  });
  def('dict', (args, kw) => {
    const d = new PyDict();
    if (args[0] instanceof PyDict) for (const [k, v] of args[0].map.values()) d.set(k, v);
    else if (args.length)
      for (const pair of iterate(args[0])) {
        const [k, v] = iterate(pair);
        d.set(k, v);
      }
    for (const [k, v] of kw) d.set(k, v);
    return d;
  });
  def('abs', (args) =>
    typeof args[0] === 'bigint' ? (args[0] < 0n ? -args[0] : args[0]) : Math.abs(toNumber(args[0])),
  );
  def('min', (args) => extreme('min', args));
  def('max', (args) => extreme('max', args));
  def('sum', sum);
  def('round', round);
  def(
    'sorted',
    async (args, kw) =>
      new PyList(
        await sortValues(iterate(args[0]), kw.get('key') ?? null, truthy(kw.get('reverse') ?? false), call),
      ),
  );
  def('reversed', (args) => new PyList(iterate(args[0]).reverse()));
  def('enumerate', (args, kw) => {
    const start = BigInt((args[1] ?? kw.get('start') ?? 0n) as bigint);
    return new PyList(iterate(args[0]).map((x, i) => new PyTuple([start + BigInt(i), x])));
  });
  def('zip', (args) => {
    const lists = args.map(iterate);
    const n = Math.min(...lists.map((l) => l.length));
    return new PyList(
      Array.from({ length: lists.length ? n : 0 }, (_x, i) => new PyTuple(lists.map((l) => l[i]))),
    );
  });
  def('map', async (args) => {
    const out: PyValue[] = [];
    for (const x of iterate(args[1])) out.push(await call(args[0], [x]));
    return new PyList(out);
  });
  def('filter', async (args) => {
    const out: PyValue[] = [];
    for (const x of iterate(args[1]))
      if (args[0] === null ? truthy(x) : truthy(await call(args[0], [x]))) out.push(x);
    return new PyList(out);
  });
  def('any', (args) => iterate(args[0]).some(truthy));
  def('all', (args) => iterate(args[0]).every(truthy));
  def('isinstance', (args) => {
    const types = args[1] instanceof PyTuple ? args[1].items : [args[1]];
    const v = args[0] ?? null;
    return types.some(
      (t) =>
        (t instanceof PyClass && v instanceof PyInstance && v.cls.isSubclassOf(t)) ||
        (t instanceof PyExcType && v instanceof PyError && v.type.isSubclassOf(t)) ||
        (t instanceof PyClass &&
          t.excType !== null &&
          v instanceof PyError &&
          v.type.isSubclassOf(t.excType)) ||
        (t instanceof PyBuiltin && (t.name === typeName(v) || (t.name === 'int' && typeof v === 'boolean'))),
    );
  });
  def('type', (args) => {
    const v = args[0] ?? null;
    if (v instanceof PyInstance) return v.cls;
    return new PyObject('type', new Map([['__name__', typeName(v)]]), undefined, `<class '${typeName(v)}'>`);
  });
  def('format', async (args) => {
    const v = args[0] ?? null;
    return formatValue(v instanceof PyInstance ? await text.str(v) : v, args.length > 1 ? str(args[1]) : '');
  });
  def('chr', (args) => String.fromCodePoint(Number(args[0])));
  def('ord', (args) => BigInt(str(args[0]).codePointAt(0) ?? 0));
  def(
    'hex',
    (args) =>
      `${BigInt(args[0] as bigint) < 0n ? '-' : ''}0x${(BigInt(args[0] as bigint) < 0n ? -BigInt(args[0] as bigint) : BigInt(args[0] as bigint)).toString(16)}`,
  );
  def('open', (args, kw) =>
    openFile(io, str(args[0]), args.length > 1 ? str(args[1]) : kw.has('mode') ? str(kw.get('mode')!) : 'r'),
  );
  def('exit', (args) => io.exit(args[0] ?? null));
  b.set('quit', b.get('exit')!);
  for (const [name, t] of EXCEPTION_TYPES) b.set(name, t);
  return b;
}
