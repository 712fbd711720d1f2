// Go's path.Match for one path component (`*`, `?`, `[a-z]`, `[^…]`, `\` escapes), applied component
// by component, as COPY/ADD match their sources.

function matchComponent(pattern: string, name: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return false;
      let cls = pattern.slice(i + 1, end);
      const negate = cls.startsWith('^') || cls.startsWith('!');
      if (negate) cls = cls.slice(1);
      re += `[${negate ? '^' : ''}${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) re += escapeRegex(pattern[++i]);
    else re += escapeRegex(c);
  }
  return new RegExp(re + '$', 's').test(name);
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Whether the slash-separated `path` matches `pattern` (same number of components). */
export function pathMatch(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const n = path.split('/');
  return p.length === n.length && p.every((part, i) => matchComponent(part, n[i]));
}
