// From parse-tree nodes to typed instructions and build stages, with BuildKit's errors.

import type { Node } from '../ast';
import { DockerfileError, withLocation } from '../errors';
import { parseGoDuration } from '../go-duration';
import { chompHeredocContent, parseHeredoc } from '../heredoc';
import { INSTRUCTIONS } from '../line-parsers';
import { parse } from '../parser';
import { withSuggestion } from '../suggest';
import { trimSpace } from '../unicode';
import { BFlags } from './bflags';
import { parseRunMount } from './run-mount';
import type * as T from './types';

interface Request {
  node: Node;
  args: string[];
  flags: BFlags;
  base: { name: string; code: string; location: T.Stage['location'] };
}

/** Arguments of a node; ONBUILD's wrapped instruction becomes its keyword followed by its arguments. */
function nodeArgs(node: Node): string[] {
  return node.sub ? [...node.args, node.sub.value, ...nodeArgs(node.sub)] : node.args;
}

function request(node: Node): Request {
  return {
    node,
    args: nodeArgs(node),
    flags: new BFlags(node.flags),
    base: {
      name: node.value.toLowerCase(),
      code: trimSpace(node.original),
      location: { start: node.startLine, end: node.endLine },
    },
  };
}

const atLeastOne = (cmd: string) => new Error(`${cmd} requires at least one argument`);
const exactlyOne = (cmd: string) => new Error(`${cmd} requires exactly one argument`);
const noDestination = (cmd: string) =>
  new Error(
    `${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`,
  );

function handleJsonArgs(args: string[], json: boolean): string[] {
  if (args.length === 0) return [];
  return json ? args : [args.join(' ')];
}

function kvps(args: string[], cmd: string): T.KeyValue[] {
  if (args.length === 0) throw atLeastOne(cmd);
  if (args.length % 3 !== 0) throw new Error(`Bad input to ${cmd}, too many arguments`);
  const out: T.KeyValue[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j].length === 0) throw new Error(`${cmd} names can not be blank`);
    out.push({ key: args[j], value: args[j + 1] });
  }
  return out;
}

function cmdLine(req: Request): T.CmdLine {
  return {
    cmdLine: handleJsonArgs(req.args, req.node.json),
    prependShell: !req.node.json,
    files: req.node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp })),
  };
}

function sourcesAndDest(req: Request, cmd: string) {
  const srcs = req.args.slice(0, -1);
  const dest = req.args[req.args.length - 1];
  if (parseHeredoc(dest)) throw new Error(`${cmd} cannot accept a heredoc as a destination`);
  const byName = new Map(req.node.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const contents: T.SourceContent[] = [];
  for (const src of srcs) {
    const doc = parseHeredoc(src);
    if (doc) {
      const content = byName.get(doc.name)?.content ?? '';
      contents.push({
        path: doc.name,
        data: doc.chomp ? chompHeredocContent(content) : content,
        expand: doc.expand,
      });
    } else sources.push(src);
  }
  return { sources, contents, dest };
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

function parseOptInterval(name: string, value: string): number | undefined {
  if (value === '') return undefined;
  const d = parseGoDuration(value);
  if (d === 0) return undefined;
  if (d < 1e6) throw new Error(`Interval "${name}" cannot be less than 1ms`);
  return d;
}

type Parser = (req: Request) => T.Instruction;

const PARSERS: Record<string, Parser> = {
  env(req) {
    req.flags.parse();
    return { ...req.base, kind: 'env', env: kvps(req.args, 'ENV') };
  },
  maintainer(req) {
    if (req.args.length !== 1) throw exactlyOne('MAINTAINER');
    req.flags.parse();
    return { ...req.base, kind: 'maintainer', maintainer: req.args[0] };
  },
  label(req) {
    req.flags.parse();
    return { ...req.base, kind: 'label', labels: kvps(req.args, 'LABEL') };
  },
  add(req) {
    if (req.args.length < 2) throw noDestination('ADD');
    const chown = req.flags.addString('chown');
    const chmod = req.flags.addString('chmod');
    const link = req.flags.addBool('link');
    const keepGitDir = req.flags.addBool('keep-git-dir');
    const checksum = req.flags.addString('checksum');
    req.flags.parse();
    return {
      ...req.base,
      kind: 'add',
      ...sourcesAndDest(req, 'ADD'),
      chown: chown.value,
      chmod: chmod.value,
      link: link.value === 'true',
      keepGitDir: keepGitDir.value === 'true',
      checksum: checksum.value,
    };
  },
  copy(req) {
    if (req.args.length < 2) throw noDestination('COPY');
    const chown = req.flags.addString('chown');
    const from = req.flags.addString('from');
    const chmod = req.flags.addString('chmod');
    const link = req.flags.addBool('link');
    req.flags.parse();
    return {
      ...req.base,
      kind: 'copy',
      ...sourcesAndDest(req, 'COPY'),
      from: from.value,
      chown: chown.value,
      chmod: chmod.value,
      link: link.value === 'true',
    };
  },
  from(req) {
    const args = req.args;
    let stageName = '';
    if (args.length === 3 && args[1].toLowerCase() === 'as') {
      stageName = args[2].toLowerCase();
      if (!STAGE_NAME.test(stageName)) {
        throw new Error(
          `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`,
        );
      }
    } else if (args.length !== 1) throw new Error('FROM requires either one or three arguments');
    const platform = req.flags.addString('platform');
    req.flags.parse();
    return { ...req.base, kind: 'from', baseName: args[0], stageName, platform: platform.value };
  },
  onbuild(req) {
    if (req.args.length === 0) throw atLeastOne('ONBUILD');
    req.flags.parse();
    const trigger = trimSpace(req.args[0]).toUpperCase();
    if (trigger === 'ONBUILD') throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    if (trigger === 'MAINTAINER' || trigger === 'FROM')
      throw new Error(`${trigger} isn't allowed as an ONBUILD trigger`);
    let expression = req.node.original.replace(/^\s*ONBUILD\s*/i, '');
    for (const h of req.node.heredocs) expression += '\n' + h.content + h.name;
    return { ...req.base, kind: 'onbuild', expression };
  },
  workdir(req) {
    if (req.args.length !== 1) throw exactlyOne('WORKDIR');
    req.flags.parse();
    return { ...req.base, kind: 'workdir', path: req.args[0] };
  },
  run(req) {
    const mount = req.flags.addStrings('mount');
    const network = req.flags.addString('network');
    const security = req.flags.addString('security');
    req.flags.parse();
    const mounts = mount.values.map((v) => parseRunMount(v));
    if (!['', 'default', 'none', 'host'].includes(network.value)) {
      throw new Error(`unsupported network mode "${network.value}"`);
    }
    if (!['', 'sandbox', 'insecure'].includes(security.value)) {
      throw new Error(`unsupported security mode "${security.value}"`);
    }
    return {
      ...req.base,
      kind: 'run',
      ...cmdLine(req),
      mounts,
      network: network.value as T.RunInstruction['network'],
      security: security.value as T.RunInstruction['security'],
      flagsUsed: req.flags.used(),
    };
  },
  cmd(req) {
    req.flags.parse();
    return { ...req.base, kind: 'cmd', ...cmdLine(req) };
  },
  entrypoint(req) {
    req.flags.parse();
    return { ...req.base, kind: 'entrypoint', ...cmdLine(req) };
  },
  healthcheck(req) {
    if (req.args.length === 0) throw atLeastOne('HEALTHCHECK');
    const type = req.args[0].toUpperCase();
    const rest = req.args.slice(1);
    if (type === 'NONE') {
      if (rest.length !== 0) throw new Error('HEALTHCHECK NONE takes no arguments');
      return { ...req.base, kind: 'healthcheck', health: { Test: ['NONE'] } };
    }
    const interval = req.flags.addString('interval');
    const timeout = req.flags.addString('timeout');
    const startPeriod = req.flags.addString('start-period');
    const startInterval = req.flags.addString('start-interval');
    const retries = req.flags.addString('retries');
    req.flags.parse();
    if (type !== 'CMD') throw new Error(`Unknown type "${type}" in HEALTHCHECK (try CMD)`);
    const cmd = handleJsonArgs(rest, req.node.json);
    if (cmd.length === 0) throw new Error('Missing command after HEALTHCHECK CMD');
    const health: T.HealthConfig = { Test: [req.node.json ? 'CMD' : 'CMD-SHELL', ...cmd] };
    const set = (
      key: 'Interval' | 'Timeout' | 'StartPeriod' | 'StartInterval',
      name: string,
      value: string,
    ) => {
      const d = parseOptInterval(name, value);
      if (d !== undefined) health[key] = d;
    };
    set('Interval', 'interval', interval.value);
    set('Timeout', 'timeout', timeout.value);
    set('StartPeriod', 'start-period', startPeriod.value);
    set('StartInterval', 'start-interval', startInterval.value);
    if (retries.value !== '') {
      if (!/^[+-]?\d+$/.test(retries.value)) {
        throw new Error(`strconv.ParseInt: parsing "${retries.value}": invalid syntax`);
      }
      const n = Number(retries.value);
      if (n < 0) throw new Error(`--retries cannot be negative (${n})`);
      if (n > 0) health.Retries = n;
    }
    return { ...req.base, kind: 'healthcheck', health };
  },
  expose(req) {
    if (req.args.length === 0) throw atLeastOne('EXPOSE');
    req.flags.parse();
    return { ...req.base, kind: 'expose', ports: [...req.args].sort() };
  },
  user(req) {
    if (req.args.length !== 1) throw exactlyOne('USER');
    req.flags.parse();
    return { ...req.base, kind: 'user', user: req.args[0] };
  },
  volume(req) {
    if (req.args.length === 0) throw atLeastOne('VOLUME');
    req.flags.parse();
    const volumes = req.args.map((v) => {
      const t = trimSpace(v);
      if (t === '') throw new Error('VOLUME specified can not be an empty string');
      return t;
    });
    return { ...req.base, kind: 'volume', volumes };
  },
  stopsignal(req) {
    if (req.args.length !== 1) throw exactlyOne('STOPSIGNAL');
    return { ...req.base, kind: 'stopsignal', signal: req.args[0] };
  },
  arg(req) {
    if (req.args.length < 1) throw atLeastOne('ARG');
    const args = req.args.map((arg) => {
      const eq = arg.indexOf('=');
      const key = eq < 0 ? arg : arg.slice(0, eq);
      if (eq === 0) throw new Error('ARG names can not be blank');
      const comment = req.node.prevComment.find((c) => c.startsWith(key + ' '));
      return {
        key,
        value: eq < 0 ? null : arg.slice(eq + 1),
        comment: comment ? comment.slice(key.length + 1) : '',
      };
    });
    return { ...req.base, kind: 'arg', args };
  },
  shell(req) {
    req.flags.parse();
    const shell = handleJsonArgs(req.args, req.node.json);
    if (shell.length === 0) throw atLeastOne('SHELL');
    if (!req.node.json) throw new Error('SHELL requires the arguments to be in JSON form');
    return { ...req.base, kind: 'shell', shell };
  },
};

/** One typed instruction. Errors carry the node's lines; unknown keywords get BuildKit's suggestion. */
export function parseInstruction(node: Node): T.Instruction {
  const parser = PARSERS[node.value.toLowerCase()];
  try {
    if (!parser) {
      throw new Error(withSuggestion(`unknown instruction: ${node.value}`, node.value, INSTRUCTIONS));
    }
    return parser(request(node));
  } catch (err) {
    throw withLocation(err, node.startLine, node.endLine);
  }
}

/** Parses a Dockerfile into ARGs before the first FROM and build stages. */
export function parseDockerfile(text: string): T.Dockerfile {
  const result = parse(text);
  const metaArgs: T.ArgInstruction[] = [];
  const stages: T.Stage[] = [];
  for (const node of result.children) {
    let inst: T.Instruction;
    try {
      inst = parseInstruction(node);
    } catch (err) {
      const e = err as DockerfileError;
      throw new DockerfileError(`dockerfile parse error on line ${node.startLine}: ${e.message}`, e.location);
    }
    if (inst.kind === 'from') {
      stages.push({
        name: inst.stageName,
        baseName: inst.baseName,
        platform: inst.platform,
        code: inst.code,
        location: inst.location,
        commands: [],
      });
    } else if (stages.length === 0 && inst.kind === 'arg') metaArgs.push(inst);
    else if (stages.length === 0)
      throw withLocation(new Error('no build stage in current context'), node.startLine, node.endLine);
    else stages[stages.length - 1].commands.push(inst);
  }
  return { metaArgs, stages, escapeToken: result.escapeToken, warnings: result.warnings };
}
