// The functions a docker --format template can call: text/template's builtins and Docker's own
// (templates.basicFunctions: json, split, join, title, lower, upper, pad, truncate, println), plus the
// header variants Docker uses when it renders a table's header row.

import { sprintf } from './printf';
import { NO_VALUE, goTypeName, isGoStruct, isTypedNil, printValue, truth } from './values';

export type TemplateFunc = (...args: unknown[]) => unknown;

export class FuncError extends Error {}

function str(v: unknown, fn: string, i: number): string {
  if (typeof v !== 'string')
    throw new FuncError(`wrong type for value; expected string; got ${goTypeName(v)}`);
  void fn;
  void i;
  return v;
}

function int(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new FuncError(`wrong type for value; expected int; got ${goTypeName(v)}`);
  return v;
}

function basicKind(v: unknown): string {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  if (v === null || v === undefined || v === NO_VALUE) return 'nil';
  return 'complex';
}

function equal(a: unknown, b: unknown): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka === 'complex' || kb === 'complex') throw new FuncError('incompatible types for comparison');
  if ((ka === 'int' || ka === 'float') && (kb === 'int' || kb === 'float')) return a === b;
  if (ka !== kb) throw new FuncError('incompatible types for comparison');
  return a === b;
}

function less(a: unknown, b: unknown): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka === 'bool' || ka === 'nil' || ka === 'complex') throw new FuncError('invalid type for comparison');
  if (ka !== kb && !((ka === 'int' || ka === 'float') && (kb === 'int' || kb === 'float')))
    throw new FuncError('incompatible types for comparison');
  return (a as number | string) < (b as number | string);
}

function length(v: unknown): number {
  if (typeof v === 'string') return new TextEncoder().encode(v).length;
  if (Array.isArray(v)) return v.length;
  if (v && typeof v === 'object' && !isGoStruct(v)) return Object.keys(v).length;
  throw new FuncError(`len of type ${goTypeName(v)}`);
}

function index(v: unknown, ...keys: unknown[]): unknown {
  let cur = v;
  for (const k of keys) {
    if (typeof cur === 'string') {
      // Go's index checks the position against cap(), which reflect reports as 0 for a string.
      throw new FuncError('reflect: string index out of range');
    } else if (Array.isArray(cur)) {
      if (k === null || k === undefined || k === NO_VALUE)
        throw new FuncError('cannot index slice/array with nil');
      if (typeof k !== 'number' || !Number.isInteger(k))
        throw new FuncError(`cannot index slice/array with type ${goTypeName(k)}`);
      const n = k;
      if (n < 0 || n >= cur.length) throw new FuncError(`index out of range: ${n}`);
      cur = cur[n];
    } else if (cur && typeof cur === 'object' && !isGoStruct(cur)) {
      // prepareArg: a map key of another type than the map's (string).
      if (typeof k !== 'string') throw new FuncError(`value has type ${goTypeName(k)}; should be string`);
      const key = k;
      cur = Object.prototype.hasOwnProperty.call(cur, key) ? (cur as Record<string, unknown>)[key] : NO_VALUE;
    } else if (cur === null || cur === NO_VALUE) {
      throw new FuncError('index of untyped nil');
    } else {
      throw new FuncError(`can't index item of type ${goTypeName(cur)}`);
    }
  }
  return cur;
}

/** Go's json.Marshal escapes <, > and & (a struct's MarshalJSON goes through it). */
export function htmlEscapeJson(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Docker's `json` function: an encoder without HTML escaping, except inside a struct's own
 * MarshalJSON (formatter contexts; plain structs have none). Nested structs marshal through toJSON.
 */
function jsonOf(v: unknown): string {
  if (isGoStruct(v) && !v.fields) return htmlEscapeJson(JSON.stringify(v.toJSON()));
  const replacer = (_k: string, x: unknown) => (x === NO_VALUE || isTypedNil(x) ? null : x);
  return JSON.stringify(v === NO_VALUE ? null : v, replacer) ?? 'null';
}

/** strings.Title: upper-case the first letter of each word. */
function title(s: string): string {
  return s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export const FUNCS: Record<string, TemplateFunc> = {
  // text/template builtins (and/or are handled lazily by the executor)
  not: (v) => !truth(v),
  len: (v) => length(v),
  index: (v, ...k) => index(v, ...k),
  slice: (v, ...k) => {
    const ks = k.map(int);
    if (typeof v === 'string') return v.slice(ks[0] ?? 0, ks[1]);
    if (Array.isArray(v)) return v.slice(ks[0] ?? 0, ks[1]);
    throw new FuncError(`can't slice item of type ${goTypeName(v)}`);
  },
  print: (...a) =>
    a
      .map(
        (x, i) => (i > 0 && typeof x !== 'string' && typeof a[i - 1] !== 'string' ? ' ' : '') + printValue(x),
      )
      .join(''),
  printf: (f, ...a) => sprintf(str(f, 'printf', 0), a),
  println: (...a) => a.map(printValue).join(' ') + '\n',
  eq: (a, ...b) => {
    if (b.length === 0) throw new FuncError('missing argument for comparison');
    return b.some((x) => equal(a, x));
  },
  ne: (a, b) => !equal(a, b),
  lt: (a, b) => less(a, b),
  le: (a, b) => less(a, b) || equal(a, b),
  gt: (a, b) => !less(a, b) && !equal(a, b),
  ge: (a, b) => !less(a, b),
  html: (...a) =>
    a
      .map(printValue)
      .join('')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&#34;')
      .replace(/'/g, '&#39;'),
  js: (...a) =>
    a
      .map(printValue)
      .join('')
      .replace(/[\\'"<>&=]/g, (c) => `\\u00${c.charCodeAt(0).toString(16).toUpperCase()}`),
  urlquery: (...a) => encodeURIComponent(a.map(printValue).join('')).replace(/%20/g, '+'),
  // Docker's templates.basicFunctions
  json: (v) => jsonOf(v),
  split: (s, sep) => str(s, 'split', 0).split(str(sep, 'split', 1)),
  join: (a, sep) => {
    if (!Array.isArray(a))
      throw new FuncError(`wrong type for value; expected []string; got ${goTypeName(a)}`);
    return a.map((x) => str(x, 'join', 0)).join(str(sep, 'join', 1));
  },
  title: (s) => title(str(s, 'title', 0)),
  lower: (s) => str(s, 'lower', 0).toLowerCase(),
  upper: (s) => str(s, 'upper', 0).toUpperCase(),
  pad: (s, prefix, suffix) =>
    ' '.repeat(Math.max(0, int(prefix))) + str(s, 'pad', 0) + ' '.repeat(Math.max(0, int(suffix))),
  truncate: (s, n) => {
    const runes = [...str(s, 'truncate', 0)];
    const max = int(n);
    return runes.length > max ? runes.slice(0, Math.max(0, max)).join('') : runes.join('');
  },
};

/** templates.HeaderFunctions: when rendering a table header, Docker's functions return their input. */
export const HEADER_FUNCS: Record<string, TemplateFunc> = {
  ...FUNCS,
  json: (v) => v,
  split: (v) => v,
  join: (v) => v,
  title: (v) => v,
  lower: (v) => v,
  upper: (v) => v,
  pad: (v) => v,
  truncate: (v) => v,
};

export const FUNC_NAMES = new Set([...Object.keys(FUNCS), 'and', 'or', 'call']);
