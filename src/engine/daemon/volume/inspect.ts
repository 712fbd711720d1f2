// GET /volumes/{name} (docker volume inspect).
import type { Volume } from '../../api/types';
import { getVolume } from './find';
import type { Volumes } from './volumes';

export function volumeInspect(vols: Volumes, name: string): Volume {
  return getVolume(vols.store, name).toApi();
}
