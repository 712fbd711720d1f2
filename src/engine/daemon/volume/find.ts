// Finding a volume by name, with Docker's error.
import { NotFound } from '../../api/errors';
import type { VolumeRecord, VolumeStore } from '../../volume/store';

export function getVolume(store: VolumeStore, name: string): VolumeRecord {
  const v = store.get(name);
  if (!v) throw new NotFound(`get ${name}: no such volume`);
  return v;
}
