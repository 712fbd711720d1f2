// jq 1.6's builtins over plain values (strings, arrays, objects), as its builtin.jq and C builtins
// define them: join, from_entries, contains, split, test, unique, min/max, tonumber, … and the
// @formats (@csv, @tsv, @json, @text, @html, @sh, @uri, @base64, @base64d).

type Json = unknown;

export class JqRuntimeError extends Error {}

export function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** `type (value)` as jq 1.6 shows a value in an error, its dump cut to 11 characters and `...`. */
export function dumped(v: Json): string {
  const text = JSON.stringify(v) ?? 'null';
  return `${typeName(v)} (${text.length > 14 ? `${text.slice(0, 11)}...` : text})`;
}

export function compare(a: Json, b: Json): number {
  const order = ['null', 'boolean', 'number', 'string', 'array', 'object'];
  const ta = order.indexOf(typeName(a));
  const tb = order.indexOf(typeName(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** `tostring`: strings as they are, anything else as its JSON text. */
export function toText(v: Json): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** jq 1.6's join: null as "", numbers and booleans as JSON; an array or object cannot be added. */
export function join(input: Json[], sep: Json): string {
  let acc: Json = null;
  for (const item of input) {
    const prefix: Json = acc === null ? '' : add(acc, sep);
    const part =
      typeof item === 'number' || typeof item === 'boolean'
        ? JSON.stringify(item)
        : item === null
          ? ''
          : item;
    acc = add(prefix, part);
  }
  return acc === null ? '' : (acc as string);
}

function add(a: Json, b: Json): Json {
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  throw new JqRuntimeError(`${dumped(a)} and ${dumped(b)} cannot be added`);
}

/** jq 1.6: `map({(.key // .name): .value}) | add + {} // {}`. */
export function fromEntries(entries: Json[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const e of entries) {
    const entry = (e ?? {}) as Record<string, Json>;
    const key =
      entry.key !== null && entry.key !== false && entry.key !== undefined ? entry.key : (entry.name ?? null);
    if (typeof key !== 'string') throw new JqRuntimeError(`Cannot use ${dumped(key)} as object key`);
    out[key] = entry.value ?? null;
  }
  return out;
}

export function contains(a: Json, b: Json): boolean {
  if (typeName(a) !== typeName(b)) {
    throw new JqRuntimeError(`${dumped(a)} and ${dumped(b)} cannot have their containment checked`);
  }
  if (typeof a === 'string') return a.includes(b as string);
  if (Array.isArray(a))
    return (b as Json[]).every((x) => a.some((y) => typeName(x) === typeName(y) && contains(y, x)));
  if (a !== null && typeof a === 'object') {
    const objA = a as Record<string, Json>;
    return Object.entries(b as Record<string, Json>).every(
      ([k, v]) => Object.hasOwn(objA, k) && typeName(objA[k]) === typeName(v) && contains(objA[k], v),
    );
  }
  return compare(a, b) === 0;
}

/** A JavaScript RegExp for an Oniguruma pattern and jq's flags (g, i, x, n, s, l ignored but g/i). */
export function regex(pattern: Json, flags: Json): RegExp {
  if (typeof pattern !== 'string')
    throw new JqRuntimeError(`${dumped(pattern)} cannot be matched, as it is not a string`);
  const f = typeof flags === 'string' ? flags : '';
  const source = f.includes('x') ? pattern.replace(/\s+|#.*$/gm, '') : pattern;
  return new RegExp(source, `${f.includes('i') ? 'i' : ''}${f.includes('g') ? 'g' : ''}`);
}

export function toNumber(v: Json): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const text = v.trim();
    if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
    throw new JqRuntimeError(
      `Invalid numeric literal at EOF at line 1, column ${v.length} (while parsing '${v}')`,
    );
  }
  throw new JqRuntimeError(`${dumped(v)} cannot be parsed as a number`);
}

export function uniqueBy(items: Json[], key: (v: Json) => Json): Json[] {
  const keyed = items.map((v) => ({ v, k: key(v) })).sort((x, y) => compare(x.k, y.k));
  return keyed.filter((x, i) => i === 0 || compare(keyed[i - 1]!.k, x.k) !== 0).map((x) => x.v);
}

export function groupBy(items: Json[], key: (v: Json) => Json): Json[][] {
  const keyed = items.map((v) => ({ v, k: key(v) })).sort((x, y) => compare(x.k, y.k));
  const groups: Json[][] = [];
  keyed.forEach((x, i) => {
    if (i === 0 || compare(keyed[i - 1]!.k, x.k) !== 0) groups.push([]);
    groups[groups.length - 1]!.push(x.v);
  });
  return groups;
}

/** min_by/max_by (min/max with the identity): null for an empty array; the last of equal maxima. */
export function extremeBy(items: Json[], key: (v: Json) => Json, max: boolean): Json {
  let best: { v: Json; k: Json } | null = null;
  for (const v of items) {
    const k = key(v);
    if (!best || (max ? compare(k, best.k) >= 0 : compare(k, best.k) < 0)) best = { v, k };
  }
  return best ? best.v : null;
}

export function flatten(items: Json[], depth: number): Json[] {
  return items.flatMap((v) => (Array.isArray(v) && depth > 0 ? flatten(v, depth - 1) : [v]));
}

function csvField(v: Json, format: 'csv' | 'tsv'): string {
  if (typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  if (v === null) return '';
  if (typeof v === 'string') {
    return format === 'csv'
      ? `"${v.replace(/"/g, '""')}"`
      : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  }
  throw new JqRuntimeError(`${dumped(v)} is not valid in a ${format} row`);
}

/** `@name`: the string a format makes of a value. */
export function format(name: string, v: Json): string {
  switch (name) {
    case 'text':
      return toText(v);
    case 'json':
      return JSON.stringify(v);
    case 'csv':
    case 'tsv':
      if (!Array.isArray(v))
        throw new JqRuntimeError(`${dumped(v)} cannot be ${name}-formatted, only an array can be`);
      return v.map((x) => csvField(x, name)).join(name === 'csv' ? ',' : '\t');
    case 'html':
      return toText(v).replace(
        /[<>&'"]/g,
        (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
      );
    case 'sh': {
      const quote = (x: Json) => {
        if (typeof x === 'string') return `'${x.replace(/'/g, "'\\''")}'`;
        if (x !== null && typeof x === 'object')
          throw new JqRuntimeError(`${dumped(x)} can not be escaped for shell`);
        return JSON.stringify(x);
      };
      return Array.isArray(v) ? v.map(quote).join(' ') : quote(v);
    }
    case 'uri':
      return [...new TextEncoder().encode(toText(v))]
        .map((b) =>
          /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
            ? String.fromCharCode(b)
            : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
        )
        .join('');
    case 'base64': {
      let bin = '';
      for (const b of new TextEncoder().encode(toText(v))) bin += String.fromCharCode(b);
      return btoa(bin);
    }
    case 'base64d': {
      // jq 1.6 decodes what it can and drops a trailing partial group; invalid UTF-8 becomes U+FFFD.
      const text = toText(v).replace(/=+$/, '');
      const usable = text.slice(0, text.length - (text.length % 4 === 1 ? 1 : 0));
      let bin: string;
      try {
        bin = atob(usable + '='.repeat((4 - (usable.length % 4)) % 4));
      } catch {
        throw new JqRuntimeError(`${dumped(v)} is not valid base64 data`);
      }
      return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    }
    default:
      throw new JqRuntimeError(`${name} is not a valid format`);
  }
}
