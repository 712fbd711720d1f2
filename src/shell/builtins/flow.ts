// Control-flow builtins: exit, return, break, continue, true, false, `:`.
import type { Shell } from '../interpreter';
import { BreakLoop, ReturnFromFunction, ShellError, ShellExit } from '../errors';

function statusArg(sh: Shell, name: string, arg: string | undefined): number {
  if (arg === undefined) return sh.lastStatus;
  if (!/^-?\d+$/.test(arg)) {
    sh.error(`${name}: ${arg}: numeric argument required`);
    return 2;
  }
  return Number(BigInt(arg) & 0xffn);
}

export async function exitBuiltin(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length > 2) throw new ShellError('exit: too many arguments');
  const status = statusArg(sh, 'exit', argv[1]);
  throw new ShellExit(status);
}

export function returnBuiltin(sh: Shell, argv: string[]): number {
  const status = statusArg(sh, 'return', argv[1]);
  if (!sh.inFunction && !sh.script) throw new ShellError("return: can only `return' from a function or sourced script");
  throw new ReturnFromFunction(status);
}

function loopControl(sh: Shell, argv: string[], isContinue: boolean): number {
  const name = isContinue ? 'continue' : 'break';
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 1) throw new ShellError(`${name}: ${argv[1]}: loop count out of range`);
  // bash in POSIX mode (and ash) ignore a break or continue outside a loop without a word.
  if (!sh.inLoop) return 0;
  throw new BreakLoop(n, isContinue);
}

export const breakBuiltin = (sh: Shell, argv: string[]) => loopControl(sh, argv, false);
export const continueBuiltin = (sh: Shell, argv: string[]) => loopControl(sh, argv, true);
export const trueBuiltin = () => 0;
export const falseBuiltin = () => 1;
export const colon = () => 0;
