// let EXPR…: arithmetic; status 1 when the last value is 0.
import type { Shell } from '../interpreter';
import { evaluateArith } from '../arith';

export function letBuiltin(sh: Shell, argv: string[]): number {
  if (argv.length < 2) {
    sh.error('let: expression expected');
    return 1;
  }
  let last = 0n;
  for (const expr of argv.slice(1)) last = evaluateArith(expr, sh.expander.arithVars());
  return last === 0n ? 1 : 0;
}
