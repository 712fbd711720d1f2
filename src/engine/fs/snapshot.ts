// The persisted form of a MemFs (IndexedDB in the browser): versioned, JSON-serialisable, one record
// per inode so hard links survive. Reading validates everything and throws FsSnapshotError, so a
// corrupt store is reported once at load instead of failing later inside a program.

import { decodeBase64, encodeBase64 } from './base64';
import type { DirInode, Inode, InodeMeta } from './inode';

export const SNAPSHOT_FORMAT = 'baleine-memfs';
export const SNAPSHOT_VERSION = 1;

interface SnapshotMeta {
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export type SnapshotInode =
  | (SnapshotMeta & { type: 'file'; data: string })
  | (SnapshotMeta & { type: 'dir'; entries: Array<[string, number]> })
  | (SnapshotMeta & { type: 'symlink'; target: string })
  | (SnapshotMeta & { type: 'chardev' | 'fifo' | 'socket'; rdev: number });

export interface FsSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** Inode number of the root directory. */
  root: number;
  /** The next inode number to hand out. */
  nextIno: number;
  /** File contents are base64. */
  inodes: SnapshotInode[];
}

/** A snapshot that cannot be loaded; `message` says what is wrong (for logs and the UI's report). */
export class FsSnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FsSnapshotError';
  }
}

export function writeSnapshot(root: DirInode, nextIno: number): FsSnapshot {
  const inodes: SnapshotInode[] = [];
  const seen = new Set<Inode>();
  const visit = (node: Inode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const meta: SnapshotMeta = {
      ino: node.ino,
      mode: node.mode,
      uid: node.uid,
      gid: node.gid,
      atimeMs: node.atimeMs,
      mtimeMs: node.mtimeMs,
      ctimeMs: node.ctimeMs,
    };
    switch (node.type) {
      case 'file':
        inodes.push({ ...meta, type: 'file', data: encodeBase64(node.data) });
        break;
      case 'dir':
        inodes.push({
          ...meta,
          type: 'dir',
          entries: [...node.entries].map(([name, child]) => [name, child.ino]),
        });
        for (const child of node.entries.values()) visit(child);
        break;
      case 'symlink':
        inodes.push({ ...meta, type: 'symlink', target: node.target });
        break;
      default:
        inodes.push({ ...meta, type: node.type, rdev: node.rdev });
    }
  };
  visit(root);
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, root: root.ino, nextIno, inodes };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isUint = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function fail(message: string): never {
  throw new FsSnapshotError(`invalid filesystem snapshot: ${message}`);
}

function readMeta(raw: Record<string, unknown>, at: string): InodeMeta {
  if (!isUint(raw.ino)) fail(`${at}: bad ino`);
  if (!isUint(raw.mode) || raw.mode > 0o7777) fail(`${at}: bad mode`);
  if (!isUint(raw.uid) || !isUint(raw.gid)) fail(`${at}: bad owner`);
  if (!isTime(raw.atimeMs) || !isTime(raw.mtimeMs) || !isTime(raw.ctimeMs)) fail(`${at}: bad times`);
  return {
    ino: raw.ino,
    mode: raw.mode,
    uid: raw.uid,
    gid: raw.gid,
    atimeMs: raw.atimeMs,
    mtimeMs: raw.mtimeMs,
    ctimeMs: raw.ctimeMs,
    nlink: 0,
  };
}

function readInode(raw: unknown, index: number): { node: Inode; entries?: Array<[string, number]> } {
  const at = `inode #${index}`;
  if (!isRecord(raw)) fail(`${at}: not an object`);
  const meta = readMeta(raw, at);
  switch (raw.type) {
    case 'file': {
      const data = typeof raw.data === 'string' ? decodeBase64(raw.data) : null;
      if (!data) fail(`${at}: bad file data`);
      return { node: { ...meta, type: 'file', data } };
    }
    case 'dir': {
      const entries = raw.entries;
      if (!Array.isArray(entries)) fail(`${at}: bad entries`);
      for (const e of entries) {
        if (!Array.isArray(e) || e.length !== 2 || !isUint(e[1])) fail(`${at}: bad entry`);
        const name = e[0];
        if (
          typeof name !== 'string' ||
          name === '' ||
          name === '.' ||
          name === '..' ||
          name.includes('/') ||
          name.includes('\0')
        )
          fail(`${at}: bad entry name ${JSON.stringify(name)}`);
      }
      return {
        node: { ...meta, type: 'dir', entries: new Map() },
        entries: entries as Array<[string, number]>,
      };
    }
    case 'symlink':
      if (typeof raw.target !== 'string' || raw.target === '') fail(`${at}: bad symlink target`);
      return { node: { ...meta, type: 'symlink', target: raw.target } };
    case 'chardev':
    case 'fifo':
    case 'socket':
      if (!isUint(raw.rdev)) fail(`${at}: bad rdev`);
      return { node: { ...meta, type: raw.type, rdev: raw.rdev } };
    default:
      return fail(`${at}: unknown type`);
  }
}

/** Validates and rebuilds the tree. Every inode must be reachable; directories have exactly one parent. */
export function readSnapshot(value: unknown): { root: DirInode; nextIno: number } {
  if (!isRecord(value)) fail('not an object');
  if (value.format !== SNAPSHOT_FORMAT) fail('unknown format');
  if (value.version !== SNAPSHOT_VERSION) fail(`unsupported version ${JSON.stringify(value.version)}`);
  if (!isUint(value.root) || !isUint(value.nextIno)) fail('bad root or nextIno');
  if (!Array.isArray(value.inodes)) fail('bad inodes');
  const byIno = new Map<number, { node: Inode; entries?: Array<[string, number]> }>();
  value.inodes.forEach((raw, i) => {
    const rec = readInode(raw, i);
    if (byIno.has(rec.node.ino)) fail(`duplicate ino ${rec.node.ino}`);
    if (rec.node.ino >= (value.nextIno as number)) fail(`ino ${rec.node.ino} not below nextIno`);
    byIno.set(rec.node.ino, rec);
  });
  const rootRec = byIno.get(value.root);
  if (!rootRec || rootRec.node.type !== 'dir') fail('root is not a directory');
  const root = rootRec.node as DirInode;
  const reached = new Set<number>([root.ino]);
  const pending: Array<{ node: DirInode; entries: Array<[string, number]> }> = [
    { node: root, entries: rootRec.entries! },
  ];
  root.nlink = 2;
  while (pending.length > 0) {
    const { node: dir, entries } = pending.pop()!;
    for (const [name, ino] of entries) {
      const rec = byIno.get(ino);
      if (!rec) fail(`entry ${JSON.stringify(name)} points at missing ino ${ino}`);
      if (dir.entries.has(name)) fail(`duplicate entry ${JSON.stringify(name)}`);
      const child = rec.node;
      if (child.type === 'dir') {
        if (reached.has(ino)) fail(`directory ino ${ino} linked twice`);
        child.nlink = 2;
        dir.nlink++;
        pending.push({ node: child, entries: rec.entries! });
      } else {
        child.nlink++;
      }
      reached.add(ino);
      dir.entries.set(name, child);
    }
  }
  if (reached.size !== byIno.size) fail('unreachable inodes');
  return { root, nextIno: value.nextIno };
}
