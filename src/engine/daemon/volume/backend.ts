// The volume routes' backend: plug into `daemonBackend(daemon, images, extra)`.
import type { VolumeBackend } from '../../api/backend';
import type { EventBus } from '../../events/bus';
import type { Random } from '../../world/types';
import { volumeCreate } from './create';
import { volumesDiskUsage } from './disk-usage';
import { volumeInspect } from './inspect';
import { volumeList } from './list';
import { volumesPrune } from './prune';
import { volumeRemove } from './remove';
import type { Volumes } from './volumes';

/** `events`: the daemon's stream, where the volume operations publish (default: the volumes' own). */
export function volumeBackend(vols: Volumes, random: Random, events?: EventBus): VolumeBackend {
  if (events) vols.events = events;
  return {
    volumeList: async (filters) => volumeList(vols, filters),
    volumeCreate: async (req) => volumeCreate(vols, random, req),
    volumeInspect: async (name) => volumeInspect(vols, name),
    volumeRemove: async (name, opts) => volumeRemove(vols, name, opts),
    volumesPrune: async (filters) => volumesPrune(vols, filters),
    volumesDiskUsage: async () => volumesDiskUsage(vols),
  };
}
