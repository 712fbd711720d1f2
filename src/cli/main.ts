// `docker`: the program the host installs as /usr/bin/docker. It parses the global options, walks the
// command tree, parses the command's flags and arguments, runs it against an EngineApi, and reports
// errors with the docker CLI 28's words and exit codes.

import { makeCli } from './cli';
import type { CommandSpec, GroupSpec } from './command';
import type { EngineApi } from './engine-api';
import { isApiError } from './engine-api';
import {
  StatusError,
  isConnectionError,
  checkArgs,
  daemonMessage,
  flagError,
  unknownCommand,
} from './errors';
import { FlagError, parseFlags } from './flags';
import { resolveEndpoint, type Endpoint } from './context';
import { DEFAULT_HOST, globalFlags } from './globals';
import { commandHelp, groupHelp, rootHelp, useLine } from './help';
import { closest, hintLine } from './hints';
import type { CliProcess } from './process';
import { GROUPS, TOP_LEVEL, findGroup, findInGroup, rootSections } from './tree';
import { CLIENT_VERSION } from './version';

/** Opens a client for a daemon address (`unix:///var/run/docker.sock`, `tcp://…`). */
export type Connector = (host: string, proc: CliProcess) => EngineApi;

export { ConnectionError } from './errors';

const ROOT_USE = 'docker [OPTIONS] COMMAND [ARG...]';

/** What docker's wrappedFlagUsages wraps at: the width of stdin's terminal (80 without one), minus one. */
function terminalWidth(proc: CliProcess): number {
  return (proc.stdin.isTTY && proc.tty ? proc.tty.size().cols : 80) - 1;
}

function hintsEnabled(proc: CliProcess): boolean {
  return proc.stderr.isTTY && proc.env.BALEINE_HINTS !== '0';
}

/** Creates the docker program bound to a way of reaching engines. */
export function createDockerProgram(connect: Connector): (proc: CliProcess) => Promise<number> {
  return (proc) => dockerMain(proc, connect);
}

export async function dockerMain(proc: CliProcess, connect: Connector): Promise<number> {
  const argv = proc.argv.slice(1);
  try {
    return await dispatch(proc, argv, connect);
  } catch (e) {
    if (e instanceof StatusError) {
      proc.stderr.write(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
}

async function dispatch(proc: CliProcess, argv: string[], connect: Connector): Promise<number> {
  const gflags = globalFlags(proc.env);
  let parsed;
  try {
    parsed = parseFlags(gflags, argv, { interspersed: false });
  } catch (e) {
    if (e instanceof FlagError) {
      printFlagHint(
        proc,
        e.message,
        gflags.map((f) => f.name),
      );
      throw flagError(e.message, 'docker', ROOT_USE);
    }
    throw e;
  }
  const { flags, args } = parsed;
  if (flags.bool('version')) {
    proc.stdout.write(`Docker version ${CLIENT_VERSION.Version}, build ${CLIENT_VERSION.GitCommit}\n`);
    return 0;
  }
  const root = () => rootHelp(rootSections(), gflags, terminalWidth(proc));
  if (parsed.help) {
    proc.stdout.write(root());
    return 0;
  }
  if (args.length === 0) {
    proc.stderr.write(root());
    return 0;
  }
  const endpoint = () =>
    resolveEndpoint(proc, {
      hosts: flags.list('host'),
      context: flags.string('context'),
      config: flags.string('config'),
      defaultHost: DEFAULT_HOST,
    });
  const [name, ...rest] = args;
  if (name === 'help') return helpCommand(proc, rest, root);
  const group = findGroup(name);
  if (group) return runGroup(proc, group, rest, endpoint, connect);
  const command = TOP_LEVEL.get(name);
  if (!command) {
    const suggestion = closest(name, [...TOP_LEVEL.keys(), ...GROUPS.map((g) => g.name)]);
    const error = unknownCommand('docker', name);
    if (suggestion && hintsEnabled(proc)) {
      proc.stderr.write(`${error.message}\n`);
      proc.stderr.write(hintLine(`docker ${suggestion}`));
      return error.status;
    }
    throw error;
  }
  return runCommand(proc, `docker ${name}`, command, rest, endpoint, connect);
}

function helpCommand(proc: CliProcess, args: string[], root: () => string): number {
  if (args.length === 0) {
    proc.stdout.write(root());
    return 0;
  }
  const group = findGroup(args[0]);
  const sub = group && args[1] ? findInGroup(group, args[1]) : undefined;
  if (group && sub)
    proc.stdout.write(commandHelp(`docker ${group.name} ${sub.name}`, sub, terminalWidth(proc)));
  else if (group) proc.stdout.write(groupHelp(`docker ${group.name}`, group));
  else {
    const cmd = TOP_LEVEL.get(args[0]);
    if (!cmd) throw new StatusError(`Unknown help topic [\`${args[0]}\`]`, 1);
    proc.stdout.write(commandHelp(`docker ${args[0]}`, cmd, terminalWidth(proc)));
  }
  return 0;
}

async function runGroup(
  proc: CliProcess,
  group: GroupSpec,
  args: string[],
  endpoint: () => Promise<Endpoint>,
  connect: Connector,
): Promise<number> {
  const path = `docker ${group.name}`;
  if (args.length === 0) {
    proc.stderr.write(groupHelp(path, group));
    return 0;
  }
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') {
    if (name === '-h') proc.stdout.write('Flag shorthand -h has been deprecated, use --help\n');
    proc.stdout.write(groupHelp(path, group));
    return 0;
  }
  const command = findInGroup(group, name);
  if (!command) {
    const names = group.commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    const suggestion = closest(name, names);
    const error = unknownCommand(path, name, `docker ${group.use}`);
    if (suggestion && hintsEnabled(proc)) {
      proc.stderr.write(`${error.message}\n`);
      proc.stderr.write(hintLine(`${path} ${suggestion}`));
      return error.status;
    }
    throw error;
  }
  return runCommand(proc, `${path} ${name}`, command, rest, endpoint, connect);
}

function printFlagHint(proc: CliProcess, message: string, names: string[]): void {
  if (!hintsEnabled(proc)) return;
  const m = /^unknown flag: --(.*)$/.exec(message);
  if (!m) return;
  const suggestion = closest(m[1], names);
  if (suggestion) proc.stderr.write(hintLine(`--${suggestion}`));
}

async function runCommand(
  proc: CliProcess,
  path: string,
  command: CommandSpec,
  argv: string[],
  endpoint: () => Promise<Endpoint>,
  connect: Connector,
): Promise<number> {
  const use = useLine(path, command);
  let parsed;
  try {
    parsed = parseFlags(command.flags, argv, {
      interspersed: command.interspersed !== false,
      onDeprecated: (text) => proc.stdout.write(text),
    });
  } catch (e) {
    if (e instanceof FlagError) {
      const error = flagError(e.message, path, use);
      proc.stderr.write(`${error.message}\n`);
      printFlagHint(
        proc,
        e.message,
        command.flags.map((f) => f.name),
      );
      return error.status;
    }
    throw e;
  }
  const helpDeclared = command.flags.some((f) => f.name === 'help');
  if (parsed.help || (helpDeclared && parsed.flags.bool('help'))) {
    proc.stdout.write(commandHelp(path, command, terminalWidth(proc)));
    return 0;
  }
  const argError = checkArgs(command.args, parsed.args.length, path, use);
  if (argError) throw argError;
  const { host, context } = await endpoint();
  const cli = makeCli(connect(host, proc), proc, path, host, context);
  try {
    return await command.run(cli, parsed.args, parsed.flags);
  } catch (e) {
    if (e instanceof StatusError) throw e;
    if (isConnectionError(e)) {
      throw new StatusError(
        `Cannot connect to the Docker daemon at ${host}. Is the docker daemon running?`,
        1,
      );
    }
    if (isApiError(e)) throw new StatusError(daemonMessage(e.message), 1);
    // An error the command returns (not a bug's TypeError…): docker/cli prints it as it is, exit 1.
    if (e instanceof Error && e.constructor === Error) throw new StatusError(e.message, 1);
    throw e;
  }
}
