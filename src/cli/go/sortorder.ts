// github.com/fvbommel/sortorder's NaturalLess, which docker/cli sorts `docker port` lines with: runs
// of digits compare by value (`80/tcp` before `443/tcp`), the rest byte by byte.

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** sortorder.NaturalLess(a, b). */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a[i]);
    const db = isDigit(b[j]);
    if (da !== db) return da; // digits sort before other characters
    if (!da) {
      if (a[i] !== b[j]) return a[i] < b[j];
      i++;
      j++;
      continue;
    }
    // Two runs of digits: skip leading zeros, compare by length then digits, then where they start.
    let za = i;
    while (za < a.length && a[za] === '0') za++;
    let zb = j;
    while (zb < b.length && b[zb] === '0') zb++;
    let ea = za;
    while (ea < a.length && isDigit(a[ea])) ea++;
    let eb = zb;
    while (eb < b.length && isDigit(b[eb])) eb++;
    const na = a.slice(za, ea);
    const nb = b.slice(zb, eb);
    if (na.length !== nb.length) return na.length < nb.length;
    if (na !== nb) return na < nb;
    if (za !== zb) return za < zb;
    i = ea;
    j = eb;
  }
  return a.length < b.length;
}

/** A comparator for Array.prototype.sort from naturalLess. */
export function naturalCompare(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}
