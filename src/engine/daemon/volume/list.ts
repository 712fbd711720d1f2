// GET /volumes (docker volume ls).
import type { Filters } from '../../api/filters';
import type { VolumeListResponse } from '../../api/types';
import type { Volumes } from './volumes';

export function volumeList(vols: Volumes, filters: Filters): VolumeListResponse {
  const volumes = vols.store.all().filter((v) => {
    const labels = v.labels ?? {};
    return (
      filters.get('name').every((n) => v.name.includes(n)) &&
      filters.get('driver').every((d) => d === 'local') &&
      filters
        .get('dangling')
        .every((d) => ['true', '1'].includes(d.toLowerCase()) === (vols.users(v.name).length === 0)) &&
      filters.get('label').every((l) => {
        const [k, val] = l.split('=', 2) as [string, string | undefined];
        return k in labels && (val === undefined || labels[k] === val);
      })
    );
  });
  return { Volumes: volumes.map((v) => v.toApi()), Warnings: null };
}
