// BuildKit's Dockerfile checks (frontend/dockerfile/linter): the warnings a current `docker build`
// prints (`JSONArgsRecommended: … (line 3)`), with BuildKit's rule names and English wording.

import type { Node, ParseResult } from './dockerfile/ast';
import type { LineRange } from './dockerfile/errors';
import type { Dockerfile } from './dockerfile/instructions/types';
import { ShellLex } from './dockerfile/shell-lex';
import { suggest } from './dockerfile/suggest';

export interface LintWarning {
  rule: string;
  description: string;
  url: string;
  message: string;
  location: LineRange;
}

const RULES = {
  StageNameCasing: 'Stage names should be lowercase',
  FromAsCasing: "The 'as' keyword should match the case of the 'from' keyword",
  NoEmptyContinuation: 'Empty continuation lines will become errors in a future release',
  ConsistentInstructionCasing:
    'All commands within the Dockerfile should use the same casing (either upper or lower)',
  DuplicateStageName: 'Stage names should be unique',
  ReservedStageName: 'Reserved words should not be used as stage names',
  JSONArgsRecommended:
    'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  MaintainerDeprecated:
    'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  UndefinedArgInFrom: 'FROM command must use declared ARGs',
  WorkdirRelativePath:
    'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  MultipleInstructionsDisallowed:
    'Multiple instructions of the same type should not be used in the same stage',
  LegacyKeyValueFormat: 'Legacy key/value format with whitespace separator should not be used',
  SecretsUsedInArgOrEnv: 'Sensitive data should not be used in the ARG or ENV commands',
  ExposeProtoCasing: 'Protocol in EXPOSE instruction should be lowercase',
} as const;

type RuleName = keyof typeof RULES;

function urlOf(name: string): string {
  const slug = name
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/JSON/, 'json')
    .toLowerCase();
  return `https://docs.docker.com/go/dockerfile/rule/${slug}/`;
}

const BUILTIN_ARGS = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
]);
const SECRET =
  /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pass|pword|passwd|secret|token)(?:_|$)/i;

/** The `short` text BuildKit shows: `Rule: message (line N)`. */
export function lintShort(w: LintWarning): string {
  return `${w.rule}: ${w.message}${w.location.start > 0 ? ` (line ${w.location.start})` : ''}`;
}

export interface CheckConfig {
  skip: Set<string>;
  skipAll: boolean;
  /** `error=true`: warnings fail the build. */
  error: boolean;
}

/** The `# check=` directive (`skip=A,B;error=true`), as BuildKit's ParseLintOptions reads it. */
export function parseCheckDirective(value: string | null): CheckConfig {
  const config: CheckConfig = { skip: new Set(), skipAll: false, error: false };
  const text = (value ?? '').trim();
  if (text === '') return config;
  for (const part of text.split(';', 2)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`invalid check option "${part}"`);
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (v === 'all') config.skipAll = true;
      else for (const r of v.split(',')) config.skip.add(r.trim());
    } else if (key === 'error') {
      if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(v)) {
        throw new Error(
          `failed to parse check option "${part}": strconv.ParseBool: parsing "${v}": invalid syntax`,
        );
      }
      config.error = /^(1|t|T|TRUE|true|True)$/.test(v);
    } else throw new Error(`invalid check option "${key}"`);
  }
  return config;
}

/** BuildKit's error when `# check=error=true` and some check failed. */
export function lintViolation(warnings: readonly LintWarning[]): string {
  return `lint violation found for rules: ${[...new Set(warnings.map((w) => w.rule))].join(', ')}`;
}

export function lintDockerfile(parsed: ParseResult, df: Dockerfile): LintWarning[] {
  const config = parseCheckDirective(parsed.check);
  if (config.skipAll) return [];
  return lintAll(parsed, df).filter((w) => !config.skip.has(w.rule));
}

function lintAll(parsed: ParseResult, df: Dockerfile): LintWarning[] {
  const out: LintWarning[] = [];
  const warn = (rule: RuleName, message: string, node: { startLine: number; endLine: number }) =>
    out.push({
      rule,
      description: RULES[rule],
      url: urlOf(rule),
      message,
      location: { start: node.startLine, end: node.endLine },
    });
  const nodes = parsed.children;

  // Empty continuation lines (the parser's warnings carry the joined line; find its node).
  for (const w of parsed.warnings) {
    const line = /found in:\n {4}(.*)$/s.exec(w)?.[1];
    const node = line !== undefined ? nodes.find((n) => n.original === line) : undefined;
    if (node) warn('NoEmptyContinuation', 'Empty continuation line', node);
  }

  // Casing: the majority wins; each instruction of the other casing is reported.
  const isLower = (n: Node) => n.value === n.value.toLowerCase();
  const isUpper = (n: Node) => n.value === n.value.toUpperCase();
  const lower = nodes.filter(isLower).length;
  const upper = nodes.filter(isUpper).length;
  const majority = lower > upper ? 'lowercase' : 'uppercase';
  for (const n of nodes) {
    if ((majority === 'uppercase' && !isUpper(n)) || (majority === 'lowercase' && !isLower(n))) {
      warn(
        'ConsistentInstructionCasing',
        `Command '${n.value}' should match the case of the command majority (${majority})`,
        n,
      );
    }
  }

  const metaArgs = new Set(df.metaArgs.flatMap((a) => a.args.map((x) => x.key)));
  const stageNames = new Set<string>();
  for (const n of nodes) {
    if (n.value.toLowerCase() !== 'from' || n.args.length === 0) continue;
    if (n.args.length === 3) {
      const [, as, name] = n.args;
      if ((isUpper(n) && as !== as.toUpperCase()) || (isLower(n) && as !== as.toLowerCase())) {
        warn('FromAsCasing', `'${as}' and '${n.value}' keywords' casing do not match`, n);
      }
      if (name !== name.toLowerCase()) warn('StageNameCasing', `Stage name '${name}' should be lowercase`, n);
      const lowerName = name.toLowerCase();
      if (lowerName === 'context' || lowerName === 'scratch') {
        warn(
          'ReservedStageName',
          `Stage name should not use the same name as reserved stage "${lowerName}"`,
          n,
        );
      }
      if (stageNames.has(lowerName)) {
        warn('DuplicateStageName', `Duplicate stage name "${lowerName}", stage names should be unique`, n);
      }
      stageNames.add(lowerName);
    }
    const lex = new ShellLex({ skipUnsetEnv: true });
    for (const name of lex.process(n.args[0], new Map()).unmatched) {
      if (metaArgs.has(name) || BUILTIN_ARGS.has(name)) continue;
      const s = suggest(name, [...metaArgs, ...BUILTIN_ARGS], true);
      warn(
        'UndefinedArgInFrom',
        `FROM argument '${name}' is not declared${s ? ` (did you mean ${s}?)` : ''}`,
        n,
      );
    }
  }

  for (const a of df.metaArgs)
    checkSecrets(
      a.args.map((x) => x.key),
      'ARG',
      a.location,
      out,
    );
  let workdirSet = false;
  for (const stage of df.stages) {
    const seen = new Map<string, { startLine: number; endLine: number }[]>();
    let shellSet = false;
    for (const c of stage.commands) {
      const at = { startLine: c.location.start, endLine: c.location.end };
      switch (c.kind) {
        case 'shell':
          shellSet = true;
          break;
        case 'cmd':
        case 'entrypoint':
          if (c.prependShell && !shellSet)
            warn(
              'JSONArgsRecommended',
              `JSON arguments recommended for ${c.kind.toUpperCase()} to prevent unintended behavior related to OS signals`,
              at,
            );
          break;
        case 'maintainer':
          warn('MaintainerDeprecated', 'Maintainer instruction is deprecated in favor of using label', at);
          break;
        case 'workdir':
          if (!workdirSet && !c.path.startsWith('/') && !c.path.startsWith('$')) {
            warn(
              'WorkdirRelativePath',
              `Relative workdir "${c.path}" can have unexpected results if the base image changes`,
              at,
            );
          }
          workdirSet = true;
          break;
        case 'expose':
          for (const p of c.ports) {
            const proto = p.split('/')[1];
            if (proto && proto !== proto.toLowerCase())
              warn(
                'ExposeProtoCasing',
                `Defined protocol '${p}' in EXPOSE instruction should be lowercase`,
                at,
              );
          }
          break;
        case 'env':
          checkSecrets(
            c.env.map((e) => e.key),
            'ENV',
            c.location,
            out,
          );
          break;
        case 'arg':
          checkSecrets(
            c.args.map((x) => x.key),
            'ARG',
            c.location,
            out,
          );
          break;
      }
      if (c.kind === 'env' || c.kind === 'label') {
        const node = nodes.find((n) => n.startLine === c.location.start);
        if (node && node.args[2] === '')
          warn(
            'LegacyKeyValueFormat',
            `"${c.kind.toUpperCase()} key=value" should be used instead of legacy "${c.kind.toUpperCase()} key value" format`,
            at,
          );
      }
      if (c.kind === 'cmd' || c.kind === 'entrypoint' || c.kind === 'healthcheck') {
        seen.set(c.kind, [...(seen.get(c.kind) ?? []), at]);
      }
    }
    for (const [kind, list] of seen) {
      for (const at of list.slice(0, -1)) {
        warn(
          'MultipleInstructionsDisallowed',
          `Multiple ${kind.toUpperCase()} instructions should not be used in the same stage because only the last one will be used`,
          at,
        );
      }
    }
  }
  return out.sort((a, b) => a.location.start - b.location.start);
}

function checkSecrets(keys: string[], instruction: string, location: LineRange, out: LintWarning[]): void {
  for (const key of keys) {
    if (!SECRET.test(key)) continue;
    out.push({
      rule: 'SecretsUsedInArgOrEnv',
      description: RULES.SecretsUsedInArgOrEnv,
      url: urlOf('SecretsUsedInArgOrEnv'),
      message: `Do not use ARG or ENV instructions for sensitive data (${instruction} "${key}")`,
      location,
    });
  }
}
