// The command model (cobra's, reduced to what the docker CLI uses): a leaf command declares its usage,
// help text, flags and argument rule beside its run function, in one file under commands/<object>/.
// Groups (`docker container`, `docker image`…) list their commands; a leaf may sit in several places
// (`docker ps` and `docker container ls` are one command reached by two paths).

import type { FlagSpec, ParsedFlags } from './flags';
import type { Cli } from './cli';

/** cobra's positional-argument validators: NoArgs = { max: 0 }, ExactArgs(n) = { exact: n }, … */
export interface ArgsRule {
  exact?: number;
  min?: number;
  max?: number;
}

export interface CommandSpec {
  name: string;
  /** What follows the command path on the usage line: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string;
  /** One line, shown in the command lists of `docker --help`. */
  short: string;
  /** Shown under the usage line in the command's own help (defaults to `short`). */
  long?: string;
  /** The `Aliases:` line of the help, as Docker shows it. */
  aliases?: string;
  args: ArgsRule;
  /** false for run/create/exec/top: flags stop at the first positional argument. */
  interspersed?: boolean;
  flags: FlagSpec[];
  run(cli: Cli, args: string[], flags: ParsedFlags): Promise<number>;
}

export interface GroupSpec {
  name: string;
  /** cobra's Use line (`container`, or `volume COMMAND`), shown in "unknown command" errors. */
  use: string;
  short: string;
  commands: Array<{ name: string; aliases?: string[]; command: CommandSpec }>;
}
