// apt-get in a build: `install` without -y aborts (no one answers the prompt); `update` alone in its
// own RUN is cached forever and later installs use stale package lists.

import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { runShellCommand, simpleCommands } from './shell';

const INSTALL = /^(?:apt-get|apt)\s+(?:-\S+\s+)*install\b/;
const YES = /(?:^|\s)(?:-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes)(?:\s|$)/;
const UPDATE_ALONE = /^(?:apt-get|apt)\s+(?:-\S+\s+)*update(?:\s+-\S+)*$/;

export const aptGetYes: Rule = (src) => {
  const out: Diagnostic[] = [];
  for (const n of src.nodes) {
    const command = runShellCommand(n);
    if (!command) continue;
    if (!simpleCommands(command).some((c) => INSTALL.test(c) && !YES.test(c))) continue;
    const range = src.find(n.node, /\binstall\b/);
    out.push({
      ...range,
      code: 'apt-get-yes',
      severity: 'warning',
      message:
        "apt-get install demande une confirmation, et personne ne peut répondre pendant un build : ajoutez -y, sinon la commande s'interrompt.",
      fix: {
        title: 'Ajouter -y',
        edits: [{ range: { ...range, startColumn: range.endColumn }, text: ' -y' }],
      },
    });
  }
  return out;
};

export const aptGetUpdateAlone: Rule = (src) => {
  const out: Diagnostic[] = [];
  src.nodes.forEach((n, i) => {
    const command = runShellCommand(n);
    if (!command || !UPDATE_ALONE.test(command.trim())) return;
    const diag: Diagnostic = {
      ...src.find(n.node, /\bupdate\b/),
      code: 'apt-get-update-alone',
      severity: 'warning',
      message:
        'apt-get update seul dans son RUN : cette couche reste en cache, et les installations suivantes utiliseront des listes de paquets périmées. Enchaînez-les dans le même RUN : apt-get update && apt-get install -y …',
    };
    const next = src.nodes[i + 1];
    const nextCommand = next && next.stage === n.stage ? runShellCommand(next) : null;
    if (next && nextCommand && INSTALL.test(nextCommand.trim())) {
      diag.fix = {
        title: 'Fusionner avec le RUN suivant',
        edits: [
          src.replaceNode(n.node, `${src.indent(n.node)}RUN ${command.trim()} && ${nextCommand.trim()}`),
          src.deleteNode(next.node),
        ],
      };
    }
    out.push(diag);
  });
  return out;
};
