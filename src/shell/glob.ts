// Shell patterns (fnmatch) and pathname expansion. A pattern is text where a backslash quotes the
// next character (the expander escapes every quoted character that way).
import type { FileSystem } from '../engine/fs/types';
import { resolvePath } from '../engine/fs/path';

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  word: 'A-Za-z0-9_',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

/** Escapes a character for a regex outside a class (`u` mode refuses needless escapes). */
function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(c) ? '\\' + c : c;
}

/** Escapes a character inside a class. */
function escapeClass(c: string): string {
  return /[\\\][^-]/.test(c) ? '\\' + c : c;
}

/** True when the pattern has an unquoted `*`, `?` or `[`. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Regex source for a pattern (unanchored). */
export function patternSource(pattern: string): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 < pattern.length) re += escapeRe(pattern[++i]);
      else re += '\\\\';
    } else if (c === '*') re += '[^]*';
    else if (c === '?') re += '[^]';
    else if (c === '[') {
      const cls = bracket(pattern, i);
      if (cls) {
        re += cls.re;
        i = cls.end;
      } else re += '\\[';
    } else re += escapeRe(c);
  }
  return re;
}

function bracket(p: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === ']' && !first) return { re: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) {
        const name = p.slice(i + 2, close);
        if (CLASSES[name] !== undefined) {
          body += CLASSES[name];
          i = close + 1;
          continue;
        }
      }
    }
    if (c === '\\' && i + 1 < p.length) {
      body += escapeClass(p[++i]);
      continue;
    }
    if (c === '-' && body !== '' && p[i + 1] !== ']') {
      body += '-';
      continue;
    }
    body += c === '^' || c === ']' || c === '[' || c === '\\' ? '\\' + c : c;
  }
  return null;
}

export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^${patternSource(pattern)}$`, 'u').test(text);
}

/** Removes the quoting backslashes of a pattern: the literal text it stands for. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\([^])/g, '$1');
}

/** Pathname expansion: sorted matches, or [] when nothing matches. */
export function expandPathname(fs: FileSystem, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const segs = splitSegments(pattern);
  let results: string[] = [absolute ? '/' : ''];
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const last = s === segs.length - 1;
    const next: string[] = [];
    for (const base of results) {
      const dir = resolvePath(cwd, base === '' ? '.' : base);
      if (!hasGlob(seg)) {
        const path = joinRel(base, unescapePattern(seg));
        if (last ? exists(fs, resolvePath(cwd, path)) : isDir(fs, resolvePath(cwd, path))) next.push(path);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(dir);
      } catch {
        continue;
      }
      const re = new RegExp(`^${patternSource(seg)}$`, 'u');
      const dotOk = seg.startsWith('.') || seg.startsWith('\\.');
      for (const name of names) {
        if (name.startsWith('.') && !dotOk) continue;
        if (!re.test(name)) continue;
        const path = joinRel(base, name);
        if (!last && !isDir(fs, resolvePath(cwd, path))) continue;
        next.push(path);
      }
    }
    results = next;
    if (results.length === 0) return [];
  }
  if (pattern.endsWith('/')) results = results.map((r) => r + '/');
  return results.sort(compareNames);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitSegments(pattern: string): string[] {
  return pattern.split('/').filter((s) => s !== '');
}

function joinRel(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}
