// Volumes saved with their whole tree (a MemFs snapshot each): a volume's data outlives its containers,
// and a reload too.
import { MemFs } from '../fs/memfs';
import { VolumeRecord, type VolumeStore } from '../volume/store';
import type { Clock } from '../world/types';
import { bool, labels, list, num, obj, str } from './check';
import { decoding } from './errors';
import type { SavedVolume } from './format';

export function saveVolumes(store: VolumeStore): SavedVolume[] {
  return store.all().map((v) => ({
    name: v.name,
    created: v.created,
    anonymous: v.anonymous,
    labels: v.labels && { ...v.labels },
    options: v.options && { ...v.options },
    populated: v.populated,
    fs: v.fs.snapshot(),
  }));
}

/** The saved volumes as records, checked, not yet in any store. */
export function decodeVolumes(value: unknown, clock: Clock): VolumeRecord[] {
  return list(value, 'volumes', (v, path) => {
    const o = obj(v, path);
    const name = str(o.name, `${path}.name`);
    const fs = decoding(`volume ${name}`, () => MemFs.fromSnapshot(o.fs, { clock }));
    const record = new VolumeRecord(
      name,
      num(o.created, `${path}.created`),
      fs,
      bool(o.anonymous, `${path}.anonymous`),
      labels(o.labels, `${path}.labels`),
      labels(o.options, `${path}.options`),
    );
    record.populated = bool(o.populated, `${path}.populated`);
    return record;
  });
}

export function applyVolumes(store: VolumeStore, records: VolumeRecord[]): void {
  for (const r of records) store.restore(r);
}
