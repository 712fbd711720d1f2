// COPY and ADD as BuildKit performs them: sources from the context or another stage (globs matched
// per path component), a directory source copies its contents, a destination ending in `/` (or
// several sources) is a directory, parents are created, modes and mtimes are kept, --chown and
// --chmod apply; ADD unpacks local tar archives (plain or gzip).

import { inflate } from 'pako';
import type { FileSystem } from '../fs/types';
import { basename, dirname, join, normalize } from '../fs/path';
import { readTar } from '../layer/tar';
import type { Hasher } from '../world/types';
import type { Owner } from './chown';
import { hasGlob, pathMatch } from './glob';
import { walkTree, type SourceTree } from './source-tree';

export class SourceNotFound extends Error {
  constructor(readonly source: string) {
    super(`"${source}": not found`);
  }
}

export interface ResolvedSource {
  /** The source as written, cleaned, with a leading slash (`/src/app.js`). */
  shown: string;
  /** Matching relative paths ('' for the whole tree). */
  matches: string[];
  glob: boolean;
}

function clean(src: string): string {
  const n = normalize('/' + src);
  return n === '/' ? '' : n.slice(1);
}

/** The paths each source designates; throws SourceNotFound for a source that matches nothing. */
export function resolveSources(tree: SourceTree, sources: readonly string[]): ResolvedSource[] {
  return sources.map((src) => {
    const rel = clean(src);
    const shown = '/' + rel;
    if (hasGlob(rel)) {
      const matches = [...walkTree(tree, '')].filter((p) => p !== '' && pathMatch(rel, p));
      if (matches.length === 0) throw new SourceNotFound(shown);
      return { shown, matches, glob: true };
    }
    if (!tree.stat(rel, true)) throw new SourceNotFound(shown);
    return { shown, matches: [rel], glob: false };
  });
}

/** Content checksum of the sources: paths, types, modes and bytes (not times), as BuildKit's contenthash. */
export function sourcesChecksum(
  tree: SourceTree,
  sources: readonly ResolvedSource[],
  hasher: Hasher,
): string {
  const parts: string[] = [];
  for (const s of sources) {
    for (const m of s.matches) {
      for (const p of walkTree(tree, m)) {
        const st = tree.stat(p, p === m)!;
        let content = '';
        if (st.type === 'file') content = hasher.sha256Sync(tree.readFile(p));
        else if (st.type === 'symlink') content = tree.readlink(p);
        parts.push(`${p}\0${st.type}\0${(st.mode & 0o7777).toString(8)}\0${content}`);
      }
    }
  }
  return hasher.sha256Sync(parts.join('\n'));
}

export interface CopyOptions {
  tree: SourceTree;
  sources: ResolvedSource[];
  /** Heredoc files (`COPY <<EOF /dest`). */
  contents: { path: string; data: string }[];
  dest: string;
  workdir: string;
  owner: Owner | null;
  chmod: number | null;
  /** ADD: unpack local archives. */
  unpack: boolean;
  /** Time for created parent directories and heredoc files. */
  now: number;
}

function ensureDir(fs: FileSystem, dir: string, owner: Owner | null, now: number): void {
  if (dir === '/' || fs.exists(dir)) return;
  ensureDir(fs, dirname(dir), owner, now);
  fs.mkdir(dir, { mode: 0o755, uid: owner?.uid ?? 0, gid: owner?.gid ?? 0 });
  fs.utimes(dir, now, now);
}

function place(
  fs: FileSystem,
  tree: SourceTree,
  rel: string,
  target: string,
  o: CopyOptions,
  follow: boolean,
): void {
  const st = tree.stat(rel, follow)!;
  const uid = o.owner?.uid ?? 0;
  const gid = o.owner?.gid ?? 0;
  if (st.type === 'dir') {
    if (!fs.exists(target)) fs.mkdir(target, { mode: o.chmod ?? st.mode & 0o7777, uid, gid });
    for (const name of tree.children(rel)) {
      place(fs, tree, rel ? `${rel}/${name}` : name, join(target, name), o, false);
    }
    fs.chmod(target, o.chmod ?? st.mode & 0o7777);
    fs.chown(target, uid, gid);
    fs.utimes(target, st.atimeMs, st.mtimeMs);
    return;
  }
  if (fs.exists(target) || isDanglingLink(fs, target)) {
    if (fs.lstat(target).type === 'dir') fs.rmdir(target);
    else fs.unlink(target);
  }
  if (st.type === 'symlink') {
    fs.symlink(tree.readlink(rel), target);
    return;
  }
  fs.writeFile(target, tree.readFile(rel), { mode: o.chmod ?? st.mode & 0o7777, uid, gid });
  fs.chmod(target, o.chmod ?? st.mode & 0o7777);
  fs.chown(target, uid, gid);
  fs.utimes(target, st.atimeMs, st.mtimeMs);
}

function isDanglingLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}

/** A tar archive's bytes (gzip inflated), or null when the file is not one. */
export function archiveBytes(data: Uint8Array): Uint8Array | null {
  let bytes = data;
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = inflate(bytes);
    } catch {
      return null;
    }
  }
  if (bytes.length < 512) return null;
  const magic = new TextDecoder().decode(bytes.subarray(257, 262));
  return magic === 'ustar' ? bytes : null;
}

function unpack(fs: FileSystem, tar: Uint8Array, dest: string, o: CopyOptions): void {
  ensureDir(fs, dest, o.owner, o.now);
  for (const r of readTar(tar)) {
    const path = normalize(join(dest, r.name));
    ensureDir(fs, dirname(path), null, o.now);
    const uid = o.owner?.uid ?? r.uid;
    const gid = o.owner?.gid ?? r.gid;
    if (r.type === 'dir') {
      if (!fs.exists(path)) fs.mkdir(path, { mode: r.mode, uid, gid });
    } else if (r.type === 'symlink') {
      if (fs.exists(path) || isDanglingLink(fs, path)) fs.unlink(path);
      fs.symlink(r.linkname ?? '', path);
      continue;
    } else if (r.type === 'hardlink') {
      if (fs.exists(path)) fs.unlink(path);
      fs.link(normalize(join(dest, r.linkname ?? '')), path);
      continue;
    } else if (r.type === 'file') {
      fs.writeFile(path, r.data ?? new Uint8Array(), { mode: r.mode, uid, gid });
    } else continue;
    fs.chmod(path, r.mode);
    fs.chown(path, uid, gid);
    fs.utimes(path, r.mtime * 1000, r.mtime * 1000);
  }
}

/** Performs the copy into `fs` (the stage's filesystem with a fresh RW layer on top). */
export function performCopy(fs: FileSystem, o: CopyOptions): void {
  const destAbs = normalize(o.dest.startsWith('/') ? o.dest : join(o.workdir, o.dest));
  const total = o.sources.reduce((n, s) => n + s.matches.length, 0) + o.contents.length;
  const destIsDir =
    o.dest.endsWith('/') ||
    o.dest === '.' ||
    total > 1 ||
    (fs.exists(destAbs) && fs.stat(destAbs).type === 'dir');
  for (const s of o.sources) {
    for (const rel of s.matches) {
      const st = o.tree.stat(rel, true)!;
      if (st.type === 'dir') {
        ensureDir(fs, destAbs, o.owner, o.now);
        place(fs, o.tree, rel, destAbs, o, true);
        continue;
      }
      if (o.unpack) {
        const tar = archiveBytes(o.tree.readFile(rel));
        if (tar) {
          unpack(fs, tar, destAbs, o);
          continue;
        }
      }
      const target = destIsDir ? join(destAbs, basename(rel)) : destAbs;
      ensureDir(fs, dirname(target), o.owner, o.now);
      place(fs, o.tree, rel, target, o, true);
    }
  }
  for (const c of o.contents) {
    const target = destIsDir ? join(destAbs, c.path) : destAbs;
    ensureDir(fs, dirname(target), o.owner, o.now);
    const mode = o.chmod ?? 0o644;
    fs.writeFile(target, c.data, { mode, uid: o.owner?.uid ?? 0, gid: o.owner?.gid ?? 0 });
    fs.chmod(target, mode);
    fs.utimes(target, o.now, o.now);
  }
}
