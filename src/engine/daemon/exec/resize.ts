// POST /exec/{id}/resize: the exec's TTY gets the new size.
import { Conflict } from '../../api/errors';
import type { Daemon } from '../daemon';

export function execResize(d: Daemon, id: string, height: number, width: number): void {
  const e = d.execs.get(id);
  if (!e.running || !e.pty) throw new Conflict(`Exec ${id} is not running`);
  e.pty.master.resize({ cols: width, rows: height });
}
