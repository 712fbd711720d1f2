// GET /system/df, volumes part — moby volume service LocalVolumesSize: every local volume with its size
// and how many containers (running or not) reference it.
import type { Volume } from '../../api/types';
import { directorySize } from './size';
import type { Volumes } from './volumes';

export function volumesDiskUsage(vols: Volumes): Volume[] {
  return vols.store.all().map((v) => ({
    ...v.toApi(),
    UsageData: { Size: directorySize(v.fs), RefCount: vols.users(v.name).length },
  }));
}
