// A read-only layer: an immutable, content-addressed change set (moby's layer.Layer). Its inodes are
// frozen and shared by reference by every image and container stacked on it.
import type { Hasher } from '../world/types';
import { inodeSize, type Entry, type Inode } from './inode';
import { byteOrder, childPath, parentOf, type LayerSource } from './source';
import { layerToTar, tarEntries } from './layer-tar';
import { readTar } from './tar';

export interface LayerInfo {
  /** Uncompressed size Docker reports, when it differs from the content (catalog layers stand in for real ones). */
  apparentSize?: number;
  /** The sha256 of the tar the layer was read from (`docker load`, pulls), kept as its identity. */
  diffId?: string;
}

export class Layer implements LayerSource {
  readonly diffId: string;
  /** Bytes of the layer as Docker counts them (du of the diff dir): files and symlinks, hard links once. */
  readonly size: number;
  private readonly entries: ReadonlyMap<string, Entry>;
  private readonly childIndex = new Map<string, Set<string>>();
  private readonly links = new Map<Inode, number>();

  private constructor(entries: Map<string, Entry>, hasher: Hasher, info: LayerInfo) {
    this.entries = entries;
    let size = 0;
    for (const [path, entry] of entries) {
      if (entry.kind === 'node') {
        Object.freeze(entry.inode);
        const n = this.links.get(entry.inode) ?? 0;
        if (n === 0 && entry.inode.type !== 'dir') size += inodeSize(entry.inode);
        this.links.set(entry.inode, n + 1);
      }
      Object.freeze(entry);
      this.index(path);
    }
    this.size = info.apparentSize ?? size;
    this.diffId = info.diffId ?? `sha256:${hasher.sha256Sync(layerToTar(this))}`;
  }

  /** Builds a layer from entries keyed by absolute path; computes its diff_id from its tar. */
  static create(entries: Iterable<[string, Entry]>, hasher: Hasher, info: LayerInfo = {}): Layer {
    return new Layer(new Map(entries), hasher, info);
  }

  /** Reads a layer tar (`docker load`, pulls, import); its diff_id is the sha256 of these exact bytes. */
  static fromTar(bytes: Uint8Array, hasher: Hasher, info: LayerInfo = {}): Layer {
    return Layer.create(tarEntries(readTar(bytes)), hasher, { ...info, diffId: `sha256:${hasher.sha256Sync(bytes)}` });
  }

  /** The layer's tar (recomputed on demand; not kept in memory). */
  toTar(): Uint8Array {
    return layerToTar(this);
  }

  /** An empty layer (`FROM scratch`, metadata-only commits). */
  static empty(hasher: Hasher): Layer {
    return Layer.create([], hasher);
  }

  private index(path: string): void {
    let p = path;
    while (p !== '/') {
      const parent = parentOf(p);
      let set = this.childIndex.get(parent);
      if (!set) this.childIndex.set(parent, (set = new Set()));
      const name = p.slice(p.lastIndexOf('/') + 1);
      if (set.has(name)) return;
      set.add(name);
      p = parent;
    }
  }

  get(path: string): Entry | undefined {
    return this.entries.get(path);
  }

  children(dir: string): ReadonlySet<string> | undefined {
    return this.childIndex.get(dir);
  }

  nlink(inode: Inode): number {
    return this.links.get(inode) ?? 0;
  }

  get entryCount(): number {
    return this.entries.size;
  }

  /** Paths in the order Docker's tar walk emits them: pre-order, names in byte order, parents first. */
  *walk(dir = '/'): Generator<[string, Entry]> {
    if (dir === '/') {
      const root = this.entries.get('/');
      if (root) yield ['/', root];
    }
    const names = [...(this.childIndex.get(dir) ?? [])].sort(byteOrder);
    for (const name of names) {
      const path = childPath(dir, name);
      const entry = this.entries.get(path);
      if (entry) yield [path, entry];
      if (this.childIndex.has(path)) yield* this.walk(path);
    }
  }
}
