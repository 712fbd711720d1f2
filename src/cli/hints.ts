// Baleine's French hints under Docker's own error for a misspelled command or flag. They are styled
// (dim italic, a 💡 prefix) so that the student tells them apart from Docker's text, and they are only
// shown on a terminal, so transcripts and pipes keep Docker's exact bytes.

/** Damerau–Levenshtein distance (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate within a distance that grows with the word's length, or null. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const dist = editDistance(word.toLowerCase(), c);
    if (dist < bestDist || (dist === bestDist && best !== null && c < best)) {
      best = c;
      bestDist = dist;
    }
  }
  return bestDist <= limit ? best : null;
}

/** The styled hint line: `💡 Baleine : Vouliez-vous dire « docker ps » ?` in dim italic. */
export function hintLine(suggestion: string): string {
  return `\x1b[2;3m💡 Baleine\u00a0: Vouliez-vous dire «\u00a0${suggestion}\u00a0»\u202f?\x1b[0m\n`;
}
