// POST /containers/{id}/unpause (moby daemon/unpause.go).
import { Conflict } from '../../api/errors';
import type { Daemon } from '../daemon';

export function containerUnpause(d: Daemon, ref: string): void {
  const c = d.containers.get(ref);
  if (c.state !== 'paused') throw new Conflict(`Container ${c.id} is not paused`);
  d.kernel.thaw(c.running!.ns);
  c.send({ type: 'container.unpause' });
  d.containerEvent(c, 'unpause');
}
