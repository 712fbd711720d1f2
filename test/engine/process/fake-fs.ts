// A minimal FileSystem double for kernel tests (no symlinks or hard links).
import { FsError, type FileSystem, type Stat } from '../../../src/engine/fs/types';
import { dirname, normalize } from '../../../src/engine/fs/path';

interface Node {
  type: 'file' | 'dir';
  data: Uint8Array;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export class FakeFs implements FileSystem {
  private nodes = new Map<string, Node>([['/', this.node('dir', 0o755)]]);

  private node(type: 'file' | 'dir', mode: number): Node {
    return { type, data: new Uint8Array(), mode, uid: 0, gid: 0, mtimeMs: 0 };
  }
  private get(path: string): Node {
    const n = this.nodes.get(normalize(path));
    if (!n) throw new FsError('ENOENT', path);
    return n;
  }
  stat(path: string): Stat {
    const n = this.get(path);
    const size = n.type === 'dir' ? 4096 : n.data.length;
    return { type: n.type, mode: n.mode, uid: n.uid, gid: n.gid, size, mtimeMs: n.mtimeMs, ctimeMs: 0, atimeMs: 0, nlink: 1, ino: 1 };
  }
  lstat(path: string): Stat {
    return this.stat(path);
  }
  exists(path: string): boolean {
    return this.nodes.has(normalize(path));
  }
  readFile(path: string): Uint8Array {
    const n = this.get(path);
    if (n.type === 'dir') throw new FsError('EISDIR', path);
    return n.data;
  }
  readText(path: string): string {
    return dec.decode(this.readFile(path));
  }
  writeFile(path: string, data: Uint8Array | string, opts: { mode?: number; append?: boolean } = {}): void {
    const p = normalize(path);
    const parent = this.get(dirname(p));
    if (parent.type !== 'dir') throw new FsError('ENOTDIR', path);
    const bytes = typeof data === 'string' ? enc.encode(data) : data;
    const existing = this.nodes.get(p);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    if (existing && opts.append) {
      const merged = new Uint8Array(existing.data.length + bytes.length);
      merged.set(existing.data);
      merged.set(bytes, existing.data.length);
      existing.data = merged;
      return;
    }
    if (existing) {
      existing.data = bytes;
      return;
    }
    const n = this.node('file', opts.mode ?? 0o644);
    n.data = bytes;
    this.nodes.set(p, n);
  }
  mkdir(path: string, opts: { recursive?: boolean; mode?: number } = {}): void {
    const p = normalize(path);
    if (this.nodes.has(p)) {
      if (opts.recursive) return;
      throw new FsError('EEXIST', path);
    }
    if (!this.nodes.has(dirname(p))) {
      if (!opts.recursive) throw new FsError('ENOENT', path);
      this.mkdir(dirname(p), opts);
    }
    this.nodes.set(p, this.node('dir', opts.mode ?? 0o755));
  }
  readdir(path: string): string[] {
    const p = normalize(path);
    if (this.get(p).type !== 'dir') throw new FsError('ENOTDIR', path);
    const prefix = p === '/' ? '/' : p + '/';
    return [...this.nodes.keys()]
      .filter((k) => k !== p && k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
      .map((k) => k.slice(prefix.length))
      .sort();
  }
  unlink(path: string): void {
    this.get(path);
    this.nodes.delete(normalize(path));
  }
  rmdir(path: string): void {
    if (this.readdir(path).length) throw new FsError('ENOTEMPTY', path);
    this.nodes.delete(normalize(path));
  }
  rename(from: string, to: string): void {
    const n = this.get(from);
    this.nodes.delete(normalize(from));
    this.nodes.set(normalize(to), n);
  }
  symlink(): void {
    throw new FsError('EPERM', 'symlink');
  }
  readlink(path: string): string {
    throw new FsError('EINVAL', path);
  }
  link(): void {
    throw new FsError('EPERM', 'link');
  }
  chmod(path: string, mode: number): void {
    this.get(path).mode = mode;
  }
  chown(path: string, uid: number, gid: number): void {
    const n = this.get(path);
    n.uid = uid;
    n.gid = gid;
  }
  utimes(path: string, _a: number, m: number): void {
    this.get(path).mtimeMs = m;
  }
  realpath(path: string): string {
    this.get(path);
    return normalize(path);
  }
}
