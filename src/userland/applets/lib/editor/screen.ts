// Drawing a full-screen editor: the alternate screen, one absolute-positioned row at a time, so the
// output is right whether or not the terminal translates newlines.

import type { ProcessContext, WinSize } from '../../../../engine/process/types';

export const ENTER_ALT = '\x1b[?1049h\x1b[H\x1b[2J';
export const LEAVE_ALT = '\x1b[2J\x1b[?1049l';
export const INVERSE = (s: string): string => `\x1b[7m${s}\x1b[0m`;

export class Screen {
  constructor(private ctx: ProcessContext) {}

  size(): WinSize {
    return this.ctx.tty?.size() ?? { cols: 80, rows: 24 };
  }

  /** Writes `rows` (1-based screen rows → content) and puts the cursor at (row, col), 1-based. */
  draw(rows: Map<number, string>, cursor: [number, number]): void {
    let out = '\x1b[?25l';
    for (const [r, text] of rows) out += `\x1b[${r};1H${text}\x1b[K`;
    out += `\x1b[${cursor[0]};${cursor[1]}H\x1b[?25h`;
    this.ctx.stdout.write(out);
  }
}

/** Cuts or pads `s` to `width` columns (one column per code point). */
export function fit(s: string, width: number): string {
  const chars = [...s];
  return chars.length > width ? chars.slice(0, width).join('') : s + ' '.repeat(width - chars.length);
}

/** The first visible line so that `row` stays within a window of `height` lines starting at `top`. */
export function scrollTo(top: number, row: number, height: number): number {
  if (row < top) return row;
  if (row >= top + height) return row - height + 1;
  return top;
}
