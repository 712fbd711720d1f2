// Evaluating a jq filter: each filter maps one input to a list of outputs (jq's generators).
import type { JqAst } from './jq-parse';
import {
  compare,
  contains,
  dumped,
  extremeBy,
  flatten,
  format,
  fromEntries,
  groupBy,
  join,
  JqRuntimeError,
  regex,
  toNumber,
  toText,
  typeName,
  uniqueBy,
} from './jq-builtins';

import { generator, recurse } from './jq-generators';
import { pathBuiltin } from './jq-path-builtins';
import { getpath, pathsOf, setpath, type Vars } from './jq-paths';

export { JqRuntimeError };
export type { Vars };

type Json = unknown;

const NO_VARS: Vars = new Map();

function withVar(vars: Vars, name: string, value: Json): Vars {
  return new Map([...vars, [name, value]]);
}

function describe(v: Json): string {
  return typeof v === 'string' ? `string ${JSON.stringify(v)}` : typeName(v);
}

function index(v: Json, key: Json, optional: boolean): Json[] {
  if (v === null) return [null];
  if (typeof key === 'string' && typeof v === 'object' && !Array.isArray(v)) {
    return [(v as Record<string, Json>)[key] ?? null];
  }
  if (typeof key === 'number' && Array.isArray(v)) {
    const i = key < 0 ? v.length + key : Math.floor(key);
    return [v[i] ?? null];
  }
  if (optional) return [];
  throw new JqRuntimeError(`Cannot index ${typeName(v)} with ${describe(key)}`);
}

function truthy(v: Json): boolean {
  return v !== null && v !== false;
}

function binary(op: string, a: Json, b: Json): Json {
  switch (op) {
    case '==':
      return compare(a, b) === 0;
    case '!=':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>':
      return compare(a, b) > 0;
    case '>=':
      return compare(a, b) >= 0;
    case 'and':
      return truthy(a) && truthy(b);
    case 'or':
      return truthy(a) || truthy(b);
    case '+':
      if (a === null) return b;
      if (b === null) return a;
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (typeName(a) === 'object' && typeName(b) === 'object') return { ...(a as object), ...(b as object) };
      throw new JqRuntimeError(`${describe(a)} and ${describe(b)} cannot be added`);
    case '-':
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      throw new JqRuntimeError(`${describe(a)} and ${describe(b)} cannot be subtracted`);
    case '/':
      if (typeof a === 'number' && typeof b === 'number') {
        if (b === 0)
          throw new JqRuntimeError(
            `${dumped(a)} and ${dumped(b)} cannot be divided because the divisor is zero`,
          );
        return a / b;
      }
      if (typeof a === 'string' && typeof b === 'string') return a.split(b);
      throw new JqRuntimeError(`${dumped(a)} and ${dumped(b)} cannot be divided`);
    case '%':
      if (typeof a === 'number' && typeof b === 'number') {
        if (Math.trunc(b) === 0)
          throw new JqRuntimeError(
            `${dumped(a)} and ${dumped(b)} cannot be divided because the divisor is zero`,
          );
        return Math.trunc(a) % Math.trunc(b);
      }
      throw new JqRuntimeError(`${dumped(a)} and ${dumped(b)} cannot be divided`);
    default:
      if (typeof a === 'number' && typeof b === 'number') return a * b;
      throw new JqRuntimeError(`${describe(a)} and ${describe(b)} cannot be multiplied`);
  }
}

function values(v: Json, optional: boolean): Json[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return Object.values(v);
  if (optional) return [];
  throw new JqRuntimeError(`Cannot iterate over ${describe(v)}`);
}

function length(v: Json): number {
  if (v === null) return 0;
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (typeof v === 'object') return Object.keys(v).length;
  if (typeof v === 'number') return Math.abs(v);
  throw new JqRuntimeError(`${describe(v)} has no length`);
}

function str(v: Json, fn: string): string {
  if (typeof v !== 'string')
    throw new JqRuntimeError(`${dumped(v)} cannot be used with ${fn}, as it is not a string`);
  return v;
}

function entries(input: Json): { key: string; value: Json }[] {
  return Object.entries(input as object).map(([key, value]) => ({ key, value: value as Json }));
}

function call(name: string, args: JqAst[], input: Json, vars: Vars): Json[] {
  const ev = (a: JqAst, v: Json) => evaluate(a, v, vars);
  const arg = (n: number) => ev(args[n]!, input);
  switch (`${name}/${args.length}`) {
    case 'empty/0':
      return [];
    case 'not/0':
      return [!truthy(input)];
    case 'length/0':
      return [length(input)];
    case 'keys/0':
      if (Array.isArray(input)) return [input.map((_, i) => i)];
      if (input !== null && typeof input === 'object') return [Object.keys(input).sort()];
      throw new JqRuntimeError(`${describe(input)} has no keys`);
    case 'type/0':
      return [typeName(input)];
    case 'tostring/0':
      return [toText(input)];
    case 'tojson/0':
      return [JSON.stringify(input)];
    case 'fromjson/0':
      return [JSON.parse(str(input, 'fromjson')) as Json];
    case 'tonumber/0':
      return [toNumber(input)];
    case 'ascii_downcase/0':
      return [str(input, 'ascii_downcase').replace(/[A-Z]/g, (c) => c.toLowerCase())];
    case 'ascii_upcase/0':
      return [str(input, 'ascii_upcase').replace(/[a-z]/g, (c) => c.toUpperCase())];
    case 'join/1':
      return arg(0).map((sep) => join(values(input, false), sep));
    case 'split/1':
      return arg(0).map((sep) => {
        if (typeof input !== 'string' || typeof sep !== 'string')
          throw new JqRuntimeError('split input and separator must be strings');
        return input.split(sep);
      });
    case 'test/1':
    case 'test/2': {
      const flags = args.length > 1 ? arg(1) : [null];
      return arg(0).flatMap((re) => flags.map((f) => regex(re, f).test(str(input, 'test'))));
    }
    case 'contains/1':
      return arg(0).map((b) => contains(input, b));
    case 'inside/1':
      return arg(0).map((b) => contains(b, input));
    case 'startswith/1':
    case 'endswith/1':
      return arg(0).map((b) => {
        if (typeof input !== 'string' || typeof b !== 'string')
          throw new JqRuntimeError(`${name}() requires string inputs`);
        return name === 'startswith' ? input.startsWith(b) : input.endsWith(b);
      });
    case 'ltrimstr/1':
      return arg(0).map((b) =>
        typeof input === 'string' && typeof b === 'string' && input.startsWith(b)
          ? input.slice(b.length)
          : input,
      );
    case 'rtrimstr/1':
      return arg(0).map((b) =>
        typeof input === 'string' && typeof b === 'string' && b !== '' && input.endsWith(b)
          ? input.slice(0, -b.length)
          : input,
      );
    case 'from_entries/0':
      return [fromEntries(values(input, false))];
    case 'with_entries/1':
      return [fromEntries(entries(input).flatMap((e) => ev(args[0]!, e)))];
    case 'keys_unsorted/0':
      return [Object.keys(input as object)];
    case 'values/0':
      return input === null ? [] : [input];
    case 'reverse/0':
      return [
        typeof input === 'string' ? [...input].reverse().join('') : [...values(input ?? [], false)].reverse(),
      ];
    case 'unique/0':
      return [uniqueBy(values(input, false), (v) => v)];
    case 'unique_by/1':
      return [uniqueBy(values(input, false), (v) => ev(args[0]!, v))];
    case 'group_by/1':
      return [groupBy(values(input, false), (v) => ev(args[0]!, v))];
    case 'min/0':
    case 'max/0':
      return [extremeBy(values(input, false), (v) => v, name === 'max')];
    case 'min_by/1':
    case 'max_by/1':
      return [extremeBy(values(input, false), (v) => ev(args[0]!, v), name === 'max_by')];
    case 'flatten/0':
      return [flatten(values(input, false), Infinity)];
    case 'flatten/1':
      return arg(0).map((d) => flatten(values(input, false), Number(d)));
    case 'any/0':
      return [values(input, false).some(truthy)];
    case 'all/0':
      return [values(input, false).every(truthy)];
    case 'add/0':
      return [values(input, false).reduce((acc: Json, v) => binary('+', acc, v), null)];
    case 'sort/0':
      return [[...(values(input, false) as Json[])].sort(compare)];
    case 'first/0':
      return index(input, 0, false);
    case 'last/0':
      return index(input, -1, false);
    case 'to_entries/0':
      return [entries(input)];
    case 'select/1':
      return arg(0).some(truthy) ? [input] : [];
    case 'map/1':
      return [values(input, false).flatMap((v) => ev(args[0]!, v))];
    case 'has/1':
      return arg(0).map((k) =>
        Array.isArray(input)
          ? typeof k === 'number' && k < input.length
          : Object.hasOwn(input as object, String(k)),
      );
    case 'sort_by/1':
      return [[...values(input, false)].sort((a, b) => compare(ev(args[0]!, a), ev(args[0]!, b)))];
    default: {
      const outs =
        pathBuiltin(name, args, input, vars, evaluate) ?? generator(name, args, input, vars, evaluate);
      if (!outs) throw new JqRuntimeError(`${name}/${args.length} is not defined`);
      return outs;
    }
  }
}

export function evaluate(ast: JqAst, input: Json, vars: Vars = NO_VARS): Json[] {
  const ev = (a: JqAst, v: Json) => evaluate(a, v, vars);
  switch (ast.k) {
    case 'identity':
      return [input];
    case 'literal':
      return [ast.value];
    case 'field':
      return ev(ast.of, input).flatMap((v) => index(v, ast.name, ast.optional));
    case 'index':
      return ev(ast.of, input).flatMap((v) => ev(ast.index, input).flatMap((k) => index(v, k, ast.optional)));
    case 'iterate':
      return ev(ast.of, input).flatMap((v) => values(v, ast.optional));
    case 'pipe':
      return ev(ast.left, input).flatMap((v) => ev(ast.right, v));
    case 'comma':
      return [...ev(ast.left, input), ...ev(ast.right, input)];
    case 'binary':
      if (ast.op === '//') {
        const left = ev(ast.left, input).filter(truthy);
        return left.length ? left : ev(ast.right, input);
      }
      return ev(ast.right, input).flatMap((b) => ev(ast.left, input).map((a) => binary(ast.op, a, b)));
    case 'array':
      return [ast.body ? ev(ast.body, input) : []];
    case 'object': {
      let outs: Record<string, Json>[] = [{}];
      for (const { key, value } of ast.entries) {
        const keys = ev(key, input);
        const vals = ev(value, input);
        outs = outs.flatMap((o) => keys.flatMap((k) => vals.map((v) => ({ ...o, [String(k)]: v }))));
      }
      return outs;
    }
    case 'call':
      return call(ast.name, ast.args, input, vars);
    case 'format':
      return [format(ast.name, input)];
    case 'interpolate':
      return interpolate(ast.parts, ast.format, input, vars);
    case 'if':
      return ev(ast.cond, input).flatMap((c) => (truthy(c) ? ev(ast.then, input) : ev(ast.else, input)));
    case 'var':
      if (!vars.has(ast.name)) throw new JqRuntimeError(`$${ast.name} is not defined`);
      return [vars.get(ast.name)];
    case 'recurse':
      return recurse(input);
    case 'bind':
      return ev(ast.source, input).flatMap((x) => evaluate(ast.body, input, withVar(vars, ast.name, x)));
    case 'reduce':
      return ev(ast.init, input).map((start) =>
        ev(ast.source, input).reduce(
          (acc: Json, x) => evaluate(ast.update, acc, withVar(vars, ast.name, x)).at(-1) ?? null,
          start,
        ),
      );
    case 'foreach':
      return ev(ast.init, input).flatMap((start) => {
        let acc = start;
        return ev(ast.source, input).flatMap((x) => {
          const scope = withVar(vars, ast.name, x);
          const states = evaluate(ast.update, acc, scope);
          acc = states.at(-1) ?? acc;
          return states.flatMap((s) => (ast.extract ? evaluate(ast.extract, s, scope) : [s]));
        });
      });
    case 'assign':
      return assign(ast, input, vars);
  }
}

/** `lhs |= f`, `lhs = v`, `lhs op= v` and `lhs //= v`, over the paths of lhs in the input (jq's _modify). */
function assign(ast: Extract<JqAst, { k: 'assign' }>, input: Json, vars: Vars): Json[] {
  const paths = pathsOf(ast.left, input, vars, evaluate);
  const update = (f: (old: Json) => Json) =>
    paths.reduce((acc: Json, p) => setpath(acc, p, f(getpath(acc, p))), input);
  if (ast.op === '|=') return [update((old) => evaluate(ast.right, old, vars)[0] ?? null)];
  return evaluate(ast.right, input, vars).map((v) => {
    if (ast.op === '=') return update(() => v);
    if (ast.op === '//=') return update((old) => (truthy(old) ? old : v));
    return update((old) => binary(ast.op.slice(0, -1), old, v));
  });
}

/** `"a\(f)b\(g)"`: every combination of the parts' outputs, the last part varying slowest (as jq). */
function interpolate(parts: (string | JqAst)[], fmt: string | null, input: Json, vars: Vars): Json[] {
  let outs = [''];
  for (const part of parts) {
    if (typeof part === 'string') outs = outs.map((o) => o + part);
    else {
      const texts = evaluate(part, input, vars).map((v) => (fmt ? format(fmt, v) : toText(v)));
      outs = texts.flatMap((t) => outs.map((o) => o + t));
    }
  }
  return outs;
}
