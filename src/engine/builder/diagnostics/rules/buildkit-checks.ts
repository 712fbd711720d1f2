// BuildKit's own checks (the warnings `docker build` prints), explained in French in the editor,
// with a quick fix where one is obvious. JSONArgsRecommended, LegacyKeyValueFormat and
// MaintainerDeprecated have rules of their own (shell-form-cmd, deprecated).

import { parseDockerfile } from '../../dockerfile/instructions/parse';
import { parse } from '../../dockerfile/parser';
import { lintDockerfile, type LintWarning } from '../../lint';
import type { Source } from '../source';
import type { Diagnostic, QuickFix, Range } from '../types';
import type { Rule } from './rule';

type Explain = (w: LintWarning, src: Source) => { message: string; range?: Range; fix?: QuickFix } | null;

function quoted(message: string, n: number): string | undefined {
  return [...message.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2])[n];
}

function lineRange(src: Source, line: number, needle: string | RegExp): Range | undefined {
  const text = src.line(line);
  const m = typeof needle === 'string' ? { index: text.indexOf(needle), 0: needle } : needle.exec(text);
  if (!m || m.index === undefined || m.index < 0) return undefined;
  return { startLine: line, startColumn: m.index + 1, endLine: line, endColumn: m.index + m[0].length + 1 };
}

function replace(title: string, range: Range | undefined, text: string): QuickFix | undefined {
  return range ? { title, edits: [{ range, text }] } : undefined;
}

const EXPLAIN: Record<string, Explain> = {
  FromAsCasing(w, src) {
    const range = lineRange(src, w.location.start, /\s(as)\s/i);
    const inner = range && { ...range, startColumn: range.startColumn + 1, endColumn: range.endColumn - 1 };
    const from = src.line(w.location.start).trim().slice(0, 4);
    const as = from === from.toUpperCase() ? 'AS' : 'as';
    return {
      message: `« ${quoted(w.message, 0)} » et « ${from} » n'ont pas la même casse : écrivez « ${as} ».`,
      range: inner,
      fix: replace(`Écrire ${as}`, inner, as),
    };
  },
  StageNameCasing(w, src) {
    const name = quoted(w.message, 0)!;
    const range = lineRange(src, w.location.start, new RegExp(`\\b${name}\\b`));
    return {
      message: `Nom d'étape « ${name} » : écrivez-le en minuscules (Docker le convertit de toute façon, et --from=${name.toLowerCase()} le désigne).`,
      range,
      fix: replace(`Écrire ${name.toLowerCase()}`, range, name.toLowerCase()),
    };
  },
  DuplicateStageName: (w) => ({
    message: `Deux étapes s'appellent « ${quoted(w.message, 0)} » : donnez-leur des noms différents, sinon --from et --target sont ambigus.`,
  }),
  ReservedStageName: (w) => ({
    message: `« ${quoted(w.message, 0)} » est un nom réservé par Docker : choisissez un autre nom d'étape.`,
  }),
  UndefinedArgInFrom(w, src) {
    const name = quoted(w.message, 0)!;
    const suggestion = /did you mean ([^?]+)\?/.exec(w.message)?.[1];
    const range = lineRange(src, w.location.start, new RegExp(`\\$\\{?${name}\\b`));
    const inner = range && lineRange(src, w.location.start, new RegExp(`(?<=\\$\\{?)${name}\\b`));
    return {
      message: `FROM utilise $${name}, qu'aucun ARG ne déclare avant le premier FROM${suggestion ? ` (vouliez-vous dire $${suggestion} ?)` : ''}.`,
      range,
      fix: suggestion ? replace(`Utiliser $${suggestion}`, inner, suggestion) : undefined,
    };
  },
  WorkdirRelativePath(w, src) {
    const path = quoted(w.message, 0)!;
    const range = lineRange(src, w.location.start, path);
    return {
      message: `WORKDIR ${path} est relatif : son sens dépend du dossier de travail de l'image de base. Préférez un chemin absolu, comme /${path}.`,
      range,
      fix: replace(`Écrire /${path}`, range, `/${path}`),
    };
  },
  MultipleInstructionsDisallowed(w, src) {
    const kind = /Multiple (\w+) instructions/.exec(w.message)![1];
    const node = src.nodes.find((n) => n.node.startLine === w.location.start)?.node;
    return {
      message: `Plusieurs ${kind} dans la même étape : seul le dernier compte, celui-ci ne sert à rien.`,
      fix: node ? { title: `Supprimer ce ${kind}`, edits: [src.deleteNode(node)] } : undefined,
    };
  },
  SecretsUsedInArgOrEnv: (w) => ({
    message: `${quoted(w.message, 0)} ressemble à un secret : une valeur passée par ARG ou ENV reste lisible dans l'image (docker history, docker image inspect). Utilisez plutôt RUN --mount=type=secret.`,
  }),
  ExposeProtoCasing(w, src) {
    const port = quoted(w.message, 0)!;
    const range = lineRange(src, w.location.start, port);
    return {
      message: `Protocole en majuscules dans EXPOSE : écrivez ${port.toLowerCase()}.`,
      range,
      fix: replace(`Écrire ${port.toLowerCase()}`, range, port.toLowerCase()),
    };
  },
  ConsistentInstructionCasing(w, src) {
    const word = quoted(w.message, 0)!;
    const upper = w.message.includes('(uppercase)');
    const wanted = upper ? word.toUpperCase() : word.toLowerCase();
    const node = src.nodes.find((n) => n.node.startLine === w.location.start)?.node;
    const range = node ? src.keyword(node) : undefined;
    return {
      message: `Écrivez les instructions toujours de la même façon : ici ${upper ? 'en majuscules' : 'en minuscules'}, donc « ${wanted} ».`,
      range,
      fix: replace(`Écrire ${wanted}`, range, wanted),
    };
  },
  NoEmptyContinuation: () => ({
    message:
      "Ligne vide au milieu d'une instruction continuée par \\ : Docker l'ignore pour l'instant, mais la refusera dans une version future.",
  }),
};

export const buildkitChecks: Rule = (src) => {
  let warnings: LintWarning[];
  try {
    warnings = lintDockerfile(parse(src.text), parseDockerfile(src.text));
  } catch {
    return [];
  }
  const out: Diagnostic[] = [];
  for (const w of warnings) {
    const explain = EXPLAIN[w.rule];
    const e = explain?.(w, src);
    if (!e) continue;
    const range = e.range ?? src.linesRange(w.location.start, w.location.start);
    out.push({
      ...range,
      code: w.rule,
      severity: 'warning',
      message: e.message,
      ...(e.fix ? { fix: e.fix } : {}),
    });
  }
  return out;
};
