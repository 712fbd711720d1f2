// POSIX path helpers shared by every filesystem, the shell and the programs (no node:path in the engine).

/** Collapses `.`, `..`, repeated and trailing slashes; `..` never climbs above `/`. Relative stays relative. */
export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return absolute ? '/' + joined : joined || '.';
}

/** Resolves `path` against the directory `cwd` (absolute), the way a process sees it. */
export function resolvePath(cwd: string, path: string): string {
  return normalize(path.startsWith('/') ? path : `${cwd}/${path}`);
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

/** `dirname(1)` semantics: `/a/b` → `/a`, `a` → `.`, `/` → `/`. */
export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return trimmed.slice(0, i).replace(/\/+$/, '') || '/';
}

/** `basename(1)` semantics: `/a/b/` → `b`, `/` → `/`. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Components of an absolute normalized path: `/a/b` → ['a', 'b'], `/` → []. */
export function segments(path: string): string[] {
  return normalize(path).split('/').filter(Boolean);
}
