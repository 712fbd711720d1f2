// Baleine's Hub layers are miniatures of the real ones: a descriptor annotation carries the real
// layer's size, which the layer then reports. A layer read again from a tar (`docker load` of a saved
// pulled image) is recognised by its diff_id in the distribution metadata and keeps that size.
import { SIZE_ANNOTATION } from '../../image/hub/catalog';
import type { LayerInfo } from '../../layer/layer';
import type { ImageContext } from './context';

/** The layer info an annotated descriptor gives (its real size), if any. */
export function miniatureInfo(annotations: Record<string, string> | undefined): LayerInfo {
  const apparent = annotations?.[SIZE_ANNOTATION];
  return apparent ? { apparentSize: Number(apparent) } : {};
}

/** The same for a layer already pulled once, by diff_id. */
export function knownMiniatureInfo(ctx: ImageContext, diffId: string): LayerInfo {
  return miniatureInfo(ctx.store.blobForLayer(diffId)?.annotations);
}
