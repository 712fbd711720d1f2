// Permission checks of a process's credentials over any FileSystem (the kernel gives each process
// `new AccessFs(fs, cred)` as its ctx.fs): search permission on every directory of a path, read,
// write and the parent directory's write permission for creating and removing, the sticky bit,
// owner-only chmod/utimes, root-only chown. Root (uid 0) passes every check, as on Linux.
// New files and directories belong to the caller unless the caller says otherwise.

import { dirname, normalize } from './path';
import { FsError, type FileSystem, type MkdirOptions, type Stat, type WriteOptions } from './types';

export interface Credentials {
  uid: number;
  gid: number;
  /** Supplementary groups. */
  groups?: number[];
}

const R = 4;
const W = 2;
const X = 1;

export class AccessFs implements FileSystem {
  constructor(
    readonly inner: FileSystem,
    readonly cred: Credentials,
  ) {}

  private get root(): boolean {
    return this.cred.uid === 0;
  }

  /** The permission class bits (rwx) that apply to the caller for `st`. */
  private bits(st: Stat): number {
    if (st.uid === this.cred.uid) return (st.mode >> 6) & 7;
    if (st.gid === this.cred.gid || this.cred.groups?.includes(st.gid)) return (st.mode >> 3) & 7;
    return st.mode & 7;
  }

  private can(st: Stat, want: number): boolean {
    if (this.root) return want !== X || st.type === 'dir' || (st.mode & 0o111) !== 0;
    return (this.bits(st) & want) === want;
  }

  /** Search permission on every directory leading to `path` (the directories that exist). */
  private searchable(path: string, syscall: string): void {
    if (this.root) return;
    let dir: string;
    try {
      dir = this.inner.realpath(dirname(normalize(path)));
    } catch {
      dir = dirname(normalize(path));
    }
    const parts = dir.split('/').filter(Boolean);
    for (let i = 0; i <= parts.length; i++) {
      const prefix = '/' + parts.slice(0, i).join('/');
      let st: Stat;
      try {
        st = this.inner.stat(prefix);
      } catch {
        return; // the inner filesystem reports the missing component itself
      }
      if (st.type === 'dir' && !this.can(st, X)) throw new FsError('EACCES', path, syscall);
    }
  }

  private need(path: string, st: Stat, want: number, syscall: string): void {
    if (!this.can(st, want)) throw new FsError('EACCES', path, syscall);
  }

  /** Write and search permission on the parent directory (creating or removing an entry). */
  private parentWritable(path: string, syscall: string): Stat | null {
    this.searchable(path, syscall);
    if (this.root) return null;
    let parent: Stat;
    try {
      parent = this.inner.stat(dirname(normalize(path)));
    } catch {
      return null;
    }
    this.need(path, parent, W | X, syscall);
    return parent;
  }

  /** Removing or renaming an entry of a sticky directory needs to own the entry or the directory. */
  private sticky(path: string, parent: Stat | null, syscall: string): void {
    if (this.root || !parent || !(parent.mode & 0o1000)) return;
    let st: Stat;
    try {
      st = this.inner.lstat(path);
    } catch {
      return;
    }
    if (st.uid !== this.cred.uid && parent.uid !== this.cred.uid) throw new FsError('EPERM', path, syscall);
  }

  private lstatOrNull(path: string): Stat | null {
    try {
      return this.inner.lstat(path);
    } catch {
      return null;
    }
  }

  private statOrNull(path: string): Stat | null {
    try {
      return this.inner.stat(path);
    } catch {
      return null;
    }
  }

  // ---- reading ----

  stat(path: string): Stat {
    this.searchable(path, 'stat');
    return this.inner.stat(path);
  }

  lstat(path: string): Stat {
    this.searchable(path, 'lstat');
    return this.inner.lstat(path);
  }

  exists(path: string): boolean {
    try {
      this.stat(path);
      return true;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  }

  readFile(path: string): Uint8Array {
    this.searchable(path, 'open');
    const st = this.statOrNull(path);
    if (st && st.type !== 'dir') this.need(path, st, R, 'open');
    return this.inner.readFile(path);
  }

  readText(path: string): string {
    return new TextDecoder().decode(this.readFile(path));
  }

  readdir(path: string): string[] {
    this.searchable(path, 'scandir');
    const st = this.statOrNull(path);
    if (st?.type === 'dir') this.need(path, st, R, 'scandir');
    return this.inner.readdir(path);
  }

  readlink(path: string): string {
    this.searchable(path, 'readlink');
    return this.inner.readlink(path);
  }

  realpath(path: string): string {
    this.searchable(path, 'realpath');
    return this.inner.realpath(path);
  }

  // ---- writing ----

  writeFile(path: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
    const st = this.statOrNull(path);
    if (st && st.type !== 'dir') {
      this.searchable(path, 'open');
      this.need(path, st, W, 'open');
    } else if (!st && !this.lstatOrNull(path)) this.parentWritable(path, 'open');
    this.inner.writeFile(path, data, {
      ...opts,
      uid: opts.uid ?? this.cred.uid,
      gid: opts.gid ?? this.cred.gid,
    });
  }

  mkdir(path: string, opts: MkdirOptions = {}): void {
    const owned = { ...opts, uid: opts.uid ?? this.cred.uid, gid: opts.gid ?? this.cred.gid };
    if (opts.recursive) {
      const st = this.statOrNull(path);
      if (st?.type === 'dir') return;
      if (!st && !this.statOrNull(dirname(normalize(path)))) this.mkdir(dirname(normalize(path)), owned);
      if (this.statOrNull(path)?.type === 'dir') return;
      this.mkdir(path, { ...owned, recursive: false });
      return;
    }
    if (!this.lstatOrNull(path)) this.parentWritable(path, 'mkdir');
    this.inner.mkdir(path, owned);
  }

  unlink(path: string): void {
    const parent = this.parentWritable(path, 'unlink');
    this.sticky(path, parent, 'unlink');
    this.inner.unlink(path);
  }

  rmdir(path: string): void {
    const parent = this.parentWritable(path, 'rmdir');
    this.sticky(path, parent, 'rmdir');
    this.inner.rmdir(path);
  }

  rename(from: string, to: string): void {
    const parent = this.parentWritable(from, 'rename');
    this.sticky(from, parent, 'rename');
    const toParent = this.parentWritable(to, 'rename');
    this.sticky(to, toParent, 'rename');
    this.inner.rename(from, to);
  }

  symlink(target: string, path: string, owner?: { uid?: number; gid?: number }): void {
    if (!this.lstatOrNull(path)) this.parentWritable(path, 'symlink');
    this.inner.symlink(target, path, { uid: owner?.uid ?? this.cred.uid, gid: owner?.gid ?? this.cred.gid });
  }

  link(existing: string, newPath: string): void {
    this.searchable(existing, 'link');
    if (!this.lstatOrNull(newPath)) this.parentWritable(newPath, 'link');
    this.inner.link(existing, newPath);
  }

  chmod(path: string, mode: number): void {
    this.searchable(path, 'chmod');
    const st = this.inner.stat(path);
    if (!this.root && st.uid !== this.cred.uid) throw new FsError('EPERM', path, 'chmod');
    this.inner.chmod(path, mode);
  }

  chown(path: string, uid: number, gid: number): void {
    this.searchable(path, 'chown');
    const st = this.inner.stat(path);
    if (!this.root) {
      const groups = [this.cred.gid, ...(this.cred.groups ?? [])];
      const ownerChange = uid >= 0 && uid !== st.uid;
      const groupOk = gid < 0 || gid === st.gid || (st.uid === this.cred.uid && groups.includes(gid));
      if (ownerChange || !groupOk) throw new FsError('EPERM', path, 'chown');
    }
    this.inner.chown(path, uid, gid);
  }

  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    this.searchable(path, 'utime');
    const st = this.inner.stat(path);
    if (!this.root && st.uid !== this.cred.uid && !this.can(st, W))
      throw new FsError('EACCES', path, 'utime');
    this.inner.utimes(path, atimeMs, mtimeMs);
  }
}
