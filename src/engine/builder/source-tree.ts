// Where COPY reads from: the build context (only what .dockerignore lets through) or the filesystem of
// another stage or image.

import type { FileSystem, Stat } from '../fs/types';
import { join } from '../fs/path';
import type { BuildContext } from './context';

export interface SourceTree {
  /** Stat of a relative path ('' is the root), following a final symlink when `follow`. */
  stat(rel: string, follow: boolean): Stat | null;
  /** Included children of a directory, sorted. */
  children(rel: string): string[];
  readFile(rel: string): Uint8Array;
  readlink(rel: string): string;
}

export function contextTree(ctx: BuildContext): SourceTree {
  const index = new Map<string, string[]>();
  for (const path of ctx.entries.keys()) {
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '' : path.slice(0, slash);
    let list = index.get(parent);
    if (!list) index.set(parent, (list = []));
    list.push(path.slice(slash + 1));
  }
  const abs = (rel: string) => (rel ? join(ctx.root, rel) : ctx.root);
  return {
    stat(rel, follow) {
      if (rel !== '' && !ctx.entries.has(rel)) return null;
      try {
        return follow ? ctx.fs.stat(abs(rel)) : ctx.fs.lstat(abs(rel));
      } catch {
        return null;
      }
    },
    children: (rel) => [...(index.get(rel) ?? [])].sort(),
    readFile: (rel) => ctx.fs.readFile(abs(rel)),
    readlink: (rel) => ctx.fs.readlink(abs(rel)),
  };
}

export function fsTree(fs: FileSystem): SourceTree {
  const abs = (rel: string) => '/' + rel;
  return {
    stat(rel, follow) {
      try {
        return follow ? fs.stat(abs(rel)) : fs.lstat(abs(rel));
      } catch {
        return null;
      }
    },
    children(rel) {
      try {
        return fs.readdir(abs(rel));
      } catch {
        return [];
      }
    },
    readFile: (rel) => fs.readFile(abs(rel)),
    readlink: (rel) => fs.readlink(abs(rel)),
  };
}

/** Every path under `rel` (itself included), depth first. */
export function* walkTree(tree: SourceTree, rel: string): Generator<string> {
  yield rel;
  const st = tree.stat(rel, false);
  if (st?.type !== 'dir') return;
  for (const name of tree.children(rel)) yield* walkTree(tree, rel ? `${rel}/${name}` : name);
}
