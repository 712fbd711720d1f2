// POST /volumes/prune (docker volume prune): every volume no container uses (API 1.41: named ones too).
import type { Filters } from '../../api/filters';
import { volumesPruneEvent } from './events';
import { directorySize } from './size';
import type { Volumes } from './volumes';

export function volumesPrune(
  vols: Volumes,
  filters: Filters,
): { VolumesDeleted: string[] | null; SpaceReclaimed: number } {
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const v of vols.store.all()) {
    if (vols.users(v.name).length > 0) continue;
    const labels = v.labels ?? {};
    const labelled = filters.get('label').every((l) => {
      const [k, val] = l.split('=', 2) as [string, string | undefined];
      return k in labels && (val === undefined || labels[k] === val);
    });
    if (!labelled) continue;
    reclaimed += directorySize(v.fs);
    vols.store.delete(v.name);
    deleted.push(v.name);
  }
  volumesPruneEvent(vols.events, reclaimed);
  return { VolumesDeleted: deleted.length ? deleted : null, SpaceReclaimed: reclaimed };
}
