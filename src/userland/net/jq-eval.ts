// Evaluating a jq filter: each filter maps one input to a list of outputs (jq's generators).
import type { JqAst } from './jq-parse';

export class JqRuntimeError extends Error {}

type Json = unknown;

function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
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

function compare(a: Json, b: Json): number {
  const order = ['null', 'boolean', 'number', 'string', 'array', 'object'];
  const ta = order.indexOf(typeName(a));
  const tb = order.indexOf(typeName(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean') return Number(a) - Number(b);
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
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

function call(name: string, args: JqAst[], input: Json): Json[] {
  const arg = (n: number) => evaluate(args[n]!, input);
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
      return [typeof input === 'string' ? input : JSON.stringify(input)];
    case 'add/0':
      return [values(input, false).reduce((acc: Json, v) => binary('+', acc, v), null)];
    case 'sort/0':
      return [[...(values(input, false) as Json[])].sort(compare)];
    case 'first/0':
      return index(input, 0, false);
    case 'last/0':
      return index(input, -1, false);
    case 'to_entries/0':
      return [Object.entries(input as object).map(([key, value]) => ({ key, value: value as Json }))];
    case 'select/1':
      return arg(0).some(truthy) ? [input] : [];
    case 'map/1':
      return [values(input, false).flatMap((v) => evaluate(args[0]!, v))];
    case 'has/1':
      return arg(0).map((k) =>
        Array.isArray(input)
          ? typeof k === 'number' && k < input.length
          : Object.hasOwn(input as object, String(k)),
      );
    case 'sort_by/1':
      return [
        [...values(input, false)].sort((a, b) => compare(evaluate(args[0]!, a), evaluate(args[0]!, b))),
      ];
    default:
      throw new JqRuntimeError(`${name}/${args.length} is not defined`);
  }
}

export function evaluate(ast: JqAst, input: Json): Json[] {
  switch (ast.k) {
    case 'identity':
      return [input];
    case 'literal':
      return [ast.value];
    case 'field':
      return evaluate(ast.of, input).flatMap((v) => index(v, ast.name, ast.optional));
    case 'index':
      return evaluate(ast.of, input).flatMap((v) =>
        evaluate(ast.index, input).flatMap((k) => index(v, k, ast.optional)),
      );
    case 'iterate':
      return evaluate(ast.of, input).flatMap((v) => values(v, ast.optional));
    case 'pipe':
      return evaluate(ast.left, input).flatMap((v) => evaluate(ast.right, v));
    case 'comma':
      return [...evaluate(ast.left, input), ...evaluate(ast.right, input)];
    case 'binary':
      if (ast.op === '//') {
        const left = evaluate(ast.left, input).filter(truthy);
        return left.length ? left : evaluate(ast.right, input);
      }
      return evaluate(ast.right, input).flatMap((b) =>
        evaluate(ast.left, input).map((a) => binary(ast.op, a, b)),
      );
    case 'array':
      return [ast.body ? evaluate(ast.body, input) : []];
    case 'object': {
      let outs: Record<string, Json>[] = [{}];
      for (const { key, value } of ast.entries) {
        const keys = evaluate(key, input);
        const vals = evaluate(value, input);
        outs = outs.flatMap((o) => keys.flatMap((k) => vals.map((v) => ({ ...o, [String(k)]: v }))));
      }
      return outs;
    }
    case 'call':
      return call(ast.name, ast.args, input);
  }
}
