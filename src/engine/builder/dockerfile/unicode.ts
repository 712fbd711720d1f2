// Go's unicode.IsSpace, used by BuildKit's word splitting (JS's \s differs: it has U+FEFF, lacks U+0085).

const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/** strings.TrimSpace with Go's notion of space. */
export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}

export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimRightSpace(s: string): string {
  let end = s.length;
  while (end > 0 && isSpace(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Go's regexp `[\t\v\f\r ]+`, the separator BuildKit splits whitespace-delimited arguments on. */
export const ASCII_WHITESPACE_RUN = /[\t\v\f\r ]+/;

/** regexp.Split(s, n) for ASCII_WHITESPACE_RUN; n = -1 splits everywhere. */
export function splitWhitespace(s: string, n = -1): string[] {
  const parts: string[] = [];
  let rest = s;
  while (n < 0 || parts.length < n - 1) {
    const m = ASCII_WHITESPACE_RUN.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  return parts;
}
