// The multi-target pattern of stop/start/rm/kill/pause/…: act on each name in turn, echo the name on
// success, print each failure on its own line, and exit 1 if any failed.

import type { Cli } from '../cli';
import { isApiError } from '../engine-api';
import { daemonMessage } from '../errors';

export function errorText(e: unknown): string {
  if (isApiError(e)) return daemonMessage(e.message);
  if (e instanceof Error) return e.message;
  return String(e);
}

export async function forEachTarget(
  cli: Cli,
  targets: string[],
  act: (target: string) => Promise<string | null>,
): Promise<number> {
  let failed = false;
  for (const t of targets) {
    try {
      const echo = await act(t);
      if (echo !== null) cli.out(`${echo}\n`);
    } catch (e) {
      if (isApiError(e) && e.status === 304) {
        cli.out(`${t}\n`);
        continue;
      }
      failed = true;
      cli.err(`${errorText(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}
