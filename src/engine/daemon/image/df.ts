// GET /system/df, images part — moby daemon/disk_usage.go: every image with its container count and
// shared size, and the total size of the layer store.
import type { ImageSummary } from '../../api/types';
import type { ImageContext } from './context';
import { listImages } from './list';

export interface ImagesDiskUsage {
  LayersSize: number;
  Images: ImageSummary[];
}

export function imagesDiskUsage(ctx: ImageContext): ImagesDiskUsage {
  const images = listImages(ctx, { all: true, withExtraAttrs: true });
  const layersSize = ctx.store.allLayers().reduce((n, l) => n + l.size, 0);
  return { LayersSize: layersSize, Images: images };
}
