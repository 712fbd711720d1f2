// Python's operators over PyValue: arithmetic, comparison, equality, iteration, indexing.
import { raise, type PyError } from './errors';
import {
  hashKey,
  isNumber,
  PyDict,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  repr,
  toNumber,
  typeName,
  type PyValue,
} from './values';

const isInt = (v: PyValue): v is bigint | boolean => typeof v === 'bigint' || typeof v === 'boolean';
const big = (v: bigint | boolean): bigint => (typeof v === 'boolean' ? (v ? 1n : 0n) : v);

function unsupported(op: string, a: PyValue, b: PyValue): never {
  throw raise('TypeError', `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

export function binop(op: string, a: PyValue, b: PyValue): PyValue {
  if (isNumber(a) && isNumber(b)) {
    if (isInt(a) && isInt(b)) {
      const x = big(a);
      const y = big(b);
      switch (op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          if (y === 0n) throw raise('ZeroDivisionError', 'division by zero');
          return Number(x) / Number(y);
        case '//':
          if (y === 0n) throw raise('ZeroDivisionError', 'integer division or modulo by zero');
          return floorDiv(x, y);
        case '%':
          if (y === 0n) throw raise('ZeroDivisionError', 'integer modulo by zero');
          return x - floorDiv(x, y) * y;
        case '**':
          return y < 0n ? Number(x) ** Number(y) : x ** y;
      }
      return unsupported(op, a, b);
    }
    const x = toNumber(a);
    const y = toNumber(b);
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        if (y === 0) throw raise('ZeroDivisionError', 'float division by zero');
        return x / y;
      case '//':
        if (y === 0) throw raise('ZeroDivisionError', 'float floor division by zero');
        return Math.floor(x / y);
      case '%':
        if (y === 0) throw raise('ZeroDivisionError', 'float modulo');
        return pyMod(x, y);
      case '**':
        return x ** y;
    }
    return unsupported(op, a, b);
  }
  if (op === '+') {
    if (typeof a === 'string') {
      if (typeof b === 'string') return a + b;
      throw raise('TypeError', `can only concatenate str (not "${typeName(b)}") to str`);
    }
    if (a instanceof PyList) {
      if (b instanceof PyList) return new PyList([...a.items, ...b.items]);
      throw raise('TypeError', `can only concatenate list (not "${typeName(b)}") to list`);
    }
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
  }
  if (op === '*') {
    const [seq, n] = isInt(b) ? [a, b] : isInt(a) ? [b, a] : [null, null];
    if (n !== null) {
      const times = Math.max(0, Number(big(n)));
      if (typeof seq === 'string') return seq.repeat(times);
      if (seq instanceof PyList) return new PyList(Array.from({ length: times }, () => seq.items).flat());
      if (seq instanceof PyTuple) return new PyTuple(Array.from({ length: times }, () => seq.items).flat());
    }
    if (typeof a === 'string' || typeof b === 'string' || a instanceof PyList || b instanceof PyList)
      throw raise(
        'TypeError',
        `can't multiply sequence by non-int of type '${typeName(typeof a === 'string' || a instanceof PyList ? b : a)}'`,
      );
  }
  if (op === '%' && typeof a === 'string') return percentFormat(a, b);
  if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
    const d = new PyDict();
    for (const [k, v] of [...a.map.values(), ...b.map.values()]) d.set(k, v);
    return d;
  }
  return unsupported(op, a, b);
}

/** `'%s is %d' % (name, age)`. */
function percentFormat(fmt: string, arg: PyValue): string {
  const args = arg instanceof PyTuple ? [...arg.items] : [arg];
  let used = 0;
  const out = fmt.replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdirfx%])/g,
    (_m, flags: string, width: string, prec: string, conv: string) => {
      if (conv === '%') return '%';
      if (used >= args.length) throw raise('TypeError', 'not enough arguments for format string');
      const v = args[used++];
      let s: string;
      if (conv === 's') s = typeof v === 'string' ? v : repr(v).replace(/^'(.*)'$/, '$1');
      else if (conv === 'r') s = repr(v);
      else if (!isNumber(v))
        throw raise('TypeError', `%${conv} format: a real number is required, not ${typeName(v)}`);
      else if (conv === 'f') s = toNumber(v).toFixed(prec ? Number(prec) : 6);
      else if (conv === 'x') s = BigInt(Math.trunc(toNumber(v))).toString(16);
      else s = String(typeof v === 'number' ? Math.trunc(v) : big(v as bigint));
      if (conv === 's' && typeof v !== 'string') s = strOf(v);
      const w = width ? Number(width) : 0;
      return flags.includes('-')
        ? s.padEnd(w)
        : s.padStart(w, flags.includes('0') && conv !== 's' ? '0' : ' ');
    },
  );
  if (used < args.length) throw raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function strOf(v: PyValue): string {
  return typeof v === 'string' ? v : repr(v);
}

export function equals(a: PyValue, b: PyValue): boolean {
  if (isNumber(a) && isNumber(b)) {
    if (isInt(a) && isInt(b)) return big(a) === big(b);
    return toNumber(a) === toNumber(b);
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple))
    return a.items.length === b.items.length && a.items.every((x, i) => equals(x, b.items[i]));
  if (a instanceof PyDict && b instanceof PyDict)
    return (
      a.map.size === b.map.size &&
      [...a.map].every(([k, [, v]]) => b.map.has(k) && equals(v, b.map.get(k)![1]))
    );
  if (a instanceof PySet && b instanceof PySet)
    return a.map.size === b.map.size && [...a.map.keys()].every((k) => b.map.has(k));
  return a === b;
}

function order(op: string, a: PyValue, b: PyValue): number {
  if (isNumber(a) && isNumber(b)) {
    if (isInt(a) && isInt(b)) return big(a) < big(b) ? -1 : big(a) > big(b) ? 1 : 0;
    const x = toNumber(a);
    const y = toNumber(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      if (!equals(a.items[i], b.items[i])) return order(op, a.items[i], b.items[i]);
    }
    return a.items.length - b.items.length;
  }
  throw raise(
    'TypeError',
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

export function compare(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case '<':
      return order(op, a, b) < 0;
    case '<=':
      return order(op, a, b) <= 0;
    case '>':
      return order(op, a, b) > 0;
    case '>=':
      return order(op, a, b) >= 0;
    case 'is':
      return a === b || (a === null && b === null);
    case 'is not':
      return !(a === b || (a === null && b === null));
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
  }
  throw raise('TypeError', `unknown comparison ${op}`);
}

export function sortKeyCompare(a: PyValue, b: PyValue): number {
  return order('<', a, b);
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string')
      throw raise('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyDict || container instanceof PySet) return container.map.has(hashKey(item));
  return iterate(container).some((x) => equals(x, item));
}

/** The items a `for` loop visits. */
export function iterate(v: PyValue): PyValue[] {
  if (typeof v === 'string') return [...v];
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  if (v instanceof PyDict) return [...v.map.values()].map(([k]) => k);
  if (v instanceof PySet) return [...v.map.values()];
  if (v instanceof PyObject && v.iterate) return v.iterate();
  throw raise('TypeError', `'${typeName(v)}' object is not iterable`);
}

function index(len: number, i: PyValue, what: string): number {
  if (!isInt(i)) throw raise('TypeError', `${what} indices must be integers or slices, not ${typeName(i)}`);
  const n = Number(big(i));
  const at = n < 0 ? len + n : n;
  if (at < 0 || at >= len) throw raise('IndexError', `${what} index out of range`);
  return at;
}

function sliceRange(len: number, s: PyObject): number[] {
  const get = (name: string) => s.attrs.get(name) ?? null;
  const step = get('step') === null ? 1 : Number(get('step'));
  if (step === 0) throw raise('ValueError', 'slice step cannot be zero');
  const clamp = (v: PyValue, dflt: number) => {
    if (v === null) return dflt;
    let n = Number(v);
    if (n < 0) n += len;
    return step > 0 ? Math.min(Math.max(n, 0), len) : Math.min(Math.max(n, -1), len - 1);
  };
  const start = clamp(get('start'), step > 0 ? 0 : len - 1);
  const stop = clamp(get('stop'), step > 0 ? len : -1);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyDict) {
    const v = obj.get(key);
    if (v === undefined) throw keyError(key);
    return v;
  }
  const seq =
    typeof obj === 'string' ? [...obj] : obj instanceof PyList || obj instanceof PyTuple ? obj.items : null;
  if (!seq) throw raise('TypeError', `'${typeName(obj)}' object is not subscriptable`);
  if (key instanceof PyObject && key.typeName === 'slice') {
    const items = sliceRange(seq.length, key).map((i) => seq[i]);
    return typeof obj === 'string'
      ? items.join('')
      : obj instanceof PyTuple
        ? new PyTuple(items)
        : new PyList(items);
  }
  const what = typeof obj === 'string' ? 'string' : typeName(obj);
  return seq[index(seq.length, key, what)];
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyDict) return obj.set(key, value);
  if (obj instanceof PyList) {
    obj.items[index(obj.items.length, key, 'list assignment')] = value;
    return;
  }
  throw raise('TypeError', `'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyDict) {
    if (!obj.map.delete(hashKey(key))) throw keyError(key);
    return;
  }
  if (obj instanceof PyList) {
    obj.items.splice(index(obj.items.length, key, 'list assignment'), 1);
    return;
  }
  throw raise('TypeError', `'${typeName(obj)}' object doesn't support item deletion`);
}

export function keyError(key: PyValue): PyError {
  const e = raise('KeyError');
  e.args.push(key);
  return e;
}
