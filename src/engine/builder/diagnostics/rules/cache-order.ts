// Layer cache: copy the dependency manifests and install dependencies before copying the sources,
// so that editing a source file does not re-run the installation.

import type { CopyInstruction } from '../../dockerfile/instructions/types';
import type { AnalysedNode } from '../source';
import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { runShellCommand } from './shell';

interface Ecosystem {
  install: RegExp;
  /** What to copy first (COPY sources). */
  manifests: string;
  /** The file named in the advice. */
  named: string;
}

const ECOSYSTEMS: Ecosystem[] = [
  { install: /\bnpm\s+(?:ci|install|i)\b/, manifests: 'package*.json', named: 'package.json' },
  { install: /\byarn(?:\s+install)?\b/, manifests: 'package.json yarn.lock', named: 'package.json' },
  { install: /\bpnpm\s+(?:install|i)\b/, manifests: 'package.json pnpm-lock.yaml', named: 'package.json' },
  {
    install: /\bpip3?\s+install\b.*-r\s+requirements\.txt/,
    manifests: 'requirements.txt',
    named: 'requirements.txt',
  },
  { install: /\bgo\s+mod\s+download\b/, manifests: 'go.mod go.sum', named: 'go.mod' },
  { install: /\bbundle\s+install\b/, manifests: 'Gemfile Gemfile.lock', named: 'Gemfile' },
  { install: /\bcomposer\s+install\b/, manifests: 'composer.json composer.lock', named: 'composer.json' },
];

function copiesWholeContext(n: AnalysedNode): n is AnalysedNode & { instruction: CopyInstruction } {
  const i = n.instruction;
  return !!i && i.kind === 'copy' && i.from === '' && i.sources.some((s) => s === '.' || s === './');
}

function copiesManifest(n: AnalysedNode, named: string): boolean {
  const i = n.instruction;
  return (
    !!i && (i.kind === 'copy' || i.kind === 'add') && i.sources.some((s) => s.includes(named.split('.')[0]))
  );
}

export const cacheOrder: Rule = (src) => {
  const out: Diagnostic[] = [];
  src.nodes.forEach((copy, index) => {
    if (!copiesWholeContext(copy)) return;
    const stageNodes = src.nodes.filter((n) => n.stage === copy.stage);
    const before = stageNodes.filter((n) => n.node.startLine < copy.node.startLine);
    for (const eco of ECOSYSTEMS) {
      if (before.some((n) => copiesManifest(n, eco.named))) continue;
      const run = src.nodes
        .slice(index + 1)
        .find((n) => n.stage === copy.stage && eco.install.test(runShellCommand(n) ?? ''));
      if (!run) continue;
      const c = copy.instruction;
      const dest = c.dest === '.' ? './' : c.dest;
      const flags = copy.node.flags.length ? copy.node.flags.join(' ') + ' ' : '';
      const indent = src.indent(copy.node);
      const runText = src.lines.slice(run.node.startLine - 1, run.node.endLine).join('\n');
      out.push({
        ...src.keyword(copy.node),
        endColumn: src.line(copy.node.startLine).length + 1,
        code: 'cache-order',
        severity: 'info',
        message: `Copiez ${eco.named} avant le reste des sources : ici, la moindre modification d'un fichier source invalide le cache et relance l'installation des dépendances. Copiez d'abord ${eco.manifests}, installez les dépendances, puis copiez le reste.`,
        fix: {
          title: `Copier ${eco.manifests} et installer les dépendances d'abord`,
          edits: [
            src.insertBefore(copy.node, `${indent}COPY ${flags}${eco.manifests} ${dest}\n${runText}\n`),
            src.deleteNode(run.node),
          ],
        },
      });
      return;
    }
  });
  return out;
};
