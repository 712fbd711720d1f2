// How the docker CLI 28 reports errors: the texts of cli/required.go, the FlagErrorFunc wrapper, the
// unknown-command message, and `Error response from daemon: …` for API errors.

import type { ArgsRule } from './command';

/** An error with the exit status the CLI must return (cli.StatusError). `message` is printed as is. */
export class StatusError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Raised by a client that cannot reach the daemon at `host`; the message is Docker's. */
export class ConnectionError extends Error {
  constructor(readonly host: string) {
    super(`Cannot connect to the Docker daemon at ${host}. Is the docker daemon running?`);
  }
}

/** Whether an error means the daemon could not be reached (ours or the client's EngineUnreachable). */
export function isConnectionError(e: unknown): e is Error {
  return e instanceof ConnectionError || (e instanceof Error && e.name === 'EngineUnreachable');
}

function plural(n: number): string {
  return n === 1 ? 'argument' : 'arguments';
}

/** The cli/required.go validators, or null when the count fits. */
export function checkArgs(rule: ArgsRule, count: number, path: string, useLine: string): StatusError | null {
  const usage = `\n\nUsage:  ${useLine}\n\n`;
  const run = `Run '${path} --help' for more information`;
  if (rule.exact !== undefined) {
    if (count === rule.exact) return null;
    return new StatusError(`docker: '${path}' requires ${rule.exact} ${plural(rule.exact)}${usage}${run}`, 1);
  }
  if (rule.max === 0) {
    if (count === 0) return null;
    return new StatusError(`docker: '${path}' accepts no arguments${usage}${run}`, 1);
  }
  if (rule.min !== undefined && rule.max !== undefined) {
    if (count >= rule.min && count <= rule.max) return null;
    return new StatusError(
      `docker: '${path}' requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}${usage}${run}`,
      1,
    );
  }
  if (rule.min !== undefined && count < rule.min) {
    return new StatusError(
      `docker: '${path}' requires at least ${rule.min} ${plural(rule.min)}${usage}See '${path} --help' for more information`,
      1,
    );
  }
  if (rule.max !== undefined && count > rule.max) {
    // CLI 28.2 prints a stray "S" before "Run" here (cli/required.go); we reproduce the recording.
    return new StatusError(
      `docker: '${path}' requires at most ${rule.max} ${plural(rule.max)}${usage}S${run}`,
      1,
    );
  }
  return null;
}

/** FlagErrorFunc: a pflag error with the usage, exit 125. */
export function flagError(message: string, path: string, useLine: string): StatusError {
  return new StatusError(
    `${message}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information`,
    125,
  );
}

export function unknownCommand(path: string, name: string, groupUse?: string): StatusError {
  if (groupUse === undefined) {
    return new StatusError(
      `docker: unknown command: ${path} ${name}\n\nRun '${path} --help' for more information`,
      1,
    );
  }
  return new StatusError(
    `docker: unknown command: ${path} ${name}\n\nUsage:  ${groupUse}\n\nRun '${path} --help' for more information`,
    1,
  );
}

/** `Error response from daemon: …` as the Go client words an API error. */
export function daemonMessage(message: string): string {
  return `Error response from daemon: ${message.trim()}`;
}
