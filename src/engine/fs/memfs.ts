// The in-memory inode tree: the host's filesystem, volumes, and the building block of layers.
// Paths are resolved component by component as Linux does (symlinks expanded in place, `..` taken on
// the resolved directory, 40 hops at most), and every failure is an FsError with Linux's errno.

import { dirname } from './path';
import { deviceByRdev, writeDevice } from './devices';
import {
  statOf,
  utf8,
  type DirInode,
  type FileInode,
  type Inode,
  type InodeMeta,
  type SpecialInode,
} from './inode';
import {
  FsError,
  type FileSystem,
  type FsErrorCode,
  type MkdirOptions,
  type Stat,
  type WriteOptions,
} from './types';
import type { Clock } from '../world/types';
import { readSnapshot, writeSnapshot, type FsSnapshot } from './snapshot';

export interface MemFsOptions {
  /** Source of atime/mtime/ctime (default: the real time, Date.now). */
  clock?: Clock;
  /** Every change fails with EROFS. */
  readOnly?: boolean;
}

/** Linux's limit on symbolic links followed while resolving one path (MAXSYMLINKS). */
export const MAX_SYMLINK_HOPS = 40;

interface Frame {
  dir: DirInode;
  name: string;
}

/** Where a path leads: the chain of resolved ancestor directories, the last name, and what it names. */
interface Walk {
  /** Resolved directories from the root down to the parent of `name`; empty when the path is `/`. */
  parents: Frame[];
  name: string;
  node: Inode | undefined;
  /** The path ended in `/`, `.` or `..`: it can only name a directory, never be created as a file. */
  dirOnly: boolean;
}

const decoder = new TextDecoder();

export class MemFs implements FileSystem {
  private root: DirInode;
  private nextIno = 2;
  private readonly clock: Clock | undefined;
  readonly readOnly: boolean;

  constructor(opts: MemFsOptions = {}) {
    this.clock = opts.clock;
    this.readOnly = opts.readOnly ?? false;
    this.root = this.newDir(0o755, 0, 0);
  }

  // ---- reading ----

  stat(path: string): Stat {
    return statOf(this.existing(path, true, 'stat'));
  }

  lstat(path: string): Stat {
    return statOf(this.existing(path, false, 'lstat'));
  }

  exists(path: string): boolean {
    try {
      this.existing(path, true, 'stat');
      return true;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  }

  readFile(path: string): Uint8Array {
    const node = this.existing(path, true, 'open');
    if (node.type === 'dir') throw new FsError('EISDIR', path, 'read');
    if (node.type === 'file') return node.data.slice();
    return new Uint8Array(0);
  }

  readText(path: string): string {
    return decoder.decode(this.readFile(path));
  }

  readdir(path: string): string[] {
    const node = this.existing(path, true, 'scandir');
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path, 'scandir');
    return sortNames([...node.entries.keys()]);
  }

  readlink(path: string): string {
    const node = this.existing(path, false, 'readlink');
    if (node.type !== 'symlink') throw new FsError('EINVAL', path, 'readlink');
    return node.target;
  }

  realpath(path: string): string {
    const w = this.walk(path, true, 'realpath');
    if (!w.node) throw new FsError('ENOENT', path, 'realpath');
    if (w.parents.length === 0) return '/';
    return '/' + [...w.parents.slice(1).map((f) => f.name), w.name].join('/');
  }

  // ---- writing ----

  writeFile(path: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
    this.writable(path, 'open');
    const w = this.walk(path, true, 'open');
    const bytes = typeof data === 'string' ? utf8(data) : data.slice();
    if (w.node?.type === 'dir' || (!w.node && w.dirOnly)) throw new FsError('EISDIR', path, 'open');
    const now = this.now();
    if (!w.node) {
      const file: FileInode = {
        type: 'file',
        data: bytes,
        ...this.meta(opts.mode ?? 0o644, opts.uid ?? 0, opts.gid ?? 0),
      };
      this.attach(w, file);
      return;
    }
    if (w.node.type !== 'file') {
      // Device nodes swallow what is written, but /dev/full (ENOSPC).
      if (w.node.type === 'chardev') writeDevice(deviceByRdev(w.node.rdev), bytes.length, path);
      return;
    }
    w.node.data = opts.append ? concat(w.node.data, bytes) : bytes;
    w.node.mtimeMs = w.node.ctimeMs = now;
  }

  mkdir(path: string, opts: MkdirOptions = {}): void {
    if (opts.recursive) return this.mkdirp(path, opts);
    this.writable(path, 'mkdir');
    const w = this.walk(path, false, 'mkdir');
    if (w.node) throw new FsError('EEXIST', path, 'mkdir');
    this.attach(w, this.newDir(opts.mode ?? 0o755, opts.uid ?? 0, opts.gid ?? 0));
  }

  unlink(path: string): void {
    this.writable(path, 'unlink');
    const w = this.walk(path, false, 'unlink');
    if (!w.node) throw new FsError('ENOENT', path, 'unlink');
    if (w.node.type === 'dir') throw new FsError('EISDIR', path, 'unlink');
    this.detach(w);
  }

  rmdir(path: string): void {
    this.writable(path, 'rmdir');
    const w = this.walk(path, false, 'rmdir');
    if (!w.node) throw new FsError('ENOENT', path, 'rmdir');
    if (w.node.type !== 'dir') throw new FsError('ENOTDIR', path, 'rmdir');
    if (w.parents.length === 0) throw new FsError('EBUSY', path, 'rmdir');
    if (/(^|\/)\.\/*$/.test(path)) throw new FsError('EINVAL', path, 'rmdir');
    if (w.node.entries.size > 0 || /(^|\/)\.\.\/*$/.test(path)) throw new FsError('ENOTEMPTY', path, 'rmdir');
    this.detach(w);
  }

  rename(from: string, to: string): void {
    this.writable(from, 'rename');
    // As rename(2): both parents are resolved (ELOOP, ENOTDIR…) before the source's absence shows.
    const src = this.walk(from, false, 'rename');
    const dst = this.walk(to, false, 'rename');
    if (!src.node) throw new FsError('ENOENT', from, 'rename');
    const node = src.node;
    if (src.parents.length === 0 || dst.parents.length === 0) throw new FsError('EBUSY', from, 'rename');
    if (node.type === 'dir') {
      if (dst.parents.some((f) => f.dir === node)) throw new FsError('EINVAL', from, 'rename');
      if (dst.node && dst.node !== node) {
        if (dst.node.type !== 'dir') throw new FsError('ENOTDIR', to, 'rename');
        if (dst.node.entries.size > 0) throw new FsError('ENOTEMPTY', to, 'rename');
      }
    } else {
      if (src.dirOnly) throw new FsError('ENOTDIR', from, 'rename');
      if (dst.node?.type === 'dir') throw new FsError('EISDIR', to, 'rename');
      if (!dst.node && dst.dirOnly) throw new FsError('ENOTDIR', to, 'rename');
    }
    if (dst.node === node) return; // same inode (or hard links to one file): nothing to do
    if (dst.node) this.detach(dst);
    const from_ = parentOf(src);
    from_.entries.delete(src.name);
    if (node.type === 'dir') from_.nlink--;
    const to_ = parentOf(dst);
    to_.entries.set(dst.name, node);
    if (node.type === 'dir') to_.nlink++;
    const now = this.now();
    from_.mtimeMs = from_.ctimeMs = to_.mtimeMs = to_.ctimeMs = node.ctimeMs = now;
  }

  symlink(target: string, path: string, owner: { uid?: number; gid?: number } = {}): void {
    this.writable(path, 'symlink');
    const w = this.walk(path, false, 'symlink');
    if (w.node) throw new FsError('EEXIST', path, 'symlink');
    if (target === '') throw new FsError('ENOENT', path, 'symlink');
    if (w.dirOnly) throw new FsError('ENOENT', path, 'symlink');
    this.attach(w, { type: 'symlink', target, ...this.meta(0o777, owner.uid ?? 0, owner.gid ?? 0) });
  }

  link(existing: string, newPath: string): void {
    this.writable(newPath, 'link');
    const src = this.walk(existing, false, 'link');
    if (!src.node) throw new FsError('ENOENT', existing, 'link');
    if (src.node.type === 'dir') throw new FsError('EPERM', existing, 'link');
    const dst = this.walk(newPath, false, 'link');
    if (dst.node) throw new FsError('EEXIST', newPath, 'link');
    if (dst.dirOnly) throw new FsError('ENOENT', newPath, 'link');
    const parent = parentOf(dst);
    parent.entries.set(dst.name, src.node);
    src.node.nlink++;
    const now = this.now();
    parent.mtimeMs = parent.ctimeMs = src.node.ctimeMs = now;
  }

  chmod(path: string, mode: number): void {
    this.writable(path, 'chmod');
    const node = this.existing(path, true, 'chmod');
    node.mode = mode & 0o7777;
    node.ctimeMs = this.now();
  }

  chown(path: string, uid: number, gid: number): void {
    this.writable(path, 'chown');
    const node = this.existing(path, true, 'chown');
    if (uid >= 0) node.uid = uid;
    if (gid >= 0) node.gid = gid;
    node.ctimeMs = this.now();
  }

  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    this.writable(path, 'utime');
    const node = this.existing(path, true, 'utime');
    node.atimeMs = atimeMs;
    node.mtimeMs = mtimeMs;
    node.ctimeMs = this.now();
  }

  /** lutimes(3): like utimes, on a symlink itself. */
  lutimes(path: string, atimeMs: number, mtimeMs: number): void {
    this.writable(path, 'lutime');
    const node = this.existing(path, false, 'lutime');
    node.atimeMs = atimeMs;
    node.mtimeMs = mtimeMs;
    node.ctimeMs = this.now();
  }

  /** mknod(2): a character device (`rdev` = major<<8|minor), FIFO or socket node. */
  mknod(path: string, type: SpecialInode['type'], mode: number, rdev = 0): void {
    this.writable(path, 'mknod');
    const w = this.walk(path, false, 'mknod');
    if (w.node) throw new FsError('EEXIST', path, 'mknod');
    this.attach(w, { type, rdev, ...this.meta(mode, 0, 0) });
  }

  // ---- persistence ----

  /** A JSON-serialisable copy of the whole tree (hard links kept as shared inode numbers). */
  snapshot(): FsSnapshot {
    return writeSnapshot(this.root, this.nextIno);
  }

  /** Rebuilds a tree from `snapshot()`'s value; throws FsSnapshotError on anything malformed. */
  static fromSnapshot(value: unknown, opts: MemFsOptions = {}): MemFs {
    const { root, nextIno } = readSnapshot(value);
    const fs = new MemFs(opts);
    fs.root = root;
    fs.nextIno = nextIno;
    return fs;
  }

  // ---- internals ----

  private now(): number {
    return this.clock ? this.clock.now() : Date.now();
  }

  private meta(mode: number, uid: number, gid: number): InodeMeta {
    const now = this.now();
    return {
      ino: this.nextIno++,
      mode: mode & 0o7777,
      uid,
      gid,
      atimeMs: now,
      mtimeMs: now,
      ctimeMs: now,
      nlink: 1,
    };
  }

  private newDir(mode: number, uid: number, gid: number): DirInode {
    return { type: 'dir', entries: new Map(), ...this.meta(mode, uid, gid), nlink: 2 };
  }

  private writable(path: string, syscall: string): void {
    if (this.readOnly) throw new FsError('EROFS', path, syscall);
  }

  private mkdirp(path: string, opts: MkdirOptions): void {
    let w: Walk;
    try {
      w = this.walk(path, true, 'mkdir');
    } catch (e) {
      if (!(e instanceof FsError) || e.code !== 'ENOENT') throw e;
      this.mkdirp(dirname(path), opts);
      w = this.walk(path, true, 'mkdir');
    }
    if (w.node) {
      if (w.node.type !== 'dir') throw new FsError('EEXIST', path, 'mkdir');
      return;
    }
    this.writable(path, 'mkdir');
    this.attach(w, this.newDir(opts.mode ?? 0o755, opts.uid ?? 0, opts.gid ?? 0));
  }

  private existing(path: string, follow: boolean, syscall: string): Inode {
    const w = this.walk(path, follow, syscall);
    if (!w.node) throw new FsError('ENOENT', path, syscall);
    return w.node;
  }

  private attach(w: Walk, node: Inode): void {
    const parent = parentOf(w);
    parent.entries.set(w.name, node);
    if (node.type === 'dir') parent.nlink++;
    parent.mtimeMs = parent.ctimeMs = this.now();
  }

  private detach(w: Walk): void {
    const parent = parentOf(w);
    const node = w.node!;
    parent.entries.delete(w.name);
    const now = this.now();
    if (node.type === 'dir') {
      parent.nlink--;
      node.nlink = 0;
    } else {
      node.nlink--;
      node.ctimeMs = now;
    }
    parent.mtimeMs = parent.ctimeMs = now;
  }

  /** Path resolution (path_resolution(7)). A final symlink is followed when `follow` or the path ends in `/`. */
  private walk(path: string, follow: boolean, syscall: string): Walk {
    const fail = (code: FsErrorCode): never => {
      throw new FsError(code, path, syscall);
    };
    if (path === '') fail('ENOENT');
    const queue = path.split('/').filter((p) => p !== '');
    const trailingSlash = path.endsWith('/') && queue.length > 0;
    const followFinal = follow || trailingSlash;
    let stack: Frame[] = [{ dir: this.root, name: '' }];
    let hops = 0;
    let dirOnly = trailingSlash;
    while (queue.length > 0) {
      const comp = queue.shift()!;
      const last = queue.length === 0;
      if (comp === '.' || comp === '..') {
        if (comp === '..' && stack.length > 1) stack.pop();
        if (last) dirOnly = true;
        continue;
      }
      dirOnly = trailingSlash && last;
      const here = stack[stack.length - 1].dir;
      const child = here.entries.get(comp);
      if (child?.type === 'symlink' && (!last || followFinal)) {
        if (++hops > MAX_SYMLINK_HOPS) fail('ELOOP');
        if (child.target.startsWith('/')) stack = [stack[0]];
        queue.unshift(...child.target.split('/').filter((p) => p !== ''));
        if (queue.length === 0) dirOnly = true; // a link to `/`
        continue;
      }
      if (last) {
        if (child && child.type !== 'dir' && trailingSlash) fail('ENOTDIR');
        return { parents: stack, name: comp, node: child, dirOnly };
      }
      if (!child) fail('ENOENT');
      if (child!.type !== 'dir') fail('ENOTDIR');
      stack.push({ dir: child as DirInode, name: comp });
    }
    // The path names a directory already on the stack (`/`, `a/..`, `a/.`, a link to a directory).
    const self = stack.pop()!;
    return { parents: stack, name: self.name, node: self.dir, dirOnly };
  }
}

function parentOf(w: Walk): DirInode {
  return w.parents[w.parents.length - 1].dir;
}

/** Byte order of the UTF-8 encodings (what `LC_ALL=C ls` and readdir-sorting tools produce). */
export function sortNames(names: string[]): string[] {
  return names.sort((a, b) => (a === b ? 0 : compareBytes(a, b)));
}

function compareBytes(a: string, b: string): number {
  // UTF-16 order equals UTF-8 byte order except for surrogate pairs versus U+E000–U+FFFF.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
