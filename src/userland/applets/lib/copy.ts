// Copying one filesystem object to another path (cp, and mv across filesystems): files, symlinks,
// directories recursively, optionally preserving mode, owner and times (-p/-a).

import type { FileSystem } from '../../../engine/fs/types';

export interface CopyOptions {
  preserve: boolean;
  /** Copy symlinks as symlinks (-P, -a, -r without -L). */
  noDereference: boolean;
  uid: number;
  gid: number;
}

/** Copies `from` to `to` (which must not be a directory unless `from` is one). Throws FsError. */
export function copyEntry(fs: FileSystem, from: string, to: string, o: CopyOptions): void {
  const st = o.noDereference ? fs.lstat(from) : fs.stat(from);
  if (st.type === 'symlink') {
    if (fs.exists(to) || isLink(fs, to)) fs.unlink(to);
    fs.symlink(fs.readlink(from), to);
    return;
  }
  if (st.type === 'dir') {
    if (!fs.exists(to))
      fs.mkdir(to, { mode: st.mode, uid: o.preserve ? st.uid : o.uid, gid: o.preserve ? st.gid : o.gid });
    for (const name of fs.readdir(from)) copyEntry(fs, `${from}/${name}`, `${to}/${name}`, o);
  } else {
    const existed = fs.exists(to);
    fs.writeFile(to, fs.readFile(from), { mode: st.mode, uid: o.uid, gid: o.gid });
    if (!existed && !o.preserve) fs.chmod(to, st.mode);
  }
  if (o.preserve) {
    fs.chmod(to, st.mode);
    fs.chown(to, st.uid, st.gid);
    fs.utimes(to, st.atimeMs, st.mtimeMs);
  }
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}

/** True when `inner` is `outer` or below it (both canonical). */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer === '/' ? '/' : outer + '/');
}
