// GET /images/json — moby daemon/images/images.go (Images), 20.10.
import type { Filters } from '../../api/filters';
import type { ImageSummary } from '../../api/types';
import { parseTime } from '../../image/config';
import { familiarName, familiarString, type Reference } from '../../image/reference';
import type { ImageRecord } from '../../image/store';
import type { ImageContext } from './context';
import { pathMatch } from './glob';

export const IMAGE_LIST_FILTERS = ['dangling', 'label', 'before', 'since', 'reference'];

export interface ListOptions {
  all?: boolean;
  filters?: Filters;
  /** `system df`: fill Containers and SharedSize. */
  withExtraAttrs?: boolean;
}

export function createdSeconds(img: ImageRecord): number {
  return Math.floor(parseTime(img.config.created) / 1000);
}

function matchKVList(patterns: readonly string[], labels: Record<string, string> | null | undefined): boolean {
  return patterns.every((p) => {
    const eq = p.indexOf('=');
    const key = eq < 0 ? p : p.slice(0, eq);
    if (!labels || !(key in labels)) return false;
    return eq < 0 || labels[key] === p.slice(eq + 1);
  });
}

function familiarMatch(pattern: string, ref: Reference): boolean {
  return pathMatch(pattern, familiarString(ref)) || pathMatch(pattern, familiarName(ref));
}

export function listImages(ctx: ImageContext, opts: ListOptions = {}): ImageSummary[] {
  const f = opts.filters;
  f?.validate(IMAGE_LIST_FILTERS);
  const dangling = f?.bool('dangling');
  const before = f?.get('before').map((r) => createdSeconds(ctx.store.resolve(r)));
  const since = f?.get('since').map((r) => createdSeconds(ctx.store.resolve(r)));

  const out: ImageSummary[] = [];
  const layerUse = opts.withExtraAttrs ? layerUsage(ctx) : null;
  for (const img of ctx.store.all()) {
    const created = createdSeconds(img);
    if (before?.some((t) => created >= t)) continue;
    if (since?.some((t) => created <= t)) continue;
    if (f?.has('label') && !matchKVList(f.get('label'), img.config.config.Labels)) continue;

    let tags: string[] | null = null;
    let digests: string[] | null = null;
    for (const ref of ctx.store.references(img.id)) {
      if (f?.has('reference') && !f.get('reference').some((p) => familiarMatch(p, ref))) continue;
      if (ref.digest) (digests ??= []).push(`${familiarName(ref)}@${ref.digest}`);
      else (tags ??= []).push(familiarString(ref));
    }
    if (!tags && !digests) {
      if (!(opts.all || ctx.store.children(img.id).length === 0)) continue;
      if (dangling === false) continue;
      if (f?.has('reference')) continue;
      digests = ['<none>@<none>'];
      tags = ['<none>:<none>'];
    } else if (dangling === true && tags) continue;

    const summary: ImageSummary = {
      Containers: -1,
      Created: created,
      Id: img.id,
      Labels: img.config.config.Labels ?? null,
      ParentId: img.config.parent ?? '',
      RepoDigests: digests,
      RepoTags: tags,
      SharedSize: -1,
      Size: img.size,
      VirtualSize: img.size,
    };
    if (layerUse) {
      summary.Containers = ctx.users.containersUsing(img.id).length;
      summary.SharedSize = img.layers.reduce((n, l) => n + ((layerUse.get(l.diffId) ?? 0) > 1 ? l.size : 0), 0);
    }
    out.push(summary);
  }
  return out.sort((a, b) => b.Created - a.Created || (a.Id < b.Id ? -1 : 1));
}

/** How many images use each layer (diff_id). */
function layerUsage(ctx: ImageContext): Map<string, number> {
  const use = new Map<string, number>();
  for (const img of ctx.store.all()) for (const d of new Set(img.layers.map((l) => l.diffId))) use.set(d, (use.get(d) ?? 0) + 1);
  return use;
}
