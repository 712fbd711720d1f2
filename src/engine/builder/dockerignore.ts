// .dockerignore: reading the file and matching paths with Docker's rules (moby/patternmatcher):
// `*`, `?`, `[…]`, `**`, `\` escapes, `!` exceptions, leading `/` and `./` cleaned, last match wins,
// and a directory's exclusion covers everything under it.

import { normalize } from '../fs/path';

/** The patterns of a .dockerignore file (comments, blanks dropped; paths cleaned; `!` kept). */
export function readDockerignore(text: string): string[] {
  const out: string[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = normalize(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    out.push(invert ? '!' + pattern : pattern);
  }
  return out;
}

export class IgnorePatternError extends Error {
  override name = 'IgnorePatternError';
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

const REGEX_ESCAPED = new Set([...'.+()|{}$']);

class Pattern {
  readonly type: MatchType;
  private readonly regexp: RegExp | null = null;

  constructor(
    readonly cleaned: string,
    readonly exclusion: boolean,
  ) {
    let re = '^';
    let type: MatchType = 'exact';
    const chars = [...cleaned];
    for (let i = 0, k = 0; k < chars.length; i++) {
      const ch = chars[k++];
      if (ch === '*') {
        if (chars[k] === '*') {
          k++;
          if (chars[k] === '/') k++;
          if (k >= chars.length) {
            if (type === 'exact') type = 'prefix';
            else {
              re += '.*';
              type = 'regexp';
            }
          } else {
            re += '(.*/)?';
            type = 'regexp';
          }
          if (i === 0) type = 'suffix';
        } else {
          re += '[^/]*';
          type = 'regexp';
        }
      } else if (ch === '?') {
        re += '[^/]';
        type = 'regexp';
      } else if (REGEX_ESCAPED.has(ch)) re += '\\' + ch;
      else if (ch === '\\') {
        if (k < chars.length) {
          re += '\\' + chars[k++];
          type = 'regexp';
        } else re += '\\\\';
      } else if (ch === '[' || ch === ']') {
        re += ch;
        type = 'regexp';
      } else re += ch;
    }
    this.type = type;
    if (type === 'regexp') {
      try {
        this.regexp = new RegExp(re + '$', 'u');
      } catch {
        throw new IgnorePatternError('syntax error in pattern');
      }
    }
  }

  match(path: string): boolean {
    switch (this.type) {
      case 'exact':
        return path === this.cleaned;
      case 'prefix':
        return path.startsWith(this.cleaned.slice(0, -2));
      case 'suffix': {
        const suffix = this.cleaned.slice(2);
        return path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
      }
      case 'regexp':
        return this.regexp!.test(path);
    }
  }
}

/** Go's filepath.Match syntax check: escapes complete, character classes well formed and closed. */
function checkSyntax(pattern: string): void {
  const bad = () => new IgnorePatternError('syntax error in pattern');
  const chars = [...pattern];
  const n = chars.length;
  /** One class character (possibly escaped) starting at j; returns the index after it. */
  const classChar = (j: number): number => {
    if (j >= n || chars[j] === '-' || chars[j] === ']') throw bad();
    if (chars[j] === '\\') j++;
    if (j >= n) throw bad();
    return j + 1;
  };
  for (let i = 0; i < n; i++) {
    if (chars[i] === '\\') {
      if (++i >= n) throw bad();
    } else if (chars[i] === '[') {
      let j = i + 1;
      if (chars[j] === '^') j++;
      for (let first = true; ; first = false) {
        if (j >= n) throw bad();
        if (chars[j] === ']' && !first) break;
        j = classChar(j);
        if (chars[j] === '-') j = classChar(j + 1);
      }
      i = j;
    }
  }
}

/** Matching state of one directory, reused for its children (MatchesUsingParentResults). */
export type ParentMatch = readonly boolean[];

export class PatternMatcher {
  private readonly patterns: Pattern[] = [];
  /** Whether some pattern is a `!` exception (a directory may then hold re-included files). */
  readonly exclusions: boolean;

  constructor(patterns: readonly string[]) {
    let exclusions = false;
    for (const raw of patterns) {
      let p = raw.trim();
      if (p === '') continue;
      p = normalize(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) throw new IgnorePatternError('illegal exclusion pattern: "!"');
        exclusion = true;
        exclusions = true;
        p = p.slice(1);
      }
      checkSyntax(p);
      this.patterns.push(new Pattern(p, exclusion));
    }
    this.exclusions = exclusions;
  }

  /** Whether some exclusion pattern could re-include a path under `dir` (so the walk must enter it). */
  mayReinclude(dir: string): boolean {
    return this.patterns.some((p) => {
      if (!p.exclusion) return false;
      if (p.type !== 'exact' && p.type !== 'prefix') return true;
      const target = p.type === 'prefix' ? p.cleaned.slice(0, -2) : p.cleaned;
      return target.startsWith(dir + '/') || dir.startsWith(target);
    });
  }

  /**
   * Whether `path` (relative to the context, slash-separated, cleaned) is ignored. Pass the parent's
   * result to inherit its matches; without it, every parent directory is tried.
   */
  matches(path: string, parent?: ParentMatch): { ignored: boolean; info: ParentMatch } {
    const info: boolean[] = new Array<boolean>(this.patterns.length).fill(false);
    let matched = false;
    this.patterns.forEach((pattern, i) => {
      let match = parent && parent.length ? parent[i] : false;
      if (!match) {
        if (pattern.exclusion !== matched) return;
        match = pattern.match(path);
        if (!match && !(parent && parent.length)) {
          const dirs = path.split('/').slice(0, -1);
          for (let k = 1; k <= dirs.length && !match; k++) match = pattern.match(dirs.slice(0, k).join('/'));
        }
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    });
    return { ignored: matched, info };
  }

  /** Convenience: whether `path` is ignored, checking its parents. */
  ignores(path: string): boolean {
    const clean = normalize(path);
    if (clean === '.') return false;
    return this.matches(clean).ignored;
  }
}
