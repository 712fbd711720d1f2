// Editor diagnostics of a Dockerfile: position, severity, French message, optional quick fix.
// Positions are 1-based lines and columns; `endColumn` is exclusive (Monaco's convention).

export type Severity = 'error' | 'warning' | 'info';

export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Replace the text of `range` with `text` (an empty range inserts). */
export interface TextEdit {
  range: Range;
  text: string;
}

export interface QuickFix {
  /** French title shown in the editor's light-bulb menu. */
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic extends Range {
  /** Stable identifier of the rule (`unknown-instruction`, `apt-get-yes`…). */
  code: string;
  severity: Severity;
  /** French explanation for the student. */
  message: string;
  fix?: QuickFix;
}
