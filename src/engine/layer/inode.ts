// The nodes a layer is made of. A read-only layer's inodes are frozen and shared by reference between
// every image and container that uses the layer; the RW layer owns mutable copies (copy-up).
import type { FileType, Stat } from '../fs/types';

export interface Inode {
  /** Inode number, kept on copy-up as overlayfs (xino) reports it. */
  readonly ino: number;
  type: FileType;
  /** Permission bits (incl. setuid/setgid/sticky), without the type. */
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  atimeMs: number;
  ctimeMs: number;
  /** File content; never mutated in place (a write replaces the array), so copy-up can share it. */
  data: Uint8Array;
  /** Symlink target. */
  target: string;
  /** Device number of a char device: major << 8 | minor. */
  rdev: number;
}

/** An entry of a layer at one path: a node (a directory may be opaque) or a whiteout. */
export type Entry = { kind: 'node'; inode: Inode; opaque: boolean } | { kind: 'whiteout' };

let nextIno = 1000;

export interface InodeInit {
  type: FileType;
  mode?: number;
  uid?: number;
  gid?: number;
  mtimeMs?: number;
  data?: Uint8Array;
  target?: string;
  rdev?: number;
}

const EMPTY = new Uint8Array(0);

export function newInode(init: InodeInit): Inode {
  const t = init.mtimeMs ?? 0;
  return {
    ino: nextIno++,
    type: init.type,
    mode: init.mode ?? (init.type === 'dir' ? 0o755 : init.type === 'symlink' ? 0o777 : 0o644),
    uid: init.uid ?? 0,
    gid: init.gid ?? 0,
    mtimeMs: t,
    atimeMs: t,
    ctimeMs: t,
    data: init.data ?? EMPTY,
    target: init.target ?? '',
    rdev: init.rdev ?? 0,
  };
}

/** A mutable copy of `inode` (copy-up): same ino and content array, no shared mutable state. */
export function cloneInode(inode: Inode): Inode {
  return { ...inode };
}

export function nodeEntry(inode: Inode, opaque = false): Entry {
  return { kind: 'node', inode, opaque };
}

export const WHITEOUT: Entry = Object.freeze({ kind: 'whiteout' }) as Entry;

/** The apparent size `stat` reports for a node. */
export function inodeSize(inode: Inode): number {
  if (inode.type === 'file') return inode.data.length;
  if (inode.type === 'symlink') return new TextEncoder().encode(inode.target).length;
  if (inode.type === 'dir') return 4096;
  return 0;
}

export function statOf(inode: Inode, nlink: number): Stat {
  return {
    type: inode.type,
    mode: inode.mode,
    uid: inode.uid,
    gid: inode.gid,
    size: inodeSize(inode),
    mtimeMs: inode.mtimeMs,
    ctimeMs: inode.ctimeMs,
    atimeMs: inode.atimeMs,
    nlink,
    ino: inode.ino,
    ...(inode.type === 'chardev' ? { rdev: inode.rdev } : {}),
  };
}
