// jq's paths: `path(f)` for the path expressions (., .a, .[i], .[], .., pipes, commas, if, select,
// empty, getpath, first/last, recurse), and getpath/setpath/delpaths over values, which `|=`, `=`,
// `+=`…, `del` and `paths` are built on (jq 1.6's builtin.jq defines them so).
import type { JqAst } from './jq-parse';
import { compare, JqRuntimeError, typeName } from './jq-builtins';

type Json = unknown;
type Path = (string | number)[];
export type Vars = ReadonlyMap<string, Json>;
/** A table of builtins: the outputs of `name/arity`, or undefined when the table has no such builtin. */
export type Builtins = (
  name: string,
  args: JqAst[],
  input: Json,
  vars: Vars,
  evaluate: Evaluate,
) => Json[] | undefined;

/** The evaluator, handed to these modules by jq-eval (which imports them). */
export type Evaluate = (ast: JqAst, input: Json, vars: Vars) => Json[];

export function getpath(v: Json, path: readonly Json[]): Json {
  let cur = v;
  for (const key of path) {
    if (cur === null) return null;
    if (typeof key === 'string' && typeName(cur) === 'object')
      cur = (cur as Record<string, Json>)[key] ?? null;
    else if (typeof key === 'number' && Array.isArray(cur))
      cur = cur[key < 0 ? cur.length + key : key] ?? null;
    else throw new JqRuntimeError(`Cannot index ${typeName(cur)} with ${typeName(key)}`);
  }
  return cur;
}

export function setpath(v: Json, path: readonly Json[], value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (typeof key === 'string') {
    if (v !== null && typeName(v) !== 'object')
      throw new JqRuntimeError(`Cannot index ${typeName(v)} with "${key}"`);
    const obj = (v ?? {}) as Record<string, Json>;
    return { ...obj, [key]: setpath(obj[key] ?? null, rest, value) };
  }
  if (typeof key === 'number') {
    if (v !== null && !Array.isArray(v)) throw new JqRuntimeError(`Cannot index ${typeName(v)} with number`);
    const arr = [...((v ?? []) as Json[])];
    const i = key < 0 ? arr.length + key : key;
    if (i < 0) throw new JqRuntimeError('Out of bounds negative array index');
    while (arr.length < i) arr.push(null);
    arr[i] = setpath(arr[i] ?? null, rest, value);
    return arr;
  }
  throw new JqRuntimeError(`Cannot update field at object index of ${typeName(v)}`);
}

function delpath(v: Json, path: readonly Json[]): Json {
  if (v === null) return null;
  const [key, ...rest] = path;
  if (rest.length > 0) {
    const child = getpath(v, [key]);
    return child === null ? v : setpath(v, [key], delpath(child, rest));
  }
  if (typeof key === 'string' && typeName(v) === 'object') {
    const { [key]: _gone, ...kept } = v as Record<string, Json>;
    return kept;
  }
  if (typeof key === 'number' && Array.isArray(v)) {
    const i = key < 0 ? v.length + key : key;
    return v.filter((_, j) => j !== i);
  }
  throw new JqRuntimeError(`Cannot delete field at index of ${typeName(v)}`);
}

/** delpaths: the longest paths first, so that deleting one does not move another. */
export function delpaths(v: Json, paths: readonly Json[]): Json {
  const sorted = [...paths].sort(compare).reverse();
  return sorted.reduce((acc, p) => {
    if (!Array.isArray(p)) throw new JqRuntimeError('Path must be specified as an array');
    return p.length === 0 ? null : delpath(acc, p);
  }, v);
}

function children(v: Json): Path[] {
  if (Array.isArray(v)) return v.map((_, i) => [i]);
  if (v !== null && typeof v === 'object') return Object.keys(v).map((k) => [k]);
  return [];
}

/** Every path of `..` under `v`, the value's own (empty) path first. */
function recursePaths(v: Json): Path[] {
  return [[], ...children(v).flatMap((c) => recursePaths(getpath(v, c)).map((p) => [...c, ...p]))];
}

/** `[[key]]` when `v` can be indexed with `key` (null can), else nothing (`?`) or jq's error. */
function indexable(v: Json, key: Json, optional: boolean): Path[] {
  const ok =
    (typeof key === 'string' && (v === null || typeName(v) === 'object')) ||
    (typeof key === 'number' && (v === null || Array.isArray(v)));
  if (ok) return [[key as string | number]];
  if (optional) return [];
  const shown = typeof key === 'string' ? `string ${JSON.stringify(key)}` : typeName(key);
  throw new JqRuntimeError(`Cannot index ${typeName(v)} with ${shown}`);
}

/** The paths `ast` designates in `root`, each relative to `root`. */
export function pathsOf(ast: JqAst, root: Json, vars: Vars, evaluate: Evaluate): Path[] {
  const at = (base: Path[], step: (v: Json) => Path[]): Path[] =>
    base.flatMap((p) => step(getpath(root, p)).map((q) => [...p, ...q]));
  const sub = (a: JqAst) => pathsOf(a, root, vars, evaluate);
  switch (ast.k) {
    case 'identity':
      return [[]];
    case 'recurse':
      return recursePaths(root);
    case 'field':
      return at(sub(ast.of), (v) => indexable(v, ast.name, ast.optional));
    case 'index':
      return at(sub(ast.of), (v) =>
        evaluate(ast.index, root, vars).flatMap((k) => indexable(v, k, ast.optional)),
      );
    case 'iterate':
      return at(sub(ast.of), (v) => {
        if (v === null || (typeof v !== 'object' && ast.optional)) return [];
        if (typeof v !== 'object') throw new JqRuntimeError(`Cannot iterate over ${typeName(v)}`);
        return children(v);
      });
    case 'pipe':
      return at(sub(ast.left), (v) => pathsOf(ast.right, v, vars, evaluate));
    case 'comma':
      return [...sub(ast.left), ...sub(ast.right)];
    case 'if':
      return evaluate(ast.cond, root, vars).flatMap((c) =>
        sub(c !== null && c !== false ? ast.then : ast.else),
      );
    case 'bind':
      return evaluate(ast.source, root, vars).flatMap((x) =>
        pathsOf(ast.body, root, new Map([...vars, [ast.name, x]]), evaluate),
      );
    case 'call':
      return callPaths(ast, root, vars, evaluate, sub);
    default:
      throw new JqRuntimeError('Invalid path expression');
  }
}

function callPaths(
  ast: Extract<JqAst, { k: 'call' }>,
  root: Json,
  vars: Vars,
  evaluate: Evaluate,
  sub: (a: JqAst) => Path[],
): Path[] {
  switch (`${ast.name}/${ast.args.length}`) {
    case 'empty/0':
      return [];
    case 'select/1':
      return evaluate(ast.args[0]!, root, vars).some((c) => c !== null && c !== false) ? [[]] : [];
    case 'recurse/0':
      return recursePaths(root);
    case 'getpath/1':
      return evaluate(ast.args[0]!, root, vars).map((p) => {
        if (!Array.isArray(p)) throw new JqRuntimeError('Path must be specified as an array');
        return p as Path;
      });
    case 'first/1':
      return sub(ast.args[0]!).slice(0, 1);
    case 'last/1':
      return sub(ast.args[0]!).slice(-1);
    case 'first/0':
      return [[0]];
    case 'last/0':
      return [[-1]];
    default:
      throw new JqRuntimeError('Invalid path expression');
  }
}
