// jq 1.6's builtins over paths: path(f), paths, paths(f), leaf_paths, getpath, setpath, delpaths,
// del(f), to which the evaluator hands its own `evaluate` (so that the modules do not import each other).
import { delpaths, getpath, pathsOf, setpath, type Builtins } from './jq-paths';

type Json = unknown;

function isScalar(v: Json): boolean {
  return v === null || typeof v !== 'object';
}

export const pathBuiltin: Builtins = (name, args, input, vars, evaluate) => {
  const arg = (n: number) => evaluate(args[n]!, input, vars);
  const all = () => pathsOf({ k: 'recurse' }, input, vars, evaluate).filter((p) => p.length > 0);
  switch (`${name}/${args.length}`) {
    case 'path/1':
      return pathsOf(args[0]!, input, vars, evaluate);
    case 'paths/0':
      return all();
    case 'paths/1':
      return all().filter((p) =>
        evaluate(args[0]!, getpath(input, p), vars).some((c) => c !== null && c !== false),
      );
    case 'leaf_paths/0':
      return all().filter((p) => isScalar(getpath(input, p)));
    case 'getpath/1':
      return arg(0).map((p) => {
        try {
          return getpath(input, p as Json[]);
        } catch {
          return null;
        }
      });
    case 'setpath/2':
      return arg(1).flatMap((v) => arg(0).map((p) => setpath(input, p as Json[], v)));
    case 'delpaths/1':
      return arg(0).map((ps) => delpaths(input, ps as Json[]));
    case 'del/1':
      return [delpaths(input, pathsOf(args[0]!, input, vars, evaluate))];
    default:
      return undefined;
  }
};
