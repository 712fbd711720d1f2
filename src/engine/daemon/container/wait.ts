// POST /containers/{id}/wait (moby daemon/wait.go): not-running (default), next-exit, removed.
import { InvalidParameter } from '../../api/errors';
import type { ContainerWaitResponse } from '../../api/types';
import type { Daemon } from '../daemon';

export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

export async function containerWait(
  d: Daemon,
  ref: string,
  condition: string = 'not-running',
): Promise<ContainerWaitResponse> {
  if (condition === '') condition = 'not-running';
  if (condition !== 'not-running' && condition !== 'next-exit' && condition !== 'removed') {
    throw new InvalidParameter(`invalid condition: "${condition}"`);
  }
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
