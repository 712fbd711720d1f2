// The union view of a layer stack (overlayfs semantics): read-only layers bottom to top, then an
// optional RW layer on top. Lookups merge directories top-down, stopping at whiteouts, opaque
// directories and non-directories; writes copy the node (and its parent directories) up first.
// Directory rename of a merged or lower directory fails with EXDEV, as overlayfs does with
// redirect_dir=off (the kernel default Docker's overlay2 runs with here); `mv` then copies.
import { FsError, type FileSystem, type MkdirOptions, type Stat, type WriteOptions } from '../fs/types';
import { deviceByRdev, writeDevice } from '../fs/devices';
import { cloneInode, newInode, nodeEntry, statOf, WHITEOUT, type Inode } from './inode';
import type { Layer } from './layer';
import type { RwLayer } from './rwlayer';
import { byteOrder, childPath, parentOf, type LayerSource } from './source';

/** A resolved node: a merged directory with the range of layers it draws children from, or a leaf. */
export type UnionNode =
  | { kind: 'dir'; inode: Inode; layer: number; lo: number; hi: number }
  | { kind: 'leaf'; inode: Inode; layer: number };

const DEFAULT_ROOT: Inode = Object.freeze(newInode({ type: 'dir', mode: 0o755 }));
const MAX_SYMLINKS = 40;
const enc = new TextEncoder();
const dec = new TextDecoder();

interface Resolved {
  path: string;
  node: UnionNode;
}

interface CreateTarget {
  parentPath: string;
  parent: UnionNode & { kind: 'dir' };
  name: string;
  path: string;
  existing: UnionNode | null;
}

export interface UnionOptions {
  /** Current time in ms for mtimes of writes (the injected clock). */
  now?: () => number;
}

export class UnionFs implements FileSystem {
  private readonly layers: LayerSource[];
  private readonly top: number;
  private readonly now: () => number;

  constructor(
    readonly lowers: readonly Layer[],
    readonly rw: RwLayer | null,
    opts: UnionOptions = {},
  ) {
    this.layers = rw ? [...lowers, rw] : [...lowers];
    this.top = this.layers.length - 1;
    this.now = opts.now ?? (() => 0);
  }

  // ---- lookup -------------------------------------------------------------------------------------

  private rootNode(hi = this.top): UnionNode & { kind: 'dir' } {
    for (let i = hi; i >= 0; i--) {
      const e = this.layers[i].get('/');
      if (e?.kind === 'node') return { kind: 'dir', inode: e.inode, layer: i, lo: e.opaque ? i : 0, hi };
    }
    return { kind: 'dir', inode: DEFAULT_ROOT, layer: -1, lo: 0, hi };
  }

  /** The node named `path` inside the merged directory `parent`, or null. */
  private child(parent: UnionNode & { kind: 'dir' }, path: string): UnionNode | null {
    let hi = -1;
    let lo = parent.lo;
    let meta: Inode | null = null;
    let metaLayer = -1;
    for (let i = parent.hi; i >= parent.lo; i--) {
      const layer = this.layers[i];
      const e = layer.get(path);
      if (!e) {
        if (hi < 0 && layer.children(path)) hi = i;
        continue;
      }
      if (e.kind === 'whiteout' || e.inode.type !== 'dir') {
        if (hi < 0) return e.kind === 'whiteout' ? null : { kind: 'leaf', inode: e.inode, layer: i };
        lo = i + 1;
        break;
      }
      if (hi < 0) hi = i;
      if (!meta) {
        meta = e.inode;
        metaLayer = i;
      }
      if (e.opaque) {
        lo = i;
        break;
      }
    }
    if (hi < 0) return null;
    return { kind: 'dir', inode: meta ?? DEFAULT_ROOT, layer: metaLayer, lo, hi };
  }

  /** The node at a canonical (symlink-free) absolute path, or null. `below` ignores the RW layer. */
  lookup(path: string, below = false): UnionNode | null {
    const hi = below && this.rw ? this.top - 1 : this.top;
    let node: UnionNode = this.rootNode(hi);
    if (path === '/') return node;
    let cur = '';
    for (const name of path.split('/')) {
      if (!name) continue;
      if (node.kind !== 'dir') return null;
      cur += '/' + name;
      const next = this.child(node, cur);
      if (!next) return null;
      node = next;
    }
    return node;
  }

  private resolve(path: string, followLast: boolean, syscall: string, original = path, depth = 0): Resolved {
    if (!path.startsWith('/')) throw new FsError('ENOENT', original, syscall);
    const parts = path.split('/').filter((p) => p && p !== '.');
    const stack: Resolved[] = [{ path: '/', node: this.rootNode() }];
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i];
      const cur = stack[stack.length - 1];
      if (cur.node.kind !== 'dir') throw new FsError('ENOTDIR', original, syscall);
      if (name === '..') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const p = childPath(cur.path, name);
      const next = this.child(cur.node, p);
      if (!next) throw new FsError('ENOENT', original, syscall);
      const last = i === parts.length - 1;
      if (next.inode.type === 'symlink' && (!last || followLast)) {
        if (depth >= MAX_SYMLINKS) throw new FsError('ELOOP', original, syscall);
        const target = next.inode.target;
        const rest = parts.slice(i + 1).join('/');
        const base = target.startsWith('/') ? target : `${cur.path}/${target}`;
        return this.resolve(rest ? `${base}/${rest}` : base, followLast, syscall, original, depth + 1);
      }
      stack.push({ path: p, node: next });
    }
    return stack[stack.length - 1];
  }

  private createTarget(path: string, syscall: string, followLast = false, depth = 0, original = path): CreateTarget {
    const trimmed = path.replace(/\/+$/, '');
    const slash = trimmed.lastIndexOf('/');
    const name = trimmed.slice(slash + 1);
    if (trimmed === '' || name === '.' || name === '..') {
      const r = this.resolve(path || '/', false, syscall, original);
      return { parentPath: parentOf(r.path), parent: this.rootNode(), name: '', path: r.path, existing: r.node };
    }
    const parent = this.resolve(trimmed.slice(0, slash) || '/', true, syscall, original);
    if (parent.node.kind !== 'dir') throw new FsError('ENOTDIR', original, syscall);
    const p = childPath(parent.path, name);
    const existing = this.child(parent.node, p);
    if (followLast && existing?.inode.type === 'symlink') {
      if (depth >= MAX_SYMLINKS) throw new FsError('ELOOP', original, syscall);
      const t = existing.inode.target;
      return this.createTarget(t.startsWith('/') ? t : `${parent.path}/${t}`, syscall, true, depth + 1, original);
    }
    return { parentPath: parent.path, parent: parent.node, name, path: p, existing };
  }

  private nlinkOf(r: Resolved): number {
    if (r.node.kind === 'dir') {
      let n = 2;
      for (const name of this.names(r.path, r.node)) if (this.child(r.node, childPath(r.path, name))?.kind === 'dir') n++;
      return n;
    }
    return Math.max(1, this.layers[r.node.layer].nlink(r.node.inode));
  }

  private names(path: string, node: UnionNode & { kind: 'dir' }): string[] {
    const all = new Set<string>();
    for (let i = node.lo; i <= node.hi; i++) for (const n of this.layers[i].children(path) ?? []) all.add(n);
    const out: string[] = [];
    for (const n of all) if (this.child(node, childPath(path, n))) out.push(n);
    return out.sort(byteOrder);
  }

  /** The node at `path` in the layers below the RW layer, as seen through the merged `parent`. */
  private lowerChild(parent: UnionNode & { kind: 'dir' }, path: string): UnionNode | null {
    if (!this.rw) return this.child(parent, path);
    const hi = Math.min(parent.hi, this.top - 1);
    return hi < parent.lo ? null : this.child({ ...parent, hi }, path);
  }

  /** Whether the directory at `path` has a part in a layer below the RW layer. */
  private isMerged(path: string, node: UnionNode & { kind: 'dir' }): boolean {
    for (let i = node.lo; i <= Math.min(node.hi, this.top - 1); i++) {
      if (this.layers[i].get(path)?.kind === 'node' || this.layers[i].children(path)) return true;
    }
    return path === '/' && this.top > 0;
  }

  // ---- copy-up machinery --------------------------------------------------------------------------

  private writable(path: string, syscall: string): RwLayer {
    if (!this.rw) throw new FsError('EROFS', path, syscall);
    return this.rw;
  }

  /** The RW copy of the directory at canonical `path`, copying it and its parents up as needed. */
  private upperDir(path: string): Inode {
    const rw = this.rw!;
    const own = rw.get(path);
    if (own?.kind === 'node') return own.inode;
    if (path !== '/') this.upperDir(parentOf(path));
    const merged = this.lookup(path);
    const copy = cloneInode(merged?.inode ?? DEFAULT_ROOT);
    rw.set(path, nodeEntry(copy));
    return copy;
  }

  /** The RW copy of the node at canonical `path` (copy-up; breaks hard links as overlayfs does). */
  private copyUp(path: string, node: UnionNode): Inode {
    if (node.kind === 'dir') return this.upperDir(path);
    if (node.layer === this.top) return node.inode;
    this.upperDir(parentOf(path));
    const copy = cloneInode(node.inode);
    this.rw!.set(path, nodeEntry(copy));
    return copy;
  }

  private touch(inode: Inode): void {
    inode.mtimeMs = inode.ctimeMs = this.now();
  }

  /** The merged directory node at canonical `path` (which must exist). */
  private dirNode(path: string): UnionNode & { kind: 'dir' } {
    const node = this.lookup(path);
    if (node?.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return node;
  }

  /** Removes `path` from the view: whiteout when a lower layer still holds it. */
  private remove(t: CreateTarget): void {
    const rw = this.rw!;
    const dir = this.upperDir(t.parentPath);
    rw.deleteSubtree(t.path);
    if (this.lowerChild(this.dirNode(t.parentPath), t.path)) rw.set(t.path, WHITEOUT);
    this.touch(dir);
  }

  /** Puts `inode` at `path` in the RW layer; a directory over a whiteout becomes opaque. */
  private place(t: CreateTarget, inode: Inode): void {
    const rw = this.rw!;
    const dir = this.upperDir(t.parentPath);
    const prev = rw.get(t.path);
    const opaque = inode.type === 'dir' && prev?.kind === 'whiteout';
    if (prev?.kind === 'node' && prev.inode.type === 'dir') rw.deleteSubtree(t.path);
    rw.set(t.path, nodeEntry(inode, opaque));
    this.touch(dir);
  }

  // ---- FileSystem ---------------------------------------------------------------------------------

  stat(path: string): Stat {
    const r = this.resolve(path, true, 'stat');
    return statOf(r.node.inode, this.nlinkOf(r));
  }

  lstat(path: string): Stat {
    const r = this.resolve(path, false, 'lstat');
    return statOf(r.node.inode, this.nlinkOf(r));
  }

  exists(path: string): boolean {
    try {
      this.resolve(path, true, 'stat');
      return true;
    } catch {
      return false;
    }
  }

  readFile(path: string): Uint8Array {
    const r = this.resolve(path, true, 'open');
    if (r.node.kind === 'dir') throw new FsError('EISDIR', path, 'read');
    return r.node.inode.data;
  }

  readText(path: string): string {
    return dec.decode(this.readFile(path));
  }

  writeFile(path: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
    this.writable(path, 'open');
    const bytes = typeof data === 'string' ? enc.encode(data) : data;
    const t = this.createTarget(path, 'open', true);
    if (t.existing) {
      if (t.existing.kind === 'dir') throw new FsError('EISDIR', path, 'open');
      // Writing to a device node reaches the device: overlayfs copies nothing up.
      if (t.existing.inode.type === 'chardev') {
        writeDevice(deviceByRdev(t.existing.inode.rdev), bytes.length, path);
        return;
      }
      const inode = this.copyUp(t.path, t.existing);
      inode.data = opts.append ? concat(inode.data, bytes) : bytes.slice();
      this.touch(inode);
      return;
    }
    const inode = newInode({ type: 'file', mode: opts.mode ?? 0o644, uid: opts.uid, gid: opts.gid, data: bytes.slice() });
    this.touch(inode);
    this.place(t, inode);
  }

  mkdir(path: string, opts: MkdirOptions = {}): void {
    this.writable(path, 'mkdir');
    if (opts.recursive) {
      let cur = '';
      for (const part of path.split('/').filter(Boolean)) {
        cur += '/' + part;
        const t = this.createTarget(cur, 'mkdir');
        if (t.existing) {
          const s = this.stat(cur);
          if (s.type !== 'dir') throw new FsError('ENOTDIR', path, 'mkdir');
          continue;
        }
        this.mkdirAt(t, opts);
      }
      return;
    }
    const t = this.createTarget(path, 'mkdir');
    if (t.existing) throw new FsError('EEXIST', path, 'mkdir');
    this.mkdirAt(t, opts);
  }

  private mkdirAt(t: CreateTarget, opts: MkdirOptions): void {
    const inode = newInode({ type: 'dir', mode: opts.mode ?? 0o755, uid: opts.uid, gid: opts.gid });
    this.touch(inode);
    this.place(t, inode);
  }

  /** Names in the directory at canonical `path`, or [] when it is absent or not a directory. */
  readdirIfDir(path: string): string[] {
    const node = this.lookup(path);
    return node?.kind === 'dir' ? this.names(path, node) : [];
  }

  readdir(path: string): string[] {
    const r = this.resolve(path, true, 'scandir');
    if (r.node.kind !== 'dir') throw new FsError('ENOTDIR', path, 'scandir');
    return this.names(r.path, r.node);
  }

  unlink(path: string): void {
    this.writable(path, 'unlink');
    const t = this.createTarget(path, 'unlink');
    if (!t.existing) throw new FsError('ENOENT', path, 'unlink');
    if (t.existing.kind === 'dir') throw new FsError('EISDIR', path, 'unlink');
    this.remove(t);
  }

  rmdir(path: string): void {
    this.writable(path, 'rmdir');
    const t = this.createTarget(path, 'rmdir');
    if (!t.existing) throw new FsError('ENOENT', path, 'rmdir');
    if (t.existing.kind !== 'dir') throw new FsError('ENOTDIR', path, 'rmdir');
    if (t.path === '/') throw new FsError('EBUSY', path, 'rmdir');
    if (this.names(t.path, t.existing).length) throw new FsError('ENOTEMPTY', path, 'rmdir');
    this.remove(t);
  }

  rename(from: string, to: string): void {
    const rw = this.writable(from, 'rename');
    const src = this.createTarget(from, 'rename');
    if (!src.existing) throw new FsError('ENOENT', from, 'rename');
    const dst = this.createTarget(to, 'rename');
    if (src.path === dst.path) return;
    const node = src.existing;
    if (node.kind === 'dir') {
      if (dst.path.startsWith(src.path + '/')) throw new FsError('EINVAL', from, 'rename');
      if (dst.existing && dst.existing.kind !== 'dir') throw new FsError('ENOTDIR', to, 'rename');
    } else if (dst.existing?.kind === 'dir') {
      throw new FsError('EISDIR', to, 'rename');
    }
    if (dst.existing?.kind === 'dir' && this.names(dst.path, dst.existing).length) {
      throw new FsError('ENOTEMPTY', to, 'rename');
    }
    if (node.kind === 'dir') {
      const own = rw.get(src.path);
      const pureUpper = own?.kind === 'node' && (own.opaque || !this.lowerChild(src.parent, src.path));
      if (!pureUpper) throw new FsError('EXDEV', from, 'rename');
      // overlayfs marks a moved directory opaque when it lands in a merged directory (ovl_rename).
      const opaque = own.opaque || this.isMerged(dst.parentPath, dst.parent) || rw.get(dst.path)?.kind === 'whiteout';
      const srcLower = !!this.lowerChild(src.parent, src.path);
      const dstDir = this.upperDir(dst.parentPath);
      rw.deleteSubtree(dst.path);
      rw.moveSubtree(src.path, dst.path);
      if (opaque) rw.set(dst.path, nodeEntry(own.inode, true));
      if (srcLower) rw.set(src.path, WHITEOUT);
      this.touch(this.upperDir(src.parentPath));
      this.touch(dstDir);
      own.inode.ctimeMs = this.now();
      return;
    }
    const inode = this.copyUp(src.path, node);
    this.remove(src);
    const dstNow = this.createTarget(to, 'rename');
    this.place(dstNow, inode);
    inode.ctimeMs = this.now();
  }

  symlink(target: string, path: string): void {
    this.writable(path, 'symlink');
    const t = this.createTarget(path, 'symlink');
    if (t.existing) throw new FsError('EEXIST', path, 'symlink');
    const inode = newInode({ type: 'symlink', target });
    this.touch(inode);
    this.place(t, inode);
  }

  readlink(path: string): string {
    const r = this.resolve(path, false, 'readlink');
    if (r.node.inode.type !== 'symlink') throw new FsError('EINVAL', path, 'readlink');
    return r.node.inode.target;
  }

  link(existing: string, newPath: string): void {
    this.writable(newPath, 'link');
    const src = this.createTarget(existing, 'link');
    if (!src.existing) throw new FsError('ENOENT', existing, 'link');
    if (src.existing.kind === 'dir') throw new FsError('EPERM', existing, 'link');
    const dst = this.createTarget(newPath, 'link');
    if (dst.existing) throw new FsError('EEXIST', newPath, 'link');
    const inode = this.copyUp(src.path, src.existing);
    this.place(this.createTarget(newPath, 'link'), inode);
    inode.ctimeMs = this.now();
  }

  private modify(path: string, syscall: string, change: (inode: Inode) => void): void {
    this.writable(path, syscall);
    const r = this.resolve(path, true, syscall);
    const inode = this.copyUp(r.path, r.node);
    change(inode);
    inode.ctimeMs = this.now();
  }

  chmod(path: string, mode: number): void {
    this.modify(path, 'chmod', (i) => (i.mode = mode & 0o7777));
  }

  chown(path: string, uid: number, gid: number): void {
    this.modify(path, 'chown', (i) => {
      if (uid >= 0) i.uid = uid;
      if (gid >= 0) i.gid = gid;
    });
  }

  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    this.modify(path, 'utime', (i) => {
      i.atimeMs = atimeMs;
      i.mtimeMs = mtimeMs;
    });
  }

  realpath(path: string): string {
    return this.resolve(path, true, 'realpath').path;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
