// Escape sequences in `-v var=value` and `var=value` operands, as in string constants.

/** The one-character escapes of string constants, regex literals and assignments. */
export const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

export function unescapeAssignment(s: string): string {
  return s.replace(/\\([0-7]{1,3}|.)/g, (m, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e in ESCAPES ? ESCAPES[e] : m,
  );
}
