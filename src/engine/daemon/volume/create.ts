// POST /volumes/create (docker volume create): a local volume, named or with a random name.
import { NotFound } from '../../api/errors';
import type { Volume, VolumeCreateRequest } from '../../api/types';
import { generateId } from '../../container/ids';
import type { Random } from '../../world/types';
import { volumeEvent } from './events';
import type { Volumes } from './volumes';

export function volumeCreate(vols: Volumes, random: Random, req: VolumeCreateRequest): Volume {
  const driver = req.Driver || 'local';
  if (driver !== 'local') throw new NotFound(`plugin "${driver}" not found`);
  const name = req.Name || generateId(random);
  const v = vols.store.create(name, {
    anonymous: false,
    labels: req.Labels ?? null,
    options: req.DriverOpts ?? null,
  });
  volumeEvent(vols.events, 'create', name);
  return v.toApi();
}
