// "(did you mean X?)" suggestions, as BuildKit's suggest package: the closest option within
// Levenshtein distance 2, in the case the user typed.

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

function matchCase(value: string, original: string): string {
  if (original === original.toLowerCase()) return value.toLowerCase();
  if (original === original.toUpperCase()) return value.toUpperCase();
  return value;
}

/** The suggestion for `value` among `options`, or null (also when `value` is itself an option). */
export function suggest(value: string, options: readonly string[], caseSensitive = false): string | null {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | null = null;
  let min = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (opt === val) return null;
    const dist = levenshtein(val, opt);
    if (dist < min) {
      match = caseSensitive ? opt : matchCase(opt, value);
      min = dist;
    }
  }
  return match;
}

/** `message (did you mean X?)` when there is a suggestion. */
export function withSuggestion(
  message: string,
  value: string,
  options: readonly string[],
  caseSensitive = false,
): string {
  const match = suggest(value, options, caseSensitive);
  return match ? `${message} (did you mean ${match}?)` : message;
}
