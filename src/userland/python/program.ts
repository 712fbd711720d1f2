// `python3`: -V, -c CODE, SCRIPT [ARGS], code on stdin, -m http.server; runs the interpreter over the
// process (its streams, filesystem, environment, clock) and prints Python's traceback on an uncaught
// exception (exit status 1). stdout is block-buffered when it is not a terminal, unless -u or
// PYTHONUNBUFFERED is given, as in CPython: `docker logs` shows nothing until a flush.
import type { ProcessContext } from '../../engine/process/types';
import { resolvePath } from '../../engine/fs/path';
import { lookPath } from '../../engine/process/exec';
import { PyError, PySyntaxError, raise, type TraceFrame } from './errors';
import { makeBuiltins } from './builtins';
import { Interpreter } from './interpreter';
import type { PyIo } from './io';
import { makeModules } from './modules';
import { parseModule } from './parser';
import { str, type PyValue } from './values';

export const PYTHON_VERSION = '3.12.7';
/** The Python each image's build carries, by minor version (python:3.12 and Alpine 3.20: 3.12.7; Debian 12: 3.11.2). */
const PATCH_RELEASES: Record<string, string> = { '3.11': '3.11.2', '3.12': PYTHON_VERSION };

/** The version of the python binary this process runs: the name of the file its command resolves to. */
export function pythonVersion(ctx: ProcessContext): string {
  try {
    const path = lookPath(
      { fs: ctx.fs, cwd: ctx.cwd, path: ctx.env.PATH, uid: ctx.uid, gid: ctx.gid },
      ctx.argv[0] ?? 'python3',
    );
    const minor = /python(\d+\.\d+)$/.exec(ctx.fs.realpath(path))?.[1];
    return (minor && PATCH_RELEASES[minor]) || PYTHON_VERSION;
  } catch {
    return PYTHON_VERSION;
  }
}
const BUFFER_SIZE = 8192;

class SystemExitSignal {
  constructor(readonly code: PyValue) {}
}

export interface PythonRun {
  /** What the program runs: source text and the file name tracebacks show. */
  source: string;
  file: string;
  argv: string[];
  unbuffered: boolean;
}

function sourceLine(source: string, line: number): string {
  return (source.split('\n')[line - 1] ?? '').trim();
}

export function formatTraceback(err: PyError, source: string): string {
  const frames: TraceFrame[] = err.frames ?? [];
  let out = 'Traceback (most recent call last):\n';
  for (const f of frames) {
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    if (f.file !== '<string>' && f.file !== '<stdin>') out += `    ${sourceLine(source, f.line)}\n`;
  }
  const message = str(err);
  return `${out}${err.type.name}${message ? `: ${message}` : ''}\n`;
}

export function formatSyntaxError(err: PySyntaxError, source: string, file: string): string {
  const raw = source.split('\n')[err.line - 1] ?? '';
  const indent = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const caret =
    text && err.col >= 0 ? `    ${text}\n    ${' '.repeat(Math.max(0, err.col - indent))}^\n` : '';
  return `  File "${file}", line ${err.line}\n${caret}${err.kind}: ${err.msg}\n`;
}

/** One interpreter over a process: its I/O (with stdout buffering), modules and builtins. */
export interface PythonSession {
  interp: Interpreter;
  io: PyIo;
  flush(): void;
  /** ^C while code runs: KeyboardInterrupt is raised at the interpreter's next yield. */
  interrupt(): void;
  /** Reports an error escaping the program the way CPython does; the exit status, or rethrows. */
  fail(err: unknown, source: string, file: string): number;
}

export function pythonSession(ctx: ProcessContext, run: Omit<PythonRun, 'source'>): PythonSession {
  let pending = '';
  const flush = () => {
    if (pending) ctx.stdout.write(pending);
    pending = '';
  };
  const buffered = !run.unbuffered && !ctx.stdout.isTTY;
  let stdinRest = '';
  const io: PyIo = {
    fs: ctx.fs,
    cwd: () => ctx.cwd,
    stdout: (text, force) => {
      pending += text;
      if (!buffered || force || pending.length >= BUFFER_SIZE) flush();
    },
    stderr: (text) => {
      flush();
      ctx.stderr.write(text);
    },
    readLine: async () => {
      flush();
      while (!stdinRest.includes('\n')) {
        const chunk = await ctx.stdin.read();
        if (chunk === null) break;
        stdinRest += chunk;
      }
      if (!stdinRest) return null;
      const nl = stdinRest.indexOf('\n');
      const line = nl < 0 ? stdinRest : stdinRest.slice(0, nl);
      stdinRest = nl < 0 ? '' : stdinRest.slice(nl + 1);
      return line;
    },
    exit: (code) => {
      throw new SystemExitSignal(code);
    },
  };
  const modules = makeModules(
    {
      io,
      env: ctx.env,
      argv: run.argv,
      version: pythonVersion(ctx),
      now: () => ctx.clock.now(),
      sleep: (ms) => (flush(), ctx.sleep(ms)),
      pid: ctx.pid,
    },
    flush,
  );
  let interp: Interpreter | null = null;
  let interrupted = false;
  const call = (f: PyValue, args: PyValue[]) => interp!.call(f, args);
  const builtins = makeBuiltins(io, call, { str: (v) => interp!.strOf(v), repr: (v) => interp!.reprOf(v) });
  interp = new Interpreter(
    {
      builtins,
      importModule: (name) => modules.get(name) ?? null,
      yieldNow: async () => {
        await new Promise<void>((resolve) => globalThis.setTimeout(resolve, 0));
        if (interrupted) {
          interrupted = false;
          throw raise('KeyboardInterrupt');
        }
      },
    },
    run.file,
  );
  const fail = (err: unknown, source: string, file: string): number => {
    flush();
    if (err instanceof SystemExitSignal) {
      const code = err.code;
      if (code === null) return 0;
      if (typeof code === 'bigint' || typeof code === 'boolean') return Number(code) & 0xff;
      ctx.stderr.write(`${str(code)}\n`);
      return 1;
    }
    if (err instanceof PySyntaxError) {
      ctx.stderr.write(formatSyntaxError(err, source, file));
      return 1;
    }
    if (err instanceof PyError) {
      ctx.stderr.write(formatTraceback(err, source));
      return 1;
    }
    throw err;
  };
  return { interp, io, flush, fail, interrupt: () => (interrupted = true) };
}

export async function runPython(ctx: ProcessContext, run: PythonRun): Promise<number> {
  const session = pythonSession(ctx, run);
  try {
    await session.interp.runModule(parseModule(run.source));
    session.flush();
    return 0;
  } catch (err) {
    return session.fail(err, run.source, run.file);
  }
}

/** Did the end of `err`'s input come too early (an open bracket, a block still expecting lines)? */
export function wantsMore(err: unknown): boolean {
  return (
    err instanceof PySyntaxError &&
    (/was never closed$/.test(err.msg) ||
      /^unterminated triple-quoted/.test(err.msg) ||
      /^expected an indented block/.test(err.msg))
  );
}

/** SystemExit raised by sys.exit()/exit(): ends the REPL. */
export function isExit(err: unknown): boolean {
  return err instanceof SystemExitSignal;
}

/** Reads a script given on the command line, with CPython's error when it cannot. */
export function readScript(ctx: ProcessContext, self: string, path: string): string | null {
  const abs = resolvePath(ctx.cwd, path);
  try {
    if (ctx.fs.stat(abs).type === 'dir') {
      ctx.stderr.write(`${self}: can't find '__main__' module in '${path}'\n`);
      return null;
    }
    return ctx.fs.readText(abs);
  } catch {
    ctx.stderr.write(`${self}: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return null;
  }
}
