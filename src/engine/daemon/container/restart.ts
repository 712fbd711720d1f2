// POST /containers/{id}/restart (moby daemon/restart.go): stop if up, start again, publish `restart`.
import { System } from '../../api/errors';
import type { Daemon } from '../daemon';
import { launch } from './launch';
import { stopContainer, type StopOptions } from './stop';

export async function containerRestart(d: Daemon, ref: string, opts: StopOptions = {}): Promise<void> {
  const c = d.containers.get(ref);
  try {
    if (c.isUp) {
      if (c.state === 'paused') {
        d.kernel.thaw(c.running!.ns);
        c.send({ type: 'container.unpause' });
      }
      await stopContainer(d, c, opts);
    }
    if (c.state === 'removing' || c.state === 'dead' || c.state === 'removed') {
      throw new Error('container is marked for removal and cannot be started');
    }
    launch(d, c);
  } catch (err) {
    throw new System(`Cannot restart container ${ref}: ${(err as Error).message}`);
  }
  d.containerEvent(c, 'restart');
}
