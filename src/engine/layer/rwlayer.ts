// A container's read-write layer: the overlayfs "upper dir". It holds the copied-up and new nodes,
// whiteouts for deletions and opaque flags; the union view (union.ts) decides what goes here.
import type { Hasher } from '../world/types';
import { inodeSize, type Entry, type Inode } from './inode';
import { Layer } from './layer';
import { baseName, childPath, parentOf, type LayerSource } from './source';

export class RwLayer implements LayerSource {
  private readonly entries = new Map<string, Entry>();
  private readonly childIndex = new Map<string, Set<string>>();
  private readonly links = new Map<Inode, number>();

  get(path: string): Entry | undefined {
    return this.entries.get(path);
  }

  children(dir: string): ReadonlySet<string> | undefined {
    return this.childIndex.get(dir);
  }

  nlink(inode: Inode): number {
    return this.links.get(inode) ?? 0;
  }

  get isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /** Every entry (path → entry), in insertion order. */
  all(): IterableIterator<[string, Entry]> {
    return this.entries.entries();
  }

  set(path: string, entry: Entry): void {
    this.release(path);
    this.entries.set(path, entry);
    if (entry.kind === 'node') this.links.set(entry.inode, (this.links.get(entry.inode) ?? 0) + 1);
    if (path !== '/') {
      const parent = parentOf(path);
      let set = this.childIndex.get(parent);
      if (!set) this.childIndex.set(parent, (set = new Set()));
      set.add(baseName(path));
    }
  }

  private release(path: string): void {
    const old = this.entries.get(path);
    if (old?.kind !== 'node') return;
    const n = (this.links.get(old.inode) ?? 1) - 1;
    if (n > 0) this.links.set(old.inode, n);
    else this.links.delete(old.inode);
  }

  /** Removes the entry at `path` and everything this layer holds beneath it. */
  deleteSubtree(path: string): void {
    for (const name of [...(this.childIndex.get(path) ?? [])]) this.deleteSubtree(childPath(path, name));
    this.childIndex.delete(path);
    this.release(path);
    this.entries.delete(path);
    if (path !== '/') {
      const set = this.childIndex.get(parentOf(path));
      set?.delete(baseName(path));
      if (set && set.size === 0) this.childIndex.delete(parentOf(path));
    }
  }

  /** Moves `from` and everything beneath it to `to` (rename of a directory that lives only here). */
  moveSubtree(from: string, to: string): void {
    const moved: [string, Entry][] = [];
    const collect = (p: string): void => {
      const e = this.entries.get(p);
      if (e) moved.push([p, e]);
      for (const name of this.childIndex.get(p) ?? []) collect(childPath(p, name));
    };
    collect(from);
    this.deleteSubtree(from);
    for (const [p, e] of moved) this.set(to + p.slice(from.length), e);
  }

  /** Bytes this layer adds, as `docker ps --size` counts them (files and symlinks, hard links once). */
  get size(): number {
    let total = 0;
    for (const inode of this.links.keys()) if (inode.type !== 'dir') total += inodeSize(inode);
    return total;
  }

  /** A read-only layer with this layer's content (`docker commit`, builder steps). */
  freeze(hasher: Hasher): Layer {
    const copy: [string, Entry][] = [];
    const clones = new Map<Inode, Inode>();
    for (const [path, entry] of this.entries) {
      if (entry.kind === 'whiteout') {
        copy.push([path, entry]);
        continue;
      }
      let c = clones.get(entry.inode);
      if (!c) clones.set(entry.inode, (c = { ...entry.inode }));
      copy.push([path, { kind: 'node', inode: c, opaque: entry.opaque }]);
    }
    return Layer.create(copy, hasher);
  }
}
