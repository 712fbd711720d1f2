// run/start register their wait before starting the container, so that a fast exit is not missed.

import type { Cli } from '../../cli';

export type WaitResult = { StatusCode: number; Error?: { Message: string } | null };

export async function waitForExit(
  cli: Cli,
  id: string,
  condition: 'next-exit' | 'removed',
): Promise<{ result: Promise<WaitResult> }> {
  if (cli.client.containerWaitStart) return cli.client.containerWaitStart(id, condition);
  const result = cli.client.containerWait(id, condition);
  result.catch(() => undefined);
  return { result };
}
