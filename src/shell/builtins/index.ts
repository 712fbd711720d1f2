// The shell's builtins: name → implementation. POSIX special builtins keep prefix assignments.
import type { Shell } from '../interpreter';
import { alias, unalias } from './alias';
import { cd, pwd } from './cd';
import { declare } from './declare';
import { echo } from './echo';
import { breakBuiltin, colon, continueBuiltin, exitBuiltin, falseBuiltin, returnBuiltin, trueBuiltin } from './flow';
import { getopts } from './getopts';
import { history } from './history';
import { kill } from './kill';
import { bg, fg, jobs, wait } from './jobs';
import { letBuiltin } from './let';
import { printf } from './printf';
import { read } from './read';
import { evalBuiltin, exec, source } from './source';
import { test, bracket } from './test';
import { trap } from './trap';
import { command, hash, type } from './type';
import { exportBuiltin, local, readonly, set, shift, umask, unset } from './vars';

export type Builtin = (sh: Shell, argv: string[]) => Promise<number> | number;

export const BUILTINS = new Map<string, Builtin>([
  [':', colon],
  ['.', source],
  ['[', bracket],
  ['alias', alias],
  ['bg', bg],
  ['break', breakBuiltin],
  ['cd', cd],
  ['command', command],
  ['continue', continueBuiltin],
  ['declare', declare],
  ['echo', echo],
  ['eval', evalBuiltin],
  ['exec', exec],
  ['exit', exitBuiltin],
  ['export', exportBuiltin],
  ['false', falseBuiltin],
  ['fg', fg],
  ['getopts', getopts],
  ['hash', hash],
  ['history', history],
  ['jobs', jobs],
  ['kill', kill],
  ['let', letBuiltin],
  ['local', local],
  ['printf', printf],
  ['pwd', pwd],
  ['read', read],
  ['readonly', readonly],
  ['return', returnBuiltin],
  ['set', set],
  ['shift', shift],
  ['source', source],
  ['test', test],
  ['trap', trap],
  ['true', trueBuiltin],
  ['type', type],
  ['typeset', declare],
  ['umask', umask],
  ['unalias', unalias],
  ['unset', unset],
  ['wait', wait],
]);

export const SPECIAL_BUILTINS = new Set([':', '.', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'trap', 'unset']);
