// POST /images/prune — moby daemon/images/image_prune.go: dangling images (or, with dangling=false,
// every image no container uses), optionally filtered by `until` and `label`.
import type { Filters } from '../../api/filters';
import type { ImageDeleteResponseItem } from '../../api/types';
import { InvalidParameter } from '../../api/errors';
import { parseTime } from '../../image/config';
import { referenceString } from '../../image/reference';
import type { ImageContext } from './context';
import { removeImage } from './remove';

export const IMAGE_PRUNE_FILTERS = ['dangling', 'label', 'label!', 'until'];

export interface PruneReport {
  ImagesDeleted: ImageDeleteResponseItem[] | null;
  SpaceReclaimed: number;
}

function untilMs(v: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(v)) return parseFloat(v) * 1000;
  const dur = /^(\d+)(h|m|s)$/.exec(v);
  if (dur) return now - parseInt(dur[1], 10) * { h: 3_600_000, m: 60_000, s: 1000 }[dur[2] as 'h' | 'm' | 's'];
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new InvalidParameter(`failed to parse value as time or duration: "${v}"`);
  return t;
}

function labelsMatch(labels: Record<string, string> | null | undefined, filters: readonly string[], negate: boolean): boolean {
  return filters.every((p) => {
    const eq = p.indexOf('=');
    const key = eq < 0 ? p : p.slice(0, eq);
    const hit = !!labels && key in labels && (eq < 0 || labels[key] === p.slice(eq + 1));
    return negate ? !hit : hit;
  });
}

export function pruneImages(ctx: ImageContext, filters?: Filters): PruneReport {
  filters?.validate(IMAGE_PRUNE_FILTERS);
  const danglingOnly = filters?.bool('dangling') ?? true;
  const until = filters?.get('until').map((v) => untilMs(v, ctx.clock.now()));
  const deleted: ImageDeleteResponseItem[] = [];
  let reclaimed = 0;
  for (const img of ctx.store.all()) {
    if (!ctx.store.get(img.id)) continue;
    const refs = ctx.store.references(img.id);
    // Only digests and no tag: still dangling (`<none>:<none>` in `docker images`).
    if (danglingOnly && refs.some((r) => !r.digest)) continue;
    if (danglingOnly && ctx.store.children(img.id).length) continue;
    if (ctx.users.containersUsing(img.id).length) continue;
    const created = parseTime(img.config.created);
    if (until?.some((t) => created >= t)) continue;
    const labels = img.config.config.Labels;
    if (filters && !labelsMatch(labels, filters.get('label'), false)) continue;
    if (filters && !labelsMatch(labels, filters.get('label!'), true)) continue;
    const before = new Set(ctx.store.allLayers());
    try {
      if (refs.length) {
        for (const r of refs) {
          if (ctx.store.get(img.id)) deleted.push(...removeImage(ctx, referenceString(r), { prune: true }));
        }
      } else deleted.push(...removeImage(ctx, img.id, { prune: true }));
    } catch {
      continue;
    }
    const after = new Set(ctx.store.allLayers());
    for (const l of before) if (!after.has(l)) reclaimed += l.size;
  }
  if (deleted.length) ctx.event?.('prune', '');
  return { ImagesDeleted: deleted.length ? deleted : null, SpaceReclaimed: reclaimed };
}
