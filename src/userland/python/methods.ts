// Attributes of built-in values: str, list and dict methods, module attributes, exception args.
import { PyError, raise } from './errors';
import { equals, iterate, keyError, sortKeyCompare } from './ops';
import {
  PyClass,
  PyFunction,
  PyInstance,
  formatValue,
  hashKey,
  PyBuiltin,
  PyDict,
  PyList,
  PyModule,
  PyObject,
  PySet,
  PyTuple,
  repr,
  str,
  typeName,
  type Call,
  type PyValue,
} from './values';

/** Calls a Python callable (a `key=` function); given by the interpreter. */
export type Caller = (f: PyValue, args: PyValue[], kwargs?: Map<string, PyValue>) => Promise<PyValue>;

const method = (self: PyValue, name: string, call: Call) => new PyBuiltin(name, call, self);

function arg(args: PyValue[], i: number, name: string): PyValue {
  if (i >= args.length)
    throw raise(
      'TypeError',
      `${name}() takes at least ${i + 1} argument${i ? 's' : ''} (${args.length} given)`,
    );
  return args[i];
}

function strArg(v: PyValue, what: string): string {
  if (typeof v !== 'string') throw raise('TypeError', `${what} must be str, not ${typeName(v)}`);
  return v;
}

function split(s: string, sep: PyValue, max: PyValue): PyList {
  const limit = max === null || max === undefined ? -1 : Number(max);
  if (sep === null || sep === undefined) {
    const parts: string[] = [];
    let rest = s.replace(/^\s+/, '');
    while (rest) {
      if (limit >= 0 && parts.length === limit) {
        parts.push(rest);
        break;
      }
      const m = /\s+/.exec(rest);
      if (!m) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return new PyList(parts);
  }
  const sepText = strArg(sep, 'sep');
  if (sepText === '') throw raise('ValueError', 'empty separator');
  const parts = s.split(sepText);
  if (limit >= 0 && parts.length > limit + 1)
    return new PyList([...parts.slice(0, limit), parts.slice(limit).join(sepText)]);
  return new PyList(parts);
}

function strFormat(fmt: string, args: PyValue[], kwargs: Map<string, PyValue>): string {
  let auto = 0;
  return fmt.replace(
    /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}/g,
    (m, field: string, conv: string, spec: string) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      let v: PyValue;
      if (field === '') v = args[auto++];
      else if (/^\d+$/.test(field)) v = args[Number(field)];
      else {
        if (!kwargs.has(field)) throw keyError(field);
        v = kwargs.get(field)!;
      }
      if (v === undefined)
        throw raise(
          'IndexError',
          `Replacement index ${field || auto - 1} out of range for positional args tuple`,
        );
      return formatValue(conv === 'r' ? repr(v) : v, spec ?? '');
    },
  );
}

function strMethod(s: string, name: string): PyBuiltin | null {
  const m = (f: (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue) => method(s, name, f);
  const strip = (chars: PyValue, left: boolean, right: boolean) => {
    const set = chars === null || chars === undefined ? null : strArg(chars, 'arg');
    const keep = (c: string) => (set === null ? !/\s/.test(c) : !set.includes(c));
    const cs = [...s];
    let a = 0;
    let b = cs.length;
    if (left) while (a < b && !keep(cs[a])) a++;
    if (right) while (b > a && !keep(cs[b - 1])) b--;
    return cs.slice(a, b).join('');
  };
  switch (name) {
    case 'upper':
      return m(() => s.toUpperCase());
    case 'lower':
      return m(() => s.toLowerCase());
    case 'title':
      return m(() =>
        s
          .toLowerCase()
          .replace(/(^|[^a-zA-Zà-ÿ])([a-zà-ÿ])/g, (_x, a: string, b: string) => a + b.toUpperCase()),
      );
    case 'capitalize':
      return m(() => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase());
    case 'strip':
      return m((a) => strip(a[0], true, true));
    case 'lstrip':
      return m((a) => strip(a[0], true, false));
    case 'rstrip':
      return m((a) => strip(a[0], false, true));
    case 'split':
      return m((a, k) => split(s, a[0] ?? k.get('sep') ?? null, a[1] ?? k.get('maxsplit') ?? null));
    case 'splitlines':
      return m(
        () => new PyList(s.split(/\r?\n/).filter((_l, i, all) => i < all.length - 1 || all[i] !== '')),
      );
    case 'join':
      return m((a) =>
        iterate(arg(a, 0, 'join'))
          .map((x, i) => {
            if (typeof x !== 'string')
              throw raise('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`);
            return x;
          })
          .join(s),
      );
    case 'replace':
      return m((a) => {
        const count = a[2] === undefined ? -1 : Number(a[2]);
        const from = strArg(arg(a, 0, 'replace'), 'replace() argument 1');
        const to = strArg(arg(a, 1, 'replace'), 'replace() argument 2');
        if (count < 0) return s.split(from).join(to);
        const parts = s.split(from);
        return (
          parts.slice(0, count + 1).join(to) +
          (parts.length > count + 1 ? from + parts.slice(count + 1).join(from) : '')
        );
      });
    case 'startswith':
      return m((a) =>
        (a[0] instanceof PyTuple ? a[0].items : [a[0]]).some((p) =>
          s.startsWith(strArg(p, 'startswith first arg')),
        ),
      );
    case 'endswith':
      return m((a) =>
        (a[0] instanceof PyTuple ? a[0].items : [a[0]]).some((p) =>
          s.endsWith(strArg(p, 'endswith first arg')),
        ),
      );
    case 'find':
      return m((a) => BigInt(s.indexOf(strArg(arg(a, 0, 'find'), 'must'))));
    case 'index':
      return m((a) => {
        const i = s.indexOf(strArg(arg(a, 0, 'index'), 'must'));
        if (i < 0) throw raise('ValueError', 'substring not found');
        return BigInt(i);
      });
    case 'count':
      return m((a) => BigInt(s.split(strArg(arg(a, 0, 'count'), 'must')).length - 1));
    case 'isdigit':
      return m(() => /^\d+$/.test(s));
    case 'isalpha':
      return m(() => /^\p{L}+$/u.test(s));
    case 'isspace':
      return m(() => /^\s+$/.test(s));
    case 'isupper':
      return m(() => s !== s.toLowerCase() && s === s.toUpperCase());
    case 'islower':
      return m(() => s !== s.toUpperCase() && s === s.toLowerCase());
    case 'zfill':
      return m((a) => s.padStart(Number(arg(a, 0, 'zfill')), '0'));
    case 'center':
      return m((a) => formatValue(s, `${a[1] ?? ' '}^${arg(a, 0, 'center')}`));
    case 'ljust':
      return m((a) => s.padEnd(Number(arg(a, 0, 'ljust')), (a[1] as string) ?? ' '));
    case 'rjust':
      return m((a) => s.padStart(Number(arg(a, 0, 'rjust')), (a[1] as string) ?? ' '));
    case 'format':
      return m((a, k) => strFormat(s, a, k));
    case 'encode':
      return m(() => s);
  }
  return null;
}

function listMethod(l: PyList, name: string, call: Caller): PyBuiltin | null {
  const m = (f: Call) => method(l, name, f);
  switch (name) {
    case 'append':
      return m((a) => (l.items.push(arg(a, 0, 'append')), null));
    case 'extend':
      return m((a) => (l.items.push(...iterate(arg(a, 0, 'extend'))), null));
    case 'insert':
      return m((a) => {
        let i = Number(arg(a, 0, 'insert'));
        if (i < 0) i = Math.max(0, l.items.length + i);
        l.items.splice(i, 0, arg(a, 1, 'insert'));
        return null;
      });
    case 'pop':
      return m((a) => {
        if (!l.items.length) throw raise('IndexError', 'pop from empty list');
        let i = a.length ? Number(a[0]) : l.items.length - 1;
        if (i < 0) i += l.items.length;
        if (i < 0 || i >= l.items.length) throw raise('IndexError', 'pop index out of range');
        return l.items.splice(i, 1)[0];
      });
    case 'remove':
      return m((a) => {
        const i = l.items.findIndex((x) => equals(x, a[0]));
        if (i < 0) throw raise('ValueError', 'list.remove(x): x not in list');
        l.items.splice(i, 1);
        return null;
      });
    case 'index':
      return m((a) => {
        const i = l.items.findIndex((x) => equals(x, a[0]));
        if (i < 0) throw raise('ValueError', `${str(a[0] ?? null)} is not in list`);
        return BigInt(i);
      });
    case 'count':
      return m((a) => BigInt(l.items.filter((x) => equals(x, a[0])).length));
    case 'reverse':
      return m(() => (l.items.reverse(), null));
    case 'clear':
      return m(() => ((l.items = []), null));
    case 'copy':
      return m(() => new PyList([...l.items]));
    case 'sort':
      return m(async (_a, k) => {
        l.items = await sortValues(l.items, k.get('key') ?? null, !!k.get('reverse'), call);
        return null;
      });
  }
  return null;
}

export async function sortValues(
  items: PyValue[],
  key: PyValue,
  reverse: boolean,
  call: Caller,
): Promise<PyValue[]> {
  const keyed: [PyValue, PyValue][] = [];
  for (const x of items) keyed.push([key === null ? x : await call(key, [x]), x]);
  keyed.sort((a, b) => sortKeyCompare(a[0], b[0]) * (reverse ? -1 : 1));
  return keyed.map(([, x]) => x);
}

function dictMethod(d: PyDict, name: string): PyBuiltin | null {
  const m = (f: Call) => method(d, name, f);
  const entries = () => [...d.map.values()];
  switch (name) {
    case 'get':
      return m((a) => d.get(arg(a, 0, 'get')) ?? a[1] ?? null);
    case 'keys':
      return m(() =>
        view(
          'dict_keys',
          entries().map(([k]) => k),
        ),
      );
    case 'values':
      return m(() =>
        view(
          'dict_values',
          entries().map(([, v]) => v),
        ),
      );
    case 'items':
      return m(() =>
        view(
          'dict_items',
          entries().map(([k, v]) => new PyTuple([k, v])),
        ),
      );
    case 'pop':
      return m((a) => {
        const key = arg(a, 0, 'pop');
        const v = d.get(key);
        if (v === undefined) {
          if (a.length > 1) return a[1];
          throw keyError(key);
        }
        d.map.delete(hashKey(key));
        return v;
      });
    case 'setdefault':
      return m((a) => {
        const v = d.get(a[0]);
        if (v !== undefined) return v;
        d.set(a[0], a[1] ?? null);
        return a[1] ?? null;
      });
    case 'update':
      return m((a, k) => {
        if (a[0] instanceof PyDict) for (const [key, v] of a[0].map.values()) d.set(key, v);
        for (const [key, v] of k) d.set(key, v);
        return null;
      });
    case 'clear':
      return m(() => (d.map.clear(), null));
    case 'copy':
      return m(() => {
        const c = new PyDict();
        for (const [k, v] of entries()) c.set(k, v);
        return c;
      });
  }
  return null;
}

function view(type: string, items: PyValue[]): PyObject {
  return new PyObject(type, new Map(), () => items, `${type}(${str(new PyList(items))})`);
}

function setMethod(s: PySet, name: string): PyBuiltin | null {
  if (name === 'add') return method(s, name, (a) => (s.map.set(hashKey(a[0]), a[0]), null));
  if (name === 'discard' || name === 'remove')
    return method(s, name, (a) => {
      if (!s.map.delete(hashKey(a[0])) && name === 'remove') throw keyError(a[0]);
      return null;
    });
  return null;
}

export function getAttr(obj: PyValue, name: string, call: Caller = async () => null): PyValue {
  let found: PyValue | null | undefined = null;
  if (typeof obj === 'string') found = strMethod(obj, name);
  else if (obj instanceof PyList) found = listMethod(obj, name, call);
  else if (obj instanceof PyDict) found = dictMethod(obj, name);
  else if (obj instanceof PySet) found = setMethod(obj, name);
  else if (obj instanceof PyModule) {
    found = obj.attrs.get(name);
    if (found === undefined) throw raise('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
    return found;
  } else if (obj instanceof PyInstance) {
    if (obj.attrs.has(name)) return obj.attrs.get(name)!;
    const inClass = obj.cls.lookup(name);
    if (inClass) {
      const f = inClass.value;
      return f instanceof PyFunction ? new PyBuiltin(name, (a, kw) => call(f, [obj, ...a], kw), obj) : f;
    }
    if (name === '__class__') return obj.cls;
  } else if (obj instanceof PyClass) {
    if (name === '__name__') return obj.name;
    const inClass = obj.lookup(name);
    if (inClass) return inClass.value;
    throw raise('AttributeError', `type object '${obj.name}' has no attribute '${name}'`);
  } else if (obj instanceof PyObject) found = obj.attrs.get(name) ?? null;
  else if (obj instanceof PyError && name === 'args') return new PyTuple(obj.args as PyValue[]);
  if (found !== null && found !== undefined) return found;
  throw raise('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (
    obj instanceof PyModule ||
    obj instanceof PyObject ||
    obj instanceof PyInstance ||
    obj instanceof PyClass
  ) {
    obj.attrs.set(name, value);
    return;
  }
  throw raise('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
}
