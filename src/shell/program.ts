// `bash` and `sh` as programs: `-c CMD`, a script file, commands on stdin, or an interactive session.
import { resolvePath } from '../engine/fs/path';
import { FsError } from '../engine/fs/types';
import type { Program, ProcessContext } from '../engine/process/types';
import type { CompletionProvider } from './completion';
import { ASH, BASH, type Dialect } from './dialect';
import { ShellExit } from './errors';
import { History, MemoryHistoryStore, type HistoryStore } from './history';
import { runInteractive } from './interactive';
import { Shell } from './interpreter';
import { OPTION_LETTERS } from './state';

export interface ShellProgramOptions {
  dialect: Dialect;
  /** The persistent history of interactive sessions (default: in memory). */
  historyStore?: () => HistoryStore;
  /** Completion providers consulted before the default one (live list: providers may be added later). */
  completions?: CompletionProvider[];
  /** Interactive sessions call it after each command line with its text and exit status. */
  onCommand?: (line: string, status: number) => void;
}

export function createShellProgram(opts: ShellProgramOptions): Program {
  return (ctx) => runShell(ctx, opts);
}

export const bashProgram: Program = createShellProgram({ dialect: BASH });
export const shProgram: Program = createShellProgram({ dialect: ASH });

async function runShell(ctx: ProcessContext, opts: ShellProgramOptions): Promise<number> {
  const argv0 = ctx.argv[0] ?? opts.dialect.name;
  const name = argv0.startsWith('-') ? argv0.slice(1) : argv0.slice(argv0.lastIndexOf('/') + 1);
  let command: string | null = null;
  let forceInteractive = false;
  const setOptions: [string, boolean][] = [];
  let i = 1;
  for (; i < ctx.argv.length; i++) {
    const a = ctx.argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) continue;
    if (!/^[-+][A-Za-z]+$/.test(a)) break;
    for (const letter of a.slice(1)) {
      if (letter === 'c' && a[0] === '-') command = ctx.argv[++i] ?? null;
      else if (letter === 'i') forceInteractive = true;
      else if (letter === 's' || letter === 'l') continue;
      else if (OPTION_LETTERS[letter]) setOptions.push([letter, a[0] === '-']);
    }
    if (command !== null) {
      i++;
      break;
    }
  }
  const rest = ctx.argv.slice(i);
  const history = new History((opts.historyStore ?? (() => new MemoryHistoryStore()))());
  const makeShell = (shellName: string, script: boolean, interactive: boolean, commandString = false) => {
    const sh = new Shell(ctx, { dialect: opts.dialect, name: shellName, script, interactive, jobControl: interactive, commandString, history });
    for (const [letter, on] of setOptions) sh.state.options[OPTION_LETTERS[letter]] = on;
    return sh;
  };
  const finish = async (sh: Shell, run: () => Promise<number>): Promise<number> => {
    try {
      await run();
    } catch (err) {
      if (!(err instanceof ShellExit)) throw err;
      sh.lastStatus = err.status;
    }
    await sh.runExitTrap();
    return sh.lastStatus;
  };

  if (command !== null) {
    // bash says `bash: line 1: …` for -c; busybox ash just `sh: …`.
    const sh = makeShell(rest[0] ?? name, opts.dialect.name === 'bash', false, true);
    sh.state.positional = rest.slice(1);
    return finish(sh, () => sh.runText(command!));
  }
  if (rest.length > 0) {
    const sh = makeShell(rest[0], true, false);
    sh.state.positional = rest.slice(1);
    let text: string;
    try {
      text = ctx.fs.readText(resolvePath(ctx.cwd, rest[0]));
    } catch (err) {
      if (err instanceof FsError) {
        ctx.stderr.write(`${name}: ${rest[0]}: ${err.text}\n`);
        return 127;
      }
      throw err;
    }
    return finish(sh, () => sh.runText(text));
  }
  if (forceInteractive || ctx.stdin.isTTY) {
    const sh = makeShell(name, false, true);
    await history.load();
    try {
      return await runInteractive(sh, { history, completions: opts.completions ?? [], onCommand: opts.onCommand });
    } catch (err) {
      if (err instanceof ShellExit) return err.status;
      throw err;
    }
  }
  // Commands on standard input.
  let text = '';
  for (let chunk = await ctx.stdin.read(); chunk !== null; chunk = await ctx.stdin.read()) text += chunk;
  const sh = makeShell(name, true, false);
  return finish(sh, () => sh.runText(text));
}

export { BASH, ASH };
