// Instructions Docker rejects: unknown keywords (with a "did you mean" fix) and invalid arguments.

import { INSTRUCTIONS } from '../../dockerfile/line-parsers';
import { suggest } from '../../dockerfile/suggest';
import { frenchError } from '../messages';
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

export const instructionErrors: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const { node, error } of src.nodes) {
    if (!error) continue;
    if (/^unknown instruction: /.test(error.message)) {
      const range = src.keyword(node);
      const match = suggest(node.value, INSTRUCTIONS);
      out.push({
        ...range,
        code: 'unknown-instruction',
        severity: 'error',
        message: match
          ? `Instruction inconnue : « ${node.value} ». Vouliez-vous dire « ${match} » ?`
          : `Instruction inconnue : « ${node.value} ». Les instructions sont FROM, RUN, COPY, CMD, ENV, WORKDIR…`,
        ...(match ? { fix: { title: `Remplacer par ${match}`, edits: [{ range, text: match }] } } : {}),
      });
    } else {
      out.push({
        ...src.linesRange(node.startLine, node.endLine),
        code: 'invalid-instruction',
        severity: 'error',
        message: frenchError(error.message),
      });
    }
  }
  return out;
};
