// DELETE /volumes/{name} (docker volume rm): refused while a container uses it.
import { Conflict } from '../../api/errors';
import { volumeEvent } from './events';
import { getVolume } from './find';
import type { Volumes } from './volumes';

export function volumeRemove(vols: Volumes, name: string, opts: { force: boolean }): void {
  const v = vols.store.get(name);
  if (!v) {
    if (opts.force) return;
    getVolume(vols.store, name);
    return;
  }
  const users = vols.users(name);
  if (users.length > 0) throw new Conflict(`remove ${name}: volume is in use - [${users.join(', ')}]`);
  vols.store.delete(name);
  volumeEvent(vols.events, 'destroy', name);
}
