// Applies a quick fix's edits to a text (what the editor does; also used by tests and the CLI).

import type { QuickFix, TextEdit } from './types';

function offset(lines: string[], line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at += lines[l - 1].length + 1;
  return at + column - 1;
}

/** The text with every edit applied; edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const spans = edits
    .map((e) => ({
      from: offset(lines, e.range.startLine, e.range.startColumn),
      to: offset(lines, e.range.endLine, e.range.endColumn),
      text: e.text,
    }))
    .sort((a, b) => b.from - a.from);
  let out = text;
  for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

export function applyFix(text: string, fix: QuickFix): string {
  return applyEdits(text, fix.edits);
}
