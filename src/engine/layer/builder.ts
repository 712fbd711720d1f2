// Builds read-only layers from a description (catalog images, tests, `docker import`), adding the
// parent directories of every path so the layer's tar lists them as Docker's do.
import type { Hasher } from '../world/types';
import { newInode, nodeEntry, WHITEOUT, type Entry, type Inode } from './inode';
import { Layer, type LayerInfo } from './layer';
import { parentOf } from './source';

export interface NodeMeta {
  mode?: number;
  uid?: number;
  gid?: number;
  /** Milliseconds since the epoch. */
  mtimeMs?: number;
}

const enc = new TextEncoder();

export class LayerBuilder {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly defaults: NodeMeta = {}) {}

  private put(path: string, entry: Entry): this {
    this.parents(path);
    this.entries.set(path, entry);
    return this;
  }

  private parents(path: string): void {
    const parent = parentOf(path);
    if (parent === '/' || this.entries.get(parent)?.kind === 'node') return;
    this.dir(parent);
  }

  private inode(type: Inode['type'], meta: NodeMeta, extra: Partial<Inode> = {}): Inode {
    return newInode({ type, ...this.defaults, ...meta, ...extra });
  }

  dir(path: string, meta: NodeMeta = {}, opaque = false): this {
    return this.put(path, nodeEntry(this.inode('dir', { mode: 0o755, ...meta }), opaque));
  }

  file(path: string, content: Uint8Array | string, meta: NodeMeta = {}): this {
    const data = typeof content === 'string' ? enc.encode(content) : content;
    return this.put(path, nodeEntry(this.inode('file', { mode: 0o644, ...meta }, { data })));
  }

  symlink(path: string, target: string, meta: NodeMeta = {}): this {
    return this.put(path, nodeEntry(this.inode('symlink', { mode: 0o777, ...meta }, { target })));
  }

  /** A hard link to a node already added. */
  hardlink(path: string, existing: string): this {
    const e = this.entries.get(existing);
    if (e?.kind !== 'node') throw new Error(`hardlink target ${existing} not in layer`);
    return this.put(path, nodeEntry(e.inode));
  }

  chardev(path: string, major: number, minor: number, meta: NodeMeta = {}): this {
    return this.put(path, nodeEntry(this.inode('chardev', { mode: 0o666, ...meta }, { rdev: (major << 8) | minor })));
  }

  whiteout(path: string): this {
    return this.put(path, WHITEOUT);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  build(hasher: Hasher, info: LayerInfo = {}): Layer {
    return Layer.create(this.entries, hasher, info);
  }
}
