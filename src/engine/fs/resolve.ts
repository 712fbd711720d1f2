// Generic path resolution over any filesystem seen through `lstat`-like probes: used by the mount
// table, whose symlinks may cross from one mounted filesystem into another. Same rules as MemFs's
// inode walk (path_resolution(7)): symlinks expanded in place, `..` on the resolved directory, 40 hops.

import { FsError } from './types';
import { MAX_SYMLINK_HOPS } from './memfs';

export type EntryKind = 'dir' | 'symlink' | 'other';

export interface ResolveProbe {
  /** What the canonical absolute `path` is, without following it; null when it does not exist. */
  kind(path: string): EntryKind | null;
  readlink(path: string): string;
}

export interface Resolved {
  /** Canonical absolute path of what the path names (its parent fully resolved). */
  path: string;
  /** Canonical absolute path of the parent directory ('/' for '/'). */
  parent: string;
  /** Last component ('' for '/'). */
  name: string;
  kind: EntryKind | null;
  /** The path ended in `/`, `.` or `..`: only a directory can be named. */
  dirOnly: boolean;
}

const joinCanonical = (names: string[]): string => '/' + names.join('/');

export function resolve(path: string, follow: boolean, probe: ResolveProbe, syscall: string): Resolved {
  const fail = (code: 'ENOENT' | 'ENOTDIR' | 'ELOOP'): never => {
    throw new FsError(code, path, syscall);
  };
  if (path === '') fail('ENOENT');
  const queue = path.split('/').filter((p) => p !== '');
  const trailingSlash = path.endsWith('/') && queue.length > 0;
  const followFinal = follow || trailingSlash;
  let stack: string[] = [];
  let hops = 0;
  let dirOnly = trailingSlash;
  while (queue.length > 0) {
    const comp = queue.shift()!;
    const last = queue.length === 0;
    if (comp === '.' || comp === '..') {
      if (comp === '..') stack.pop();
      if (last) dirOnly = true;
      continue;
    }
    dirOnly = trailingSlash && last;
    const here = joinCanonical([...stack, comp]);
    const kind = probe.kind(here);
    if (kind === 'symlink' && (!last || followFinal)) {
      if (++hops > MAX_SYMLINK_HOPS) fail('ELOOP');
      const target = probe.readlink(here);
      if (target.startsWith('/')) stack = [];
      queue.unshift(...target.split('/').filter((p) => p !== ''));
      if (queue.length === 0) dirOnly = true;
      continue;
    }
    if (last) {
      if (kind && kind !== 'dir' && trailingSlash) fail('ENOTDIR');
      return { path: here, parent: joinCanonical(stack), name: comp, kind, dirOnly };
    }
    if (!kind) fail('ENOENT');
    if (kind !== 'dir') fail('ENOTDIR');
    stack.push(comp);
  }
  const name = stack.pop() ?? '';
  const parent = joinCanonical(stack);
  return { path: name ? joinCanonical([...stack, name]) : '/', parent, name, kind: 'dir', dirOnly };
}
