// Multi-column output on a terminal, entries running down the columns.
// GNU ls: as many columns as fit (each as wide as its longest entry plus two), padding with tabs
// where a tab stop lands (its default -T 8). BusyBox: equal columns of the longest entry plus two.

import type { Flavour } from './flavour';

/** GNU's indent(): tabs while a tab stop is not past the target column, then spaces. */
function gnuPad(from: number, to: number): string {
  let out = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      out += '\t';
      from += 8 - (from % 8);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

function layout(
  n: number,
  rows: number,
  cols: number,
  cells: string[],
  colWidth: (c: number) => number,
  widths: number[],
  pad: (from: number, to: number) => string,
): string {
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    let pos = 0;
    for (let c = 0; c < cols; c++) {
      const i = c * rows + r;
      if (i >= n) break;
      line += cells[i];
      const next = (c + 1) * rows + r;
      if (next < n) {
        line += pad(pos + widths[i], pos + colWidth(c));
        pos += colWidth(c);
      }
    }
    out += line + '\n';
  }
  return out;
}

/** `widths[i]` is the printed width of `cells[i]` (colour codes excluded). */
export function columns(
  cells: string[],
  widths: number[],
  lineWidth: number,
  flavour: Flavour = 'gnu',
): string {
  const n = cells.length;
  if (n === 0) return '';
  if (flavour === 'busybox') {
    const colWidth = Math.max(...widths) + 2;
    const cols = Math.max(1, Math.min(n, Math.floor(lineWidth / colWidth)));
    const rows = Math.ceil(n / cols);
    return layout(
      n,
      rows,
      Math.ceil(n / rows),
      cells,
      () => colWidth,
      widths,
      (from, to) => ' '.repeat(to - from),
    );
  }
  let best = 1;
  let bestWidths = [Math.max(...widths)];
  for (let cols = Math.min(n, Math.max(1, Math.floor(lineWidth / 3))); cols > 1; cols--) {
    const rows = Math.ceil(n / cols);
    const colWidths: number[] = [];
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let r = 0; r < rows && c * rows + r < n; r++) w = Math.max(w, widths[c * rows + r]);
      colWidths.push(w + 2);
    }
    const total = colWidths.reduce((s, w) => s + w, 0) - 2;
    if (total < lineWidth) {
      best = cols;
      bestWidths = colWidths;
      break;
    }
  }
  const rows = Math.ceil(n / best);
  return layout(n, rows, best, cells, (c) => bestWidths[c], widths, gnuPad);
}
