// GET /images/{name}/history — moby daemon/images/image_history.go.
import type { ImageHistoryItem } from '../../api/types';
import { parseTime } from '../../image/config';
import type { ImageContext } from './context';

export function imageHistory(ctx: ImageContext, name: string): ImageHistoryItem[] {
  const img = ctx.store.resolve(name);
  const items: ImageHistoryItem[] = [];
  let layer = 0;
  for (const h of img.config.history) {
    let size = 0;
    if (!h.empty_layer) {
      const l = img.layers[layer++];
      if (!l) throw new Error('too many non-empty layers in History section');
      size = l.size;
    }
    items.unshift({
      Comment: h.comment ?? '',
      Created: Math.floor(parseTime(h.created) / 1000),
      CreatedBy: h.created_by ?? '',
      Id: '<missing>',
      Size: size,
      Tags: null,
    });
  }
  // The top entries carry the IDs (and tags) of the image and of its local parents.
  let cur: typeof img | undefined = img;
  for (const item of items) {
    if (!cur) break;
    item.Id = cur.id;
    const tags = ctx.store.repoTags(cur.id);
    item.Tags = tags.length ? tags : null;
    cur = cur.config.parent ? ctx.store.get(cur.config.parent) : undefined;
  }
  return items;
}
