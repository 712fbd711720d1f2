// POST /containers/{id}/rename (moby daemon/rename.go).
import { InvalidParameter, type EngineError } from '../../api/errors';
import { validateName } from '../../container/names';
import type { Daemon } from '../daemon';

export function containerRename(d: Daemon, ref: string, newName: string): void {
  if (!ref || !newName) throw new InvalidParameter('Neither old nor new names may be empty');
  const c = d.containers.get(ref);
  const wanted = newName.startsWith('/') ? newName : `/${newName}`;
  if (wanted === c.name)
    throw new InvalidParameter('Renaming a container with the same name as its current name');
  try {
    validateName(wanted);
    d.containers.reserveName(wanted, c.id);
  } catch (err) {
    const e = err as EngineError;
    e.message = `Error when allocating new name: ${e.message}`;
    throw e;
  }
  const oldName = c.name;
  d.containers.releaseName(oldName);
  c.name = wanted;
  d.containerEvent(c, 'rename', { oldName });
}
