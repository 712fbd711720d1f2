// Diagnostics of the builder (French, 1-based ranges) as Monaco markers and code actions.

import type { Diagnostic, TextEdit } from '../../engine/builder/diagnostics/types';

/** monaco.MarkerSeverity values. */
export const MARKER_SEVERITY = { error: 8, warning: 4, info: 2 } as const;

export interface MarkerData {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  severity: number;
  code: string;
  source: string;
}

export interface MonacoTextEdit {
  range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };
  text: string;
}

export function toMarker(d: Diagnostic): MarkerData {
  return {
    startLineNumber: d.startLine,
    startColumn: d.startColumn,
    endLineNumber: d.endLine,
    endColumn: Math.max(d.endColumn, d.startLine === d.endLine ? d.startColumn + 1 : d.endColumn),
    message: d.message,
    severity: MARKER_SEVERITY[d.severity],
    code: d.code,
    source: 'Baleine',
  };
}

export function toMonacoEdit(e: TextEdit): MonacoTextEdit {
  return {
    range: {
      startLineNumber: e.range.startLine,
      startColumn: e.range.startColumn,
      endLineNumber: e.range.endLine,
      endColumn: e.range.endColumn,
    },
    text: e.text,
  };
}

/** Whether a diagnostic's range touches the given 1-based range (to offer its quick fix there). */
export function touches(d: Diagnostic, startLine: number, endLine: number): boolean {
  return d.startLine <= endLine && d.endLine >= startLine;
}

/** The French word for a severity, for the list under the editor. */
export function severityLabel(d: Diagnostic): string {
  return d.severity === 'error' ? 'Erreur' : d.severity === 'warning' ? 'Attention' : 'Conseil';
}
