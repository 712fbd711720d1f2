// A mount table: one FileSystem made of several, dispatching each path to the filesystem mounted on
// its longest prefix (a container's rootfs with volumes and bind mounts, the host with /proc…).
// Paths are resolved here, across mounts, so a symlink in one filesystem may lead into another.

import { resolve, type EntryKind, type Resolved } from './resolve';
import { sortNames } from './memfs';
import { FsError, type FileSystem, type MkdirOptions, type Stat, type WriteOptions } from './types';
import { dirname, basename, normalize } from './path';

export interface MountOptions {
  readOnly?: boolean;
  /**
   * The path inside `fs` that appears at the mount point (default `/`): a bind mount of a
   * subdirectory, or of a single file when it names a file.
   */
  source?: string;
}

export interface Mount {
  /** Canonical absolute mount point. */
  readonly path: string;
  readonly fs: FileSystem;
  readonly readOnly: boolean;
  readonly source: string;
}

interface Target {
  mount: Mount;
  inner: string;
}

export class MountFs implements FileSystem {
  private table: Mount[] = [];

  constructor(root: FileSystem, opts: MountOptions = {}) {
    this.mount('/', root, opts);
  }

  /** Mounts `fs` at `path` (absolute); a later mount on the same point shadows the earlier one. */
  mount(path: string, fs: FileSystem, opts: MountOptions = {}): void {
    if (!path.startsWith('/')) throw new FsError('EINVAL', path, 'mount');
    this.table.push({
      path: normalize(path),
      fs,
      readOnly: opts.readOnly ?? false,
      source: normalize(opts.source ?? '/'),
    });
  }

  /** Removes the most recent mount at `path`; the root mount cannot be removed. */
  unmount(path: string): void {
    const at = normalize(path);
    const i = this.table.findLastIndex((m) => m.path === at);
    if (i <= 0) throw new FsError(i === 0 ? 'EBUSY' : 'EINVAL', path, 'umount');
    this.table.splice(i, 1);
  }

  /** The table in mount order (root first), as /proc/mounts lists it. */
  mounts(): readonly Mount[] {
    return [...this.table];
  }

  // ---- reading ----

  stat(path: string): Stat {
    return this.call(path, true, 'stat', (fs, p) => fs.stat(p));
  }

  lstat(path: string): Stat {
    return this.call(path, false, 'lstat', (fs, p) => fs.lstat(p));
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
    return this.call(path, true, 'open', (fs, p) => fs.readFile(p));
  }

  readText(path: string): string {
    return this.call(path, true, 'open', (fs, p) => fs.readText(p));
  }

  readdir(path: string): string[] {
    const r = this.resolve(path, true, 'scandir');
    const names = new Set(this.call(path, true, 'scandir', (fs, p) => fs.readdir(p), r));
    for (const m of this.table) {
      if (m.path !== '/' && dirname(m.path) === r.path) names.add(basename(m.path));
    }
    return sortNames([...names]);
  }

  readlink(path: string): string {
    return this.call(path, false, 'readlink', (fs, p) => fs.readlink(p));
  }

  realpath(path: string): string {
    const r = this.resolve(path, true, 'realpath');
    if (!r.kind) throw new FsError('ENOENT', path, 'realpath');
    return r.path;
  }

  // ---- writing ----

  writeFile(path: string, data: Uint8Array | string, opts?: WriteOptions): void {
    this.change(path, true, 'open', (fs, p) => fs.writeFile(p, data, opts));
  }

  mkdir(path: string, opts: MkdirOptions = {}): void {
    if (!opts.recursive) return this.change(path, false, 'mkdir', (fs, p) => fs.mkdir(p, opts));
    try {
      const r = this.resolve(path, true, 'mkdir');
      if (r.kind === 'dir') return;
      if (r.kind) throw new FsError('EEXIST', path, 'mkdir');
    } catch (e) {
      if (!(e instanceof FsError) || e.code !== 'ENOENT') throw e;
      this.mkdir(dirname(path), opts);
    }
    this.mkdir(path, { ...opts, recursive: false });
  }

  unlink(path: string): void {
    this.change(path, false, 'unlink', (fs, p) => fs.unlink(p), true);
  }

  rmdir(path: string): void {
    this.change(path, false, 'rmdir', (fs, p) => fs.rmdir(p), true);
  }

  rename(from: string, to: string): void {
    const a = this.target(this.resolve(from, false, 'rename'));
    const b = this.target(this.resolve(to, false, 'rename'));
    if (this.isMountPoint(a) || this.isMountPoint(b)) throw new FsError('EBUSY', from, 'rename');
    if (a.mount !== b.mount) throw new FsError('EXDEV', from, 'rename');
    if (a.mount.readOnly) throw new FsError('EROFS', from, 'rename');
    this.rethrow(from, 'rename', () => a.mount.fs.rename(a.inner, b.inner));
  }

  symlink(target: string, path: string, owner?: { uid?: number; gid?: number }): void {
    this.change(path, false, 'symlink', (fs, p) => fs.symlink(target, p, owner));
  }

  link(existing: string, newPath: string): void {
    const a = this.target(this.resolve(existing, false, 'link'));
    const b = this.target(this.resolve(newPath, false, 'link'));
    if (a.mount !== b.mount) throw new FsError('EXDEV', existing, 'link');
    if (a.mount.readOnly) throw new FsError('EROFS', newPath, 'link');
    this.rethrow(newPath, 'link', () => a.mount.fs.link(a.inner, b.inner));
  }

  chmod(path: string, mode: number): void {
    this.change(path, true, 'chmod', (fs, p) => fs.chmod(p, mode));
  }

  chown(path: string, uid: number, gid: number): void {
    this.change(path, true, 'chown', (fs, p) => fs.chown(p, uid, gid));
  }

  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    this.change(path, true, 'utime', (fs, p) => fs.utimes(p, atimeMs, mtimeMs));
  }

  // ---- internals ----

  private resolve(path: string, follow: boolean, syscall: string): Resolved {
    return resolve(
      path,
      follow,
      {
        kind: (p) => this.kindOf(p),
        readlink: (p) => {
          const t = this.target(p);
          return t.mount.fs.readlink(t.inner);
        },
      },
      syscall,
    );
  }

  private kindOf(path: string): EntryKind | null {
    const t = this.target(path);
    try {
      const type = t.mount.fs.lstat(t.inner).type;
      return type === 'dir' || type === 'symlink' ? type : 'other';
    } catch (e) {
      if (e instanceof FsError && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return null;
      throw e;
    }
  }

  /** The mount owning a canonical path, and the path inside that mount's filesystem. */
  private target(where: string | Resolved): Target {
    const path = typeof where === 'string' ? where : where.path;
    let best: Mount = this.table[0];
    for (const m of this.table) {
      if (
        m.path.length >= best.path.length &&
        (path === m.path || path.startsWith(m.path === '/' ? '/' : m.path + '/'))
      )
        best = m;
    }
    const rest = best.path === '/' ? path : path.slice(best.path.length) || '/';
    const inner = best.source === '/' ? rest : rest === '/' ? best.source : best.source + rest;
    const slash =
      typeof where !== 'string' && where.dirOnly && where.name !== '' && !inner.endsWith('/') ? '/' : '';
    return { mount: best, inner: inner + slash };
  }

  private isMountPoint(t: Target): boolean {
    return t.mount.path !== '/' && (t.inner === t.mount.source || t.inner === t.mount.source + '/');
  }

  private call<T>(
    path: string,
    follow: boolean,
    syscall: string,
    op: (fs: FileSystem, inner: string) => T,
    r?: Resolved,
  ): T {
    const t = this.target(r ?? this.resolve(path, follow, syscall));
    return this.rethrow(path, syscall, () => op(t.mount.fs, t.inner));
  }

  private change(
    path: string,
    follow: boolean,
    syscall: string,
    op: (fs: FileSystem, inner: string) => void,
    removes = false,
  ): void {
    const t = this.target(this.resolve(path, follow, syscall));
    if (removes && this.isMountPoint(t)) throw new FsError('EBUSY', path, syscall);
    if (t.mount.readOnly) throw new FsError('EROFS', path, syscall);
    this.rethrow(path, syscall, () => op(t.mount.fs, t.inner));
  }

  /** Errors name the path the caller used, not the path inside the mounted filesystem. */
  private rethrow<T>(path: string, syscall: string, op: () => T): T {
    try {
      return op();
    } catch (e) {
      if (e instanceof FsError) throw new FsError(e.code, path, e.syscall || syscall);
      throw e;
    }
  }
}
