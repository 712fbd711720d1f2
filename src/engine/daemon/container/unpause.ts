// POST /containers/{id}/unpause (moby daemon/unpause.go).
import { System } from '../../api/errors';
import type { Daemon } from '../daemon';

export function containerUnpause(d: Daemon, ref: string): void {
  const c = d.containers.get(ref);
  // dockerd 20.10 returns this one untyped: a 500.
  if (c.state !== 'paused') throw new System(`Container ${c.id} is not paused`);
  d.kernel.thaw(c.running!.ns);
  c.send({ type: 'container.unpause' });
  d.containerEvent(c, 'unpause');
}
