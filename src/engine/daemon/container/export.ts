// GET /containers/{id}/export: the tar of the container's root filesystem (image + RW layer).
import { exportTar } from '../../layer/export';
import type { Daemon } from '../daemon';

export function containerExport(d: Daemon, ref: string): Uint8Array {
  const c = d.containers.get(ref);
  const tar = exportTar(c.rootfs);
  d.containerEvent(c, 'export');
  return tar;
}
