// CMD/ENTRYPOINT in shell form run under /bin/sh -c, which does not forward SIGTERM to the program.

import type { Diagnostic } from '../types';
import type { Rule } from './rule';

const SHELL_SYNTAX = /[|&;<>()$`\\"'*?~#{}[\]=]/;

export const shellFormCmd: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const { node, instruction: i } of src.nodes) {
    if (!i || (i.kind !== 'cmd' && i.kind !== 'entrypoint') || !i.prependShell || i.cmdLine.length === 0)
      continue;
    const command = i.cmdLine[0];
    const keyword = node.value.toUpperCase();
    const diag: Diagnostic = {
      ...src.linesRange(node.startLine, node.endLine),
      startColumn: src.keyword(node).startColumn,
      code: 'shell-form-cmd',
      severity: 'info',
      message: `Forme shell : la commande tourne sous /bin/sh -c, qui ne transmet pas les signaux. docker stop attendra 10 secondes avant de tuer le conteneur. Préférez la forme exec : ${keyword} ["programme", "argument"].`,
    };
    if (!SHELL_SYNTAX.test(command) && node.startLine === node.endLine) {
      const words = command.trim().split(/\s+/);
      diag.fix = {
        title: 'Passer en forme exec',
        edits: [
          src.replaceNode(
            node,
            `${src.indent(node)}${node.value} ${JSON.stringify(words).replace(/","/g, '", "')}`,
          ),
        ],
      };
    }
    out.push(diag);
  }
  return out;
};
