// `RUN cd dir && …` only changes directory for that RUN; WORKDIR is what lasts.

import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { runShellCommand } from './shell';

const CD = /^cd\s+([^\s;&|]+)\s*(?:&&\s*([\s\S]*))?$/;

export const runCd: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const n of src.nodes) {
    const command = runShellCommand(n);
    const m = command ? CD.exec(command.trim()) : null;
    if (!m) continue;
    const [, dir, rest] = m;
    const indent = src.indent(n.node);
    out.push({
      ...src.find(n.node, /\bcd\b/),
      code: 'run-cd',
      severity: 'warning',
      message: rest
        ? `« cd ${dir} » ne vaut que pour ce RUN. Pour travailler dans ${dir}, utilisez WORKDIR ${dir} : il s'applique à toutes les instructions suivantes.`
        : `Ce RUN ne fait rien de durable : le changement de répertoire disparaît à la fin du RUN. Utilisez WORKDIR ${dir}.`,
      fix: {
        title: `Utiliser WORKDIR ${dir}`,
        edits: [
          src.replaceNode(n.node, `${indent}WORKDIR ${dir}` + (rest ? `\n${indent}RUN ${rest.trim()}` : '')),
        ],
      },
    });
  }
  return out;
};
