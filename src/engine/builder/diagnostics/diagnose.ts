// diagnose(text): the French diagnostics of a Dockerfile for the editor, as a pure function.

import { parse } from '../dockerfile/parser';
import type { Node } from '../dockerfile/ast';
import { DockerfileError } from '../dockerfile/errors';
import { frenchError } from './messages';
import { aptGetUpdateAlone, aptGetYes } from './rules/apt-get';
import { baseImageTag } from './rules/base-image-tag';
import { buildkitChecks } from './rules/buildkit-checks';
import { cacheOrder } from './rules/cache-order';
import { copyOutsideContext } from './rules/copy-outside-context';
import { legacyKeyValue, maintainer } from './rules/deprecated';
import { instructionErrors } from './rules/instruction-errors';
import { jsonForm } from './rules/json-form';
import { missingFrom } from './rules/missing-from';
import type { Rule, RuleOptions } from './rules/rule';
import { runCd } from './rules/run-cd';
import { shellFormCmd } from './rules/shell-form-cmd';
import { Source } from './source';
import type { Diagnostic } from './types';

const RULES: Rule[] = [
  instructionErrors,
  missingFrom,
  jsonForm,
  aptGetYes,
  aptGetUpdateAlone,
  copyOutsideContext,
  baseImageTag,
  cacheOrder,
  runCd,
  shellFormCmd,
  maintainer,
  legacyKeyValue,
  buildkitChecks,
];

/** At most this many syntax errors are reported before giving up on a file. */
const MAX_SYNTAX_ERRORS = 20;

/**
 * Parses what it can: a line-level syntax error becomes a diagnostic and its lines are blanked out,
 * so that the rest of the file is still checked.
 */
function parseTolerant(text: string): { nodes: Node[]; errors: Diagnostic[] } {
  const lines = text.split(/\r?\n/);
  const errors: Diagnostic[] = [];
  for (let attempt = 0; attempt < MAX_SYNTAX_ERRORS; attempt++) {
    try {
      return { nodes: parse(lines.join('\n')).children, errors };
    } catch (err) {
      const e = err instanceof DockerfileError ? err : new DockerfileError(String(err), null);
      if (e.message === 'file with no instructions') {
        if (errors.length === 0) {
          errors.push({
            startLine: 1,
            startColumn: 1,
            endLine: 1,
            endColumn: (lines[0] ?? '').length + 1,
            code: 'empty-file',
            severity: 'error',
            message: frenchError(e.message),
          });
        }
        break;
      }
      const start = Math.max(1, e.location?.start ?? 1);
      const end = Math.min(lines.length, Math.max(start, e.location?.end ?? start));
      errors.push({
        startLine: start,
        startColumn: 1,
        endLine: end,
        endColumn: (lines[end - 1] ?? '').length + 1,
        code: 'syntax',
        severity: 'error',
        message: frenchError(e.message),
      });
      for (let l = start; l <= end; l++) lines[l - 1] = '';
    }
  }
  return { nodes: [], errors };
}

export function diagnose(text: string, opts: RuleOptions = {}): Diagnostic[] {
  const { nodes, errors } = parseTolerant(text);
  const out = [...errors];
  if (nodes.length > 0) {
    const src = Source.analyse(text, nodes);
    for (const rule of RULES) out.push(...rule(src, opts));
  }
  return out.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn);
}

export type { Diagnostic, QuickFix, Range, Severity, TextEdit } from './types';
export type { RuleOptions } from './rules/rule';
