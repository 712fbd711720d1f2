// Deprecated forms: MAINTAINER, and the legacy `ENV key value` / `LABEL key value` syntax.

import type { Diagnostic } from '../types';
import type { Rule } from './rule';

const quote = (s: string) => '"' + s.replace(/(["\\$])/g, '\\$1') + '"';

export const maintainer: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const { node, instruction: i } of src.nodes) {
    if (!i || i.kind !== 'maintainer') continue;
    out.push({
      ...src.keyword(node),
      code: 'maintainer-deprecated',
      severity: 'warning',
      message:
        'MAINTAINER est obsolète : indiquez l\'auteur avec LABEL org.opencontainers.image.authors="…".',
      fix: {
        title: 'Remplacer par un LABEL',
        edits: [
          src.replaceNode(
            node,
            `${src.indent(node)}LABEL org.opencontainers.image.authors=${quote(i.maintainer)}`,
          ),
        ],
      },
    });
  }
  return out;
};

export const legacyKeyValue: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const { node, instruction: i } of src.nodes) {
    if (!i || (i.kind !== 'env' && i.kind !== 'label') || node.args[2] !== '') continue;
    const [key, value] = [node.args[0], node.args[1]];
    const keyword = node.value.toUpperCase();
    const plain = !/[\s"'\\$]/.test(value);
    const literal = !/["\\$]/.test(value);
    const diag: Diagnostic = {
      ...src.keyword(node),
      code: 'legacy-key-value',
      severity: 'info',
      message: `Forme ancienne « ${keyword} ${key} valeur » : préférez « ${keyword} ${key}=valeur », plus claire et qui permet plusieurs paires sur une ligne.`,
    };
    if ((plain || literal) && node.startLine === node.endLine) {
      diag.fix = {
        title: `Écrire ${keyword} ${key}=…`,
        edits: [
          src.replaceNode(node, `${src.indent(node)}${node.value} ${key}=${plain ? value : quote(value)}`),
        ],
      };
    }
    out.push(diag);
  }
  return out;
};
