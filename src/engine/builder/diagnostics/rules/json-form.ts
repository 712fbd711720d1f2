// A `[…]` that is not valid JSON silently becomes a shell command; say so, and fix single quotes.

import { parseJsonArray } from '../../dockerfile/line-parsers';
import type { Diagnostic } from '../types';
import type { Rule } from './rule';

const JSON_CAPABLE = new Set(['run', 'cmd', 'entrypoint', 'shell', 'copy', 'add', 'volume', 'healthcheck']);

export const jsonForm: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const { node } of src.nodes) {
    const keyword = node.value.toLowerCase();
    if (!JSON_CAPABLE.has(keyword) || node.json) continue;
    const text = keyword === 'healthcheck' ? node.args.slice(1).join(' ') : node.args.join(' ');
    if (!text.trimStart().startsWith('[')) continue;
    const range = src.find(node, /\[.*$/);
    const diag: Diagnostic = {
      ...range,
      code: 'json-form',
      severity: 'warning',
      message:
        'Ce tableau n\'est pas du JSON valide : Docker le traitera comme une commande shell. En forme exec, chaque élément s\'écrit entre guillemets doubles : ["echo", "bonjour"].',
    };
    const candidate = src
      .line(range.startLine)
      .slice(range.startColumn - 1)
      .replace(/'/g, '"');
    if (range.startLine === node.endLine && safeArray(candidate)) {
      diag.fix = { title: 'Utiliser des guillemets doubles', edits: [{ range, text: candidate }] };
    }
    out.push(diag);
  }
  return out;
};

function safeArray(text: string): boolean {
  try {
    return parseJsonArray(text) !== null;
  } catch {
    return false;
  }
}
