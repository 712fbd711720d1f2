// POST /containers/{id}/resize (moby daemon/resize.go): the container's TTY gets the new size.
import { Conflict } from '../../api/errors';
import type { Daemon } from '../daemon';

export function containerResize(d: Daemon, ref: string, height: number, width: number): void {
  const c = d.containers.get(ref);
  if (!c.isUp || !c.running) throw new Conflict(`Container ${c.id} is not running`);
  c.running.pty?.master.resize({ cols: width, rows: height });
  d.containerEvent(c, 'resize', { height: String(height), width: String(width) });
}
