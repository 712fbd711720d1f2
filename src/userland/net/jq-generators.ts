// jq 1.6's generator builtins: range/1-3, limit, first(f), last(f), isempty, recurse, env, until.
import { JqRuntimeError } from './jq-builtins';
import type { Builtins } from './jq-paths';

type Json = unknown;

function numbers(vs: Json[]): number[] {
  return vs.map((v) => {
    if (typeof v !== 'number') throw new JqRuntimeError('Range bounds must be numeric');
    return v;
  });
}

function range(from: number, upto: number, by: number): number[] {
  const out: number[] = [];
  if (by > 0) for (let x = from; x < upto; x += by) out.push(x);
  else if (by < 0) for (let x = from; x > upto; x += by) out.push(x);
  else if (from < upto) throw new JqRuntimeError('range/3 with a zero step never ends');
  return out;
}

export function recurse(v: Json): Json[] {
  const kids = Array.isArray(v) ? v : v !== null && typeof v === 'object' ? Object.values(v) : [];
  return [v, ...kids.flatMap(recurse)];
}

export const generator: Builtins = (name, args, input, vars, evaluate) => {
  const arg = (n: number) => evaluate(args[n]!, input, vars);
  switch (`${name}/${args.length}`) {
    case 'range/1':
      return numbers(arg(0)).flatMap((n) => range(0, n, 1));
    case 'range/2':
      return numbers(arg(0)).flatMap((f) => numbers(arg(1)).flatMap((u) => range(f, u, 1)));
    case 'range/3':
      return numbers(arg(0)).flatMap((f) =>
        numbers(arg(1)).flatMap((u) => numbers(arg(2)).flatMap((b) => range(f, u, b))),
      );
    case 'limit/2':
      // jq 1.6's limit: a negative limit lets every output through, and limit 0 the first (it counts
      // after emitting).
      return arg(0).flatMap((n) => (Number(n) < 0 ? arg(1) : arg(1).slice(0, Math.max(1, Number(n)))));
    case 'first/1':
      return arg(0).slice(0, 1);
    case 'last/1':
      return arg(0).slice(-1);
    case 'isempty/1':
      return [arg(0).length === 0];
    case 'recurse/0':
      return recurse(input);
    case 'recurse/1': {
      const walk = (v: Json): Json[] => [v, ...evaluate(args[0]!, v, vars).flatMap(walk)];
      return walk(input);
    }
    case 'env/0':
      return [vars.get('ENV') ?? {}];
    case 'until/2': {
      let v = input;
      while (!evaluate(args[0]!, v, vars).some((c) => c !== null && c !== false))
        v = evaluate(args[1]!, v, vars)[0];
      return [v];
    }
    default:
      return undefined;
  }
};
