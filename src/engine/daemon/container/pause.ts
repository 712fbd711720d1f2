// POST /containers/{id}/pause (moby daemon/pause.go): the cgroup freezer stops every process.
import { Conflict } from '../../api/errors';
import type { Daemon } from '../daemon';

export function containerPause(d: Daemon, ref: string): void {
  const c = d.containers.get(ref);
  if (!c.isUp) throw new Conflict(`Container ${c.id} is not running`);
  if (c.state === 'paused') throw new Conflict(`Container ${c.id} is already paused`);
  if (c.state === 'restarting')
    throw new Conflict(`Container ${c.id} is restarting, wait until the container is running`);
  d.kernel.freeze(c.running!.ns);
  c.send({ type: 'container.pause' });
  d.containerEvent(c, 'pause');
}
