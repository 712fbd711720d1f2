// What the union view reads from each layer of a stack, read-only or RW alike.
import type { Entry, Inode } from './inode';

export interface LayerSource {
  /** The entry at an absolute normalized path, if this layer has one. */
  get(path: string): Entry | undefined;
  /** Names this layer holds directly under `dir` (whiteouts included), or undefined if none. */
  children(dir: string): ReadonlySet<string> | undefined;
  /** How many paths of this layer reference `inode` (hard links). */
  nlink(inode: Inode): number;
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function childPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Byte order of UTF-16 strings restricted to the BMP, which is how Go sorts names. */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
