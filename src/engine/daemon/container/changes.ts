// GET /containers/{id}/changes (`docker diff`): what the RW layer changed against the image.
import type { FilesystemChange } from '../../api/types';
import { CHANGE_KIND_CODE, changes } from '../../layer/diff';
import type { Daemon } from '../daemon';

export function containerChanges(d: Daemon, ref: string): FilesystemChange[] {
  const c = d.containers.get(ref);
  return changes(c.rootfs.lowers, c.rw).map((ch) => ({ Path: ch.path, Kind: CHANGE_KIND_CODE[ch.kind] }));
}
