// Multi-column output as GNU ls (and BusyBox) lay it out on a terminal: entries run down the columns,
// each column as wide as its longest entry plus two spaces, as many columns as fit the width.

/** `widths[i]` is the printed width of `cells[i]` (colour codes excluded). */
export function columns(cells: string[], widths: number[], lineWidth: number): string {
  const n = cells.length;
  if (n === 0) return '';
  let best = 1;
  for (let cols = Math.min(n, Math.max(1, Math.floor(lineWidth / 3))); cols > 1; cols--) {
    const rows = Math.ceil(n / cols);
    let total = 0;
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let r = 0; r < rows && c * rows + r < n; r++) w = Math.max(w, widths[c * rows + r]);
      total += w + (c === cols - 1 ? 0 : 2);
    }
    if (total < lineWidth) {
      best = cols;
      break;
    }
  }
  const rows = Math.ceil(n / best);
  const colWidth: number[] = [];
  for (let c = 0; c < best; c++) {
    let w = 0;
    for (let r = 0; r < rows && c * rows + r < n; r++) w = Math.max(w, widths[c * rows + r]);
    colWidth.push(w + 2);
  }
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < best; c++) {
      const i = c * rows + r;
      if (i >= n) break;
      const last = c === best - 1 || (c + 1) * rows + r >= n;
      line += last ? cells[i] : cells[i] + ' '.repeat(colWidth[c] - widths[i]);
    }
    out += line + '\n';
  }
  return out;
}
