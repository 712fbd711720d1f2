// The build context: the files of a directory of a FileSystem that `.dockerignore` lets through.

import type { FileSystem, Stat } from '../fs/types';
import { basename, dirname, join, normalize } from '../fs/path';
import { PatternMatcher, readDockerignore, type ParentMatch } from './dockerignore';

export interface ContextEntry {
  /** Path relative to the context root, slash-separated, without `./` (`src/app.js`). */
  path: string;
  stat: Stat;
}

export interface BuildContext {
  fs: FileSystem;
  /** Absolute path of the context directory. */
  root: string;
  /** The .dockerignore patterns in force. */
  patterns: string[];
  /** Included entries, parents before children, in byte order within a directory. */
  entries: Map<string, ContextEntry>;
  /** Bytes of the included regular files and symlink targets (what the client transfers). */
  size: number;
}

export interface ContextOptions {
  /** Absolute path of the Dockerfile: `<Dockerfile>.dockerignore` beside it wins over `.dockerignore`. */
  dockerfile?: string;
}

/** The ignore file that applies: `<dockerfile>.dockerignore`, else `<root>/.dockerignore`. */
export function ignoreFileFor(fs: FileSystem, root: string, dockerfile?: string): string | null {
  if (dockerfile) {
    const specific = join(dirname(dockerfile), basename(dockerfile) + '.dockerignore');
    if (fs.exists(specific)) return specific;
  }
  const general = join(root, '.dockerignore');
  return fs.exists(general) ? general : null;
}

export function loadContext(fs: FileSystem, root: string, opts: ContextOptions = {}): BuildContext {
  const absRoot = normalize(root);
  const ignoreFile = ignoreFileFor(fs, absRoot, opts.dockerfile);
  const patterns = ignoreFile ? readDockerignore(fs.readText(ignoreFile)) : [];
  const matcher = new PatternMatcher(patterns);
  const entries = new Map<string, ContextEntry>();
  let size = 0;

  const include = (rel: string, stat: Stat) => {
    // Parents of a re-included path come along, as fsutil sends them.
    const parts = rel.split('/');
    for (let k = 1; k < parts.length; k++) {
      const parent = parts.slice(0, k).join('/');
      if (!entries.has(parent)) entries.set(parent, { path: parent, stat: fs.lstat(join(absRoot, parent)) });
    }
    entries.set(rel, { path: rel, stat });
    if (stat.type === 'file' || stat.type === 'symlink') size += stat.size;
  };

  const walk = (relDir: string, parentInfo: ParentMatch | undefined) => {
    for (const name of fs.readdir(relDir ? join(absRoot, relDir) : absRoot)) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const stat = fs.lstat(join(absRoot, rel));
      const { ignored, info } = matcher.matches(rel, parentInfo);
      if (!ignored) include(rel, stat);
      if (stat.type === 'dir' && (!ignored || (matcher.exclusions && matcher.mayReinclude(rel))))
        walk(rel, info);
    }
  };
  walk('', undefined);
  return { fs, root: absRoot, patterns, entries, size };
}
