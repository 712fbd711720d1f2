// What a command's run function receives: the engine client, the process's streams and a few helpers.

import type { EngineApi } from './engine-api';
import type { CliProcess } from './process';

export interface Cli {
  readonly client: EngineApi;
  readonly proc: CliProcess;
  /** `docker container ls`: the path the command was reached by (for usage and error texts). */
  readonly commandPath: string;
  /** Where the client connects, for `Cannot connect to the Docker daemon at …`. */
  readonly host: string;
  /** The docker context in use (`default` unless --context/DOCKER_CONTEXT name another). */
  readonly context: string;
  out(text: string): void;
  err(text: string): void;
  /** Milliseconds since the epoch, from the injected clock. */
  now(): number;
  /** Terminal width as Docker reads it (the winsize of stdin's terminal, else 80). */
  width(): number;
}

export function makeCli(
  client: EngineApi,
  proc: CliProcess,
  commandPath: string,
  host: string,
  context = 'default',
): Cli {
  return {
    client,
    proc,
    commandPath,
    host,
    context,
    out: (text) => proc.stdout.write(text),
    err: (text) => proc.stderr.write(text),
    now: () => proc.clock.now(),
    width: () => (proc.stdin.isTTY && proc.tty ? proc.tty.size().cols : 80),
  };
}
