// Between a filesystem tree and tar records: what `tar -c` collects (directories recursively, with
// owner names from /etc/passwd and /etc/group) and what `tar -x` writes back.

import type { FileSystem } from '../../engine/fs/types';
import type { TarRecord } from '../../engine/layer/tar';
import { dirname, resolvePath } from '../../engine/fs/path';
import { groupName, userName } from '../applets/lib/users';

/** The records for `name` (as given on the command line, relative to `cwd`) and everything below it. */
export function collect(fs: FileSystem, cwd: string, name: string, out: TarRecord[]): void {
  const path = resolvePath(cwd, name);
  const st = fs.lstat(path);
  const stored = name.replace(/^\/+/, '') || '.';
  const base = {
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    mtime: Math.floor(st.mtimeMs / 1000),
    uname: userName(fs, st.uid) ?? '',
    gname: groupName(fs, st.gid) ?? '',
  };
  if (st.type === 'symlink')
    out.push({ ...base, name: stored, type: 'symlink', linkname: fs.readlink(path) });
  else if (st.type === 'dir') {
    out.push({ ...base, name: stored.endsWith('/') ? stored : `${stored}/`, type: 'dir' });
    for (const child of fs.readdir(path)) collect(fs, cwd, `${stored.replace(/\/$/, '')}/${child}`, out);
  } else out.push({ ...base, name: stored, type: 'file', data: fs.readFile(path) });
}

/**
 * Writes one record under `dir`. Root keeps the archive's owners; anyone else (`caller`) owns what
 * they extract, as with GNU tar's --no-same-owner.
 */
export function extract(
  fs: FileSystem,
  dir: string,
  rec: TarRecord,
  name: string,
  caller: { uid: number; gid: number },
): void {
  const root = caller.uid === 0;
  const path = resolvePath(dir, name);
  const parent = dirname(path);
  if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true, ...caller });
  const ids = root ? { uid: rec.uid, gid: rec.gid } : caller;
  if (rec.type === 'dir') {
    if (!fs.exists(path)) fs.mkdir(path, { mode: rec.mode, ...ids });
    // A directory already there keeps its mode and times unless it is the caller's (or root extracts).
    else if (root || fs.stat(path).uid === caller.uid) fs.chmod(path, rec.mode);
    else return;
  } else {
    if (fs.exists(path) || isDanglingLink(fs, path)) fs.unlink(path);
    if (rec.type === 'symlink') {
      fs.symlink(rec.linkname ?? '', path, ids);
      return;
    }
    if (rec.type === 'hardlink') {
      fs.link(resolvePath(dir, rec.linkname ?? ''), path);
      return;
    }
    fs.writeFile(path, rec.data ?? new Uint8Array(0), { mode: rec.mode, ...ids });
  }
  if (root) fs.chown(path, rec.uid, rec.gid);
  fs.utimes(path, rec.mtime * 1000, rec.mtime * 1000);
}

function isDanglingLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
