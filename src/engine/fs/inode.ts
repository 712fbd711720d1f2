// The inode records of the in-memory tree. A directory entry points at an inode; hard links are two
// entries pointing at the same record, so `nlink`, the content and the metadata are shared.

import type { Stat } from './types';

export interface InodeMeta {
  ino: number;
  /** Permission bits (and setuid/setgid/sticky): `mode & 0o7777`. */
  mode: number;
  uid: number;
  gid: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  nlink: number;
}

export interface FileInode extends InodeMeta {
  type: 'file';
  data: Uint8Array;
}

export interface DirInode extends InodeMeta {
  type: 'dir';
  entries: Map<string, Inode>;
}

export interface SymlinkInode extends InodeMeta {
  type: 'symlink';
  target: string;
}

/**
 * Device nodes, FIFOs and sockets. readFile gives nothing and writes are discarded (like /dev/null),
 * except /dev/full's ENOSPC; what a character device reads is in devices.ts, by `rdev`.
 */
export interface SpecialInode extends InodeMeta {
  type: 'chardev' | 'fifo' | 'socket';
  /** `major << 8 | minor` for character devices (1:3 is /dev/null), 0 otherwise. */
  rdev: number;
}

export type Inode = FileInode | DirInode | SymlinkInode | SpecialInode;

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The size `stat` reports: bytes of a file, bytes of a symlink's target, 4096 for a directory. */
export function sizeOf(node: Inode): number {
  switch (node.type) {
    case 'file':
      return node.data.length;
    case 'dir':
      return 4096;
    case 'symlink':
      return utf8(node.target).length;
    default:
      return 0;
  }
}

export function statOf(node: Inode): Stat {
  return {
    type: node.type,
    mode: node.mode,
    uid: node.uid,
    gid: node.gid,
    size: sizeOf(node),
    mtimeMs: node.mtimeMs,
    ctimeMs: node.ctimeMs,
    atimeMs: node.atimeMs,
    nlink: node.nlink,
    ino: node.ino,
    ...(node.type === 'chardev' ? { rdev: node.rdev } : {}),
  };
}
