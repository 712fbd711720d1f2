// source / . FILE, eval, exec.
import { resolvePath } from '../../engine/fs/path';
import { FsError } from '../../engine/fs/types';
import { lookPath } from '../../engine/process/exec';
import { ExecError } from '../../engine/process/types';
import { ShellError, ShellExit, ReturnFromFunction } from '../errors';
import type { Shell } from '../interpreter';

export async function source(sh: Shell, argv: string[]): Promise<number> {
  const file = argv[1];
  if (file === undefined) {
    sh.error(`${argv[0]}: filename argument required`);
    sh.writeErr(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  let path = file;
  if (!file.includes('/')) {
    try {
      path = lookPath({ fs: sh.ctx.fs, cwd: sh.ctx.cwd, path: sh.getVar('PATH'), uid: 0, gid: 0 }, file);
    } catch {
      if (!sh.ctx.fs.exists(resolvePath(sh.ctx.cwd, file))) {
        sh.error(`${argv[0]}: ${file}: file not found`);
        return 1;
      }
    }
  }
  let text: string;
  try {
    text = sh.ctx.fs.readText(resolvePath(sh.ctx.cwd, path));
  } catch (err) {
    if (err instanceof FsError) throw new ShellError(`${file}: ${err.text}`, 1, true);
    throw err;
  }
  const savedPositional = sh.state.positional;
  if (argv.length > 2) sh.state.positional = argv.slice(2);
  try {
    return await sh.runText(text);
  } catch (err) {
    if (err instanceof ReturnFromFunction) return err.status;
    throw err;
  } finally {
    if (argv.length > 2) sh.state.positional = savedPositional;
  }
}

export async function evalBuiltin(sh: Shell, argv: string[]): Promise<number> {
  const text = argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  return sh.runText(text);
}

export async function exec(sh: Shell, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  if (args.length === 0) {
    // Redirections of `exec` alone stay for the rest of the shell: the caller restores `fds`
    // after a builtin, so keep them by marking them permanent.
    sh.keepRedirections = true;
    return 0;
  }
  const env = sh.state.environment();
  // execve(2) keeps the process (its PID, parent, stdio): possible when the command's stdio are the
  // process's own. With other redirections in force, the shell runs it as a child and exits with it.
  const ctx = sh.ctx;
  const ownStdio = sh.fds.get(0) === ctx.stdin && sh.fds.get(1) === ctx.stdout && sh.fds.get(2) === ctx.stderr;
  if (ctx.exec && ownStdio) {
    try {
      return await ctx.exec(args, { env });
    } catch (err) {
      if (!(err instanceof ExecError)) throw err;
    }
  }
  const child = await sh.spawnExternal(args, env, sh.fds, true);
  const status = typeof child === 'number' ? child : await child.wait();
  throw new ShellExit(status);
}
