// Python values in JS: None = null, bool = boolean, int = bigint, float = number, str = string; the
// containers, functions and modules are small classes. repr/str/format follow CPython's output.
import type { Param, Stmt } from './ast';
import { PyError, PyExcType, raise } from './errors';

export type PyValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PyList
  | PyTuple
  | PyDict
  | PySet
  | PyFunction
  | PyBuiltin
  | PyModule
  | PyExcType
  | PyError
  | PyClass
  | PyInstance
  | PyObject;

export class PyList {
  constructor(public items: PyValue[]) {}
}
export class PyTuple {
  constructor(readonly items: PyValue[]) {}
}
export class PySet {
  readonly map = new Map<string, PyValue>();
}
export class PyDict {
  readonly map = new Map<string, [PyValue, PyValue]>();
  get(key: PyValue): PyValue | undefined {
    return this.map.get(hashKey(key))?.[1];
  }
  set(key: PyValue, value: PyValue): void {
    this.map.set(hashKey(key), [key, value]);
  }
}
export class PyFunction {
  constructor(
    readonly name: string,
    readonly params: Param[],
    readonly body: Stmt[] | { expr: import('./ast').Expr },
    readonly globals: Map<string, PyValue>,
    /** Locals of the enclosing functions, innermost first (closures). */
    readonly enclosing: Map<string, PyValue>[],
    readonly defaults: (PyValue | undefined)[],
  ) {}
  /** The class whose body defined this function (for super()). */
  owner: PyClass | null = null;
}
/** A class defined by a `class` statement. */
export class PyClass {
  constructor(
    readonly name: string,
    readonly bases: PyClass[],
    readonly attrs: Map<string, PyValue>,
    /** Set when the class derives from an exception: its instances are raised as this type. */
    readonly excType: PyExcType | null,
  ) {}

  /** The class's attribute, looked up through its bases (depth first, as single inheritance does). */
  lookup(name: string): { value: PyValue; owner: PyClass } | null {
    if (this.attrs.has(name)) return { value: this.attrs.get(name)!, owner: this };
    for (const b of this.bases) {
      const found = b.lookup(name);
      if (found) return found;
    }
    return null;
  }

  isSubclassOf(other: PyClass): boolean {
    return this === other || this.bases.some((b) => b.isSubclassOf(other));
  }
}

export class PyInstance {
  readonly attrs = new Map<string, PyValue>();
  constructor(readonly cls: PyClass) {}
}

export type Call = (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue | Promise<PyValue>;
export class PyBuiltin {
  constructor(
    readonly name: string,
    readonly call: Call,
    /** The object a method is bound to (repr: `<built-in method x of str object>`). */
    readonly self?: PyValue,
  ) {}
}
export class PyModule {
  constructor(
    readonly name: string,
    readonly attrs: Map<string, PyValue>,
  ) {}
}
/** Objects with a type name and attributes (file objects, range, iterators). */
export class PyObject {
  constructor(
    readonly typeName: string,
    readonly attrs: Map<string, PyValue>,
    readonly iterate?: () => PyValue[],
    readonly reprText?: string,
  ) {}
}

export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyList) return 'list';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyDict) return 'dict';
  if (v instanceof PySet) return 'set';
  if (v instanceof PyFunction) return 'function';
  if (v instanceof PyBuiltin) return 'builtin_function_or_method';
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyExcType) return 'type';
  if (v instanceof PyError) return v.type.name;
  if (v instanceof PyClass) return 'type';
  if (v instanceof PyInstance) return v.cls.name;
  return v.typeName;
}

export function hashKey(v: PyValue): string {
  if (v === null) return 'N';
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `n:${BigInt(v)}` : `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v instanceof PyTuple) return `t:(${v.items.map(hashKey).join(',')})`;
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet)
    throw raise('TypeError', `unhashable type: '${typeName(v)}'`);
  return `o:${typeName(v)}:${repr(v)}`;
}

export function truthy(v: PyValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyObject && v.iterate) return v.iterate().length > 0;
  return true;
}

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  if (abs >= 1e16 || abs < 1e-4) {
    const [m, e] = x.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(x);
  return Number.isInteger(x) ? `${s}.0` : s;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (c === '\\') out += '\\\\';
    else if (c === quote) out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return out + quote;
}

export function repr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof PyList) return `[${v.items.map(repr).join(', ')}]`;
  if (v instanceof PyTuple)
    return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
  if (v instanceof PyDict)
    return `{${[...v.map.values()].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`;
  if (v instanceof PySet) return v.map.size ? `{${[...v.map.values()].map(repr).join(', ')}}` : 'set()';
  if (v instanceof PyFunction)
    return `<function ${v.name} at 0x7f3a1c2b${(v.name.length * 4096).toString(16).padStart(4, '0')}>`;
  if (v instanceof PyBuiltin)
    return v.self === undefined
      ? `<built-in function ${v.name}>`
      : `<built-in method ${v.name} of ${typeName(v.self)} object at 0x7f3a1c2d5e40>`;
  if (v instanceof PyModule) return `<module '${v.name}' (built-in)>`;
  if (v instanceof PyExcType) return `<class '${v.name}'>`;
  if (v instanceof PyError) return `${v.type.name}(${v.args.map((a) => repr(a as PyValue)).join(', ')})`;
  if (v instanceof PyClass) return `<class '__main__.${v.name}'>`;
  if (v instanceof PyInstance) return `<__main__.${v.cls.name} object at 0x7f3a1c2e7f10>`;
  return v.reprText ?? `<${v.typeName} object at 0x7f3a1c2e7f10>`;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyError) {
    if (v.args.length === 0) return '';
    if (v.args.length === 1)
      return v.type.name === 'KeyError' ? repr(v.args[0] as PyValue) : str(v.args[0] as PyValue);
    return repr(new PyTuple(v.args as PyValue[]));
  }
  return repr(v);
}

export function toNumber(v: PyValue): number {
  return typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : (v as number);
}

export function isNumber(v: PyValue): v is bigint | number | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

/** format(value, spec): the mini-language's common part ([[fill]align][sign][,][0][width][.precision][type]). */
export function formatValue(v: PyValue, spec: string): string {
  if (spec === '') return str(v);
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/.exec(spec);
  if (!m) throw raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
  const [, fillChar, alignChar, sign = '-', , zero, widthText, group, precText, type] = m;
  let body: string;
  const numeric = isNumber(v);
  if (type && !numeric && type !== 's')
    throw raise('ValueError', `Unknown format code '${type}' for object of type '${typeName(v)}'`);
  if (numeric && typeof v !== 'number' && (type === undefined || 'dnbxXoc'.includes(type))) {
    const n = BigInt(v as bigint | boolean);
    if (precText !== undefined)
      throw raise('ValueError', 'Precision not allowed in integer format specifier');
    const abs = n < 0n ? -n : n;
    const base = type === 'x' || type === 'X' ? 16 : type === 'o' ? 8 : type === 'b' ? 2 : 10;
    body = abs.toString(base);
    if (type === 'X') body = body.toUpperCase();
    if (group) body = body.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    body = (n < 0n ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + body;
  } else if (numeric) {
    let x = toNumber(v);
    const prec = precText !== undefined ? Number(precText) : 6;
    const percent = type === '%';
    if (percent) x *= 100;
    const neg = x < 0 || Object.is(x, -0);
    const a = Math.abs(x);
    if (type === 'e' || type === 'E') {
      const [mant, e] = a.toExponential(prec).split('e');
      body = `${mant}e${Number(e) < 0 ? '-' : '+'}${String(Math.abs(Number(e))).padStart(2, '0')}`;
      if (type === 'E') body = body.toUpperCase();
    } else if (type === 'f' || type === 'F' || percent) body = a.toFixed(prec);
    else if (type === 'g' || type === 'G' || precText !== undefined)
      body = String(Number(a.toPrecision(precText ? Math.max(1, prec) : 6)));
    else body = floatRepr(a);
    if (group) {
      const [int, frac] = body.split('.');
      body = int.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (frac !== undefined ? `.${frac}` : '');
    }
    if (percent) body += '%';
    body = (neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + body;
  } else {
    body = str(v);
    if (precText !== undefined) body = body.slice(0, Number(precText));
  }
  const width = widthText ? Number(widthText) : 0;
  const fill = fillChar ?? (zero && !alignChar ? '0' : ' ');
  const align = alignChar ?? (zero ? '=' : numeric ? '>' : '<');
  const pad = Math.max(0, width - [...body].length);
  if (pad === 0) return body;
  if (align === '<') return body + fill.repeat(pad);
  if (align === '>') return fill.repeat(pad) + body;
  if (align === '^') return fill.repeat(Math.floor(pad / 2)) + body + fill.repeat(pad - Math.floor(pad / 2));
  const signLen = /^[+\- ]/.test(body) ? 1 : 0;
  return body.slice(0, signLen) + fill.repeat(pad) + body.slice(signLen);
}
