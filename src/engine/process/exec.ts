// execve(2) for simulated binaries: PATH search, the exec bit, the BINARY_MAGIC stub, `#!` interpreters.
import type { FileSystem, Stat } from '../fs/types';
import { resolvePath } from '../fs/path';
import { BINARY_MAGIC, ExecError, type Program, type ProgramTable } from './types';

export interface Resolved {
  program: Program;
  /** The program's name in the table (`ls`, `busybox`, `bash`). */
  name: string;
  /** argv after `#!` rewriting. */
  argv: string[];
  /** Absolute path of the file executed. */
  path: string;
}

export interface ExecEnv {
  fs: FileSystem;
  cwd: string;
  path: string | undefined;
  uid: number;
  gid: number;
  programs: ProgramTable;
}

const MAX_INTERPRETER_DEPTH = 4;

function tryStat(fs: FileSystem, path: string): Stat | null {
  try {
    return fs.stat(path);
  } catch {
    return null;
  }
}

function canExecute(st: Stat, uid: number, gid: number): boolean {
  if (uid === 0) return (st.mode & 0o111) !== 0;
  if (uid === st.uid) return (st.mode & 0o100) !== 0;
  if (gid === st.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

/** The absolute path `name` designates: itself (made absolute) when it has a '/', else the PATH hit. */
export function lookPath(env: Omit<ExecEnv, 'programs'>, name: string): string {
  if (name === '') throw new ExecError('ENOENT', name);
  if (name.includes('/')) return resolvePath(env.cwd, name);
  let denied: string | null = null;
  for (const dir of (env.path ?? '').split(':')) {
    const candidate = resolvePath(env.cwd, `${dir || '.'}/${name}`);
    const st = tryStat(env.fs, candidate);
    if (!st || st.type !== 'file') continue;
    if (canExecute(st, env.uid, env.gid)) return candidate;
    denied ??= candidate;
  }
  if (denied) throw new ExecError('EACCES', denied);
  throw new ExecError('ENOENT', name);
}

export function resolveExec(env: ExecEnv, argv: string[], depth = 0): Resolved {
  const path = lookPath(env, argv[0] ?? '');
  const st = tryStat(env.fs, path);
  if (!st) throw new ExecError('ENOENT', argv[0]);
  if (st.type !== 'file' || !canExecute(st, env.uid, env.gid)) throw new ExecError('EACCES', path);
  const head = firstLine(env.fs, path);
  if (head.startsWith(BINARY_MAGIC)) {
    const name = head.slice(BINARY_MAGIC.length).trim();
    return { program: env.programs.get(name) ?? unsimulated(name), name, argv, path };
  }
  if (head.startsWith('#!') && depth < MAX_INTERPRETER_DEPTH) {
    const spec = head.slice(2).trim();
    const space = spec.search(/[ \t]/);
    const interpreter = space < 0 ? spec : spec.slice(0, space);
    const arg = space < 0 ? '' : spec.slice(space).trim();
    if (!interpreter) throw new ExecError('ENOEXEC', path);
    const next = [
      interpreter,
      ...(arg ? [arg] : []),
      argv[0].includes('/') ? argv[0] : path,
      ...argv.slice(1),
    ];
    try {
      return resolveExec({ ...env, path: '' }, next, depth + 1);
    } catch (err) {
      // A missing interpreter is reported as the script itself not existing (bad interpreter).
      if (err instanceof ExecError && err.code === 'ENOENT') throw new ExecError('ENOENT', interpreter);
      throw err;
    }
  }
  throw new ExecError('ENOEXEC', path);
}

/**
 * A binary of an image that Baleine has no program for (git, gcc…): it exists and is executable, so
 * exec succeeds, and it says so to the student instead of being run as a shell script.
 */
function unsimulated(name: string): Program {
  return async (ctx) => {
    ctx.stderr.write(
      `${ctx.argv[0] ?? name} : ce programme est présent dans l'image, mais Baleine ne le simule pas.\n`,
    );
    return 126;
  };
}

function firstLine(fs: FileSystem, path: string): string {
  const bytes = fs.readFile(path);
  const end = Math.min(bytes.length, 256);
  let line = '';
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 10) break;
    line += String.fromCharCode(bytes[i]);
  }
  return line;
}
