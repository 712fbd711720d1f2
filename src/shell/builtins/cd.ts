// cd and pwd, keeping PWD and OLDPWD (logical paths, as bash does by default).
import { FsError } from '../../engine/fs/types';
import { normalize, resolvePath } from '../../engine/fs/path';
import type { Shell } from '../interpreter';

export function cd(sh: Shell, argv: string[]): number {
  const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
  if (args.length > 1) {
    sh.error('cd: too many arguments');
    return 1;
  }
  let target: string | undefined = args[0];
  let print = false;
  if (target === undefined) {
    target = sh.getVar('HOME');
    if (target === undefined) {
      sh.error('cd: HOME not set');
      return 1;
    }
  } else if (target === '-') {
    target = sh.getVar('OLDPWD');
    if (target === undefined) {
      sh.error('cd: OLDPWD not set');
      return 1;
    }
    print = true;
  }
  if (target === undefined || target === '') return 0;
  const current = sh.getVar('PWD') ?? sh.ctx.cwd;
  const logical = target.startsWith('/') ? normalize(target) : normalize(`${current}/${target}`);
  try {
    const st = sh.ctx.fs.stat(resolvePath(sh.ctx.cwd, target));
    if (st.type !== 'dir') throw new FsError('ENOTDIR', target);
    if (sh.ctx.uid !== 0 && !canSearch(st, sh.ctx.uid, sh.ctx.gid)) throw new FsError('EACCES', target);
  } catch (err) {
    if (err instanceof FsError) {
      sh.error(sh.dialect.cd(target, err.text, sh.interactive ? null : sh.commandString ? 0 : sh.currentLine));
      return sh.dialect.name === 'sh' ? 2 : 1;
    }
    throw err;
  }
  sh.ctx.cwd = sh.ctx.fs.realpath(resolvePath(sh.ctx.cwd, target));
  sh.state.set('OLDPWD', current);
  sh.state.set('PWD', logical);
  if (print) sh.stdout.write(logical + '\n');
  return 0;
}

function canSearch(st: { mode: number; uid: number; gid: number }, uid: number, gid: number): boolean {
  if (uid === st.uid) return (st.mode & 0o100) !== 0;
  if (gid === st.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

export function pwd(sh: Shell, argv: string[]): number {
  const physical = argv.includes('-P');
  const logical = sh.getVar('PWD');
  let dir = sh.ctx.cwd;
  if (!physical && logical) {
    try {
      if (sh.ctx.fs.realpath(logical) === sh.ctx.fs.realpath(sh.ctx.cwd)) dir = logical;
    } catch {}
  }
  sh.stdout.write(dir + '\n');
  return 0;
}
