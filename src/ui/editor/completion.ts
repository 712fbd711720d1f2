// What the editor proposes as you type in a Dockerfile: instructions at the start of a line, images
// (from the simulated Hub) after FROM, stage names after --from=, and each instruction's flags.

import { INSTRUCTION_DOCS } from './instruction-docs';

export interface CompletionItem {
  label: string;
  kind: 'instruction' | 'image' | 'stage' | 'flag';
  /** Text inserted (Monaco snippet syntax when `snippet`). */
  insertText: string;
  snippet: boolean;
  /** Short French description. */
  detail: string;
}

export interface CompletionResult {
  items: CompletionItem[];
  /** 1-based columns of the word being completed on the cursor's line. */
  startColumn: number;
  endColumn: number;
}

export interface CompletionOptions {
  /** Image references the Hub knows (`alpine`, `alpine:3.20`, `node:22-alpine`…). */
  images?: readonly string[];
}

const FLAGS: Record<string, [string, string][]> = {
  FROM: [['--platform=', 'plateforme cible (ex. linux/amd64)']],
  COPY: [
    ['--from=', 'copie depuis une autre étape ou une image'],
    ['--chown=', 'propriétaire des fichiers copiés (utilisateur:groupe)'],
    ['--chmod=', 'permissions des fichiers copiés (ex. 755)'],
    ['--link', 'copie dans une couche indépendante'],
  ],
  ADD: [
    ['--chown=', 'propriétaire des fichiers ajoutés'],
    ['--chmod=', 'permissions des fichiers ajoutés'],
    ['--checksum=', "empreinte attendue d'une source distante"],
  ],
  RUN: [
    ['--mount=', 'monte un cache, un secret ou des fichiers pendant la commande'],
    ['--network=', 'réseau de la commande (default, none, host)'],
  ],
  HEALTHCHECK: [
    ['--interval=', 'intervalle entre deux vérifications (ex. 30s)'],
    ['--timeout=', 'durée maximale d’une vérification'],
    ['--start-period=', 'délai de démarrage avant de compter les échecs'],
    ['--retries=', 'échecs consécutifs avant unhealthy'],
  ],
};

/** Logical lines: a line continues the previous one when that one ends with the escape character. */
function isContinuation(lines: readonly string[], line: number): boolean {
  const prev = lines[line - 2];
  return prev !== undefined && /\\[ \t]*$/.test(prev) && !/^\s*#/.test(prev);
}

function stageNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const l of lines) {
    const m = /^\s*FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)/i.exec(l);
    if (m) names.push(m[1].toLowerCase());
  }
  return names;
}

export function complete(
  text: string,
  line: number,
  column: number,
  opts: CompletionOptions = {},
): CompletionResult {
  const lines = text.split(/\r?\n/);
  const current = lines[line - 1] ?? '';
  const before = current.slice(0, column - 1);
  const wordStart = before.search(/[^\s]*$/);
  const word = before.slice(wordStart);
  const range = { startColumn: wordStart + 1, endColumn: column };
  if (/^\s*#/.test(current)) return { items: [], ...range };

  if (!isContinuation(lines, line) && /^\s*[A-Za-z]*$/.test(before)) {
    const upper = word === word.toLowerCase() && word !== '';
    const items = [...INSTRUCTION_DOCS.values()]
      .filter((d) => d.keyword.startsWith(word.toUpperCase()) && d.keyword !== 'MAINTAINER')
      .map((d) => ({
        label: d.keyword,
        kind: 'instruction' as const,
        insertText: upper ? d.snippet.replace(d.keyword, d.keyword.toLowerCase()) : d.snippet,
        snippet: true,
        detail: d.summary.split('. ')[0] + '.',
      }));
    return { items, ...range };
  }

  const keyword = (/^\s*([A-Za-z]+)/.exec(current)?.[1] ?? '').toUpperCase();
  const fromValue = /--from=(\S*)$/.exec(before);
  if (keyword === 'COPY' && fromValue) {
    const items = stageNames(lines).map((name) => ({
      label: name,
      kind: 'stage' as const,
      insertText: name,
      snippet: false,
      detail: 'étape du Dockerfile',
    }));
    return { items, startColumn: column - fromValue[1].length, endColumn: column };
  }
  if (word.startsWith('-') && FLAGS[keyword]) {
    const items = FLAGS[keyword]
      .filter(([flag]) => flag.startsWith(word))
      .map(([flag, detail]) => ({
        label: flag,
        kind: 'flag' as const,
        insertText: flag,
        snippet: false,
        detail,
      }));
    return { items, ...range };
  }
  const args = before
    .replace(/^\s*[A-Za-z]+\s+/, '')
    .split(/\s+/)
    .filter((a) => !a.startsWith('--'));
  if (keyword === 'FROM' && args.length <= 1) {
    const images = [...(opts.images ?? []), 'scratch'].filter((ref) => ref.startsWith(word));
    const stages = stageNames(lines.slice(0, line - 1)).filter((n) => n.startsWith(word));
    const items: CompletionItem[] = [
      ...stages.map((name) => ({
        label: name,
        kind: 'stage' as const,
        insertText: name,
        snippet: false,
        detail: 'étape précédente',
      })),
      ...images.map((ref) => ({
        label: ref,
        kind: 'image' as const,
        insertText: ref,
        snippet: false,
        detail: ref === 'scratch' ? 'image vide' : 'image du Docker Hub simulé',
      })),
    ];
    return { items, ...range };
  }
  return { items: [], ...range };
}
