// POST /containers/{id}/wait (moby daemon/wait.go): not-running (default), next-exit, removed.
import type { ContainerWaitResponse } from '../../api/types';
import type { Daemon } from '../daemon';

export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

export async function containerWait(
  d: Daemon,
  ref: string,
  condition: string = 'not-running',
): Promise<ContainerWaitResponse> {
  // dockerd 20.10 waits for `not-running` when the condition is empty or unknown.
  if (condition !== 'next-exit' && condition !== 'removed') condition = 'not-running';
  const c = d.containers.get(ref);
  const result = (): ContainerWaitResponse => ({ StatusCode: c.view.context.exitCode, Error: null });
  if (condition === 'not-running' && !c.isUp) return result();
  for (;;) {
    await c.nextExit();
    if (condition === 'removed' && c.state !== 'removed') continue;
    if (condition === 'not-running' && c.isUp) continue;
    return result();
  }
}
