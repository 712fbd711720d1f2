// Go's text/tabwriter (minwidth 10, tabwidth 1, padding 3, padchar ' ', no flags: the docker CLI's
// table writer), including its column blocks: a column's width is computed over the run of adjacent
// lines that have a cell in it. Cell widths count code points, as Go counts runes.

interface Options {
  minwidth: number;
  padding: number;
}

const DOCKER: Options = { minwidth: 10, padding: 3 };

function runeLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function tabwrite(text: string, opts: Options = DOCKER): string {
  const endsWithNewline = text.endsWith('\n');
  const rawLines = text.split('\n');
  if (endsWithNewline) rawLines.pop();
  const lines = rawLines.map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let s = '';
      cells.forEach((c, j) => {
        s += c;
        if (j < widths.length && j < cells.length - 1) s += ' '.repeat(Math.max(0, widths[j] - runeLen(c)));
      });
      out.push(s);
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= lines[cur].length - 1) continue;
      writeLines(line0, cur);
      line0 = cur;
      let width = opts.minwidth;
      for (; cur < line1; cur++) {
        const cells = lines[cur];
        if (column >= cells.length - 1) break;
        width = Math.max(width, runeLen(cells[column]) + opts.padding);
      }
      widths.push(width);
      format(line0, cur);
      widths.pop();
      line0 = cur;
      cur--;
    }
    writeLines(line0, line1);
  };

  // Blocks are independent between lines that hold a single cell (tabwriter flushes there).
  format(0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}
