// POST /build/prune — moby builder-next's Prune over BuildKit's cache manager: without `all`, records
// an image still uses (Shared) are kept, as BuildKit keeps snapshots it does not own alone; `until`
// keeps records used more recently than the duration; the other filters are BuildKit's record fields
// (`id~=`, `type==`, `description==`, `inuse==`, `shared==`, `private==`); `keep-storage` deletes the
// least recently used records until the cache is no larger than the given bytes.
import type { Filters } from '../api/filters';
import { InvalidParameter } from '../api/errors';
import type { ImageStore } from '../image/store';
import { buildCacheFor, heldByBuildCache } from './cache';
import { describeRecord, imageLayers, type BuildCacheRecord } from './disk-usage';
import { parseGoDuration } from './dockerfile/go-duration';

export const BUILD_CACHE_PRUNE_FILTERS = ['until', 'id', 'type', 'description', 'inuse', 'shared', 'private'];

export interface BuildCachePruneOptions {
  all: boolean;
  keepStorage: number;
  filters: Filters;
}

export interface BuildCachePruneReport {
  CachesDeleted: string[] | null;
  SpaceReclaimed: number;
}

type FieldMatch = (r: BuildCacheRecord) => boolean;

/** One BuildKit filter over a record field; a filter takes one value (moby's errMultipleFilterValues). */
function fieldMatch(filters: Filters, field: string): FieldMatch | null {
  const values = filters.get(field);
  if (!filters.has(field)) return null;
  if (values.length > 1) throw new InvalidParameter('filters expect only one value');
  const v = values[0] ?? '';
  switch (field) {
    case 'id':
      return (r) => r.ID.includes(v);
    case 'type':
      return (r) => r.Type === v;
    case 'description':
      return (r) => r.Description === v;
    case 'inuse':
      return (r) => String(r.InUse) === v;
    case 'shared':
      return (r) => String(r.Shared) === v;
    default:
      return (r) => String(!r.Shared) === v;
  }
}

/** The `until` filter as a duration in milliseconds (0 when absent). */
function keepDuration(filters: Filters): number {
  const values = filters.get('until');
  if (values.length === 0) return 0;
  if (values.length > 1) throw new InvalidParameter('filters expect only one value');
  try {
    return parseGoDuration(values[0]) / 1e6;
  } catch (err) {
    throw new InvalidParameter(`"until" filter expects a duration (e.g., '24h'): ${(err as Error).message}`);
  }
}

export function pruneBuildCacheRecords(
  store: ImageStore,
  opts: BuildCachePruneOptions,
  now: number,
): BuildCachePruneReport {
  opts.filters.validate(BUILD_CACHE_PRUNE_FILTERS);
  const matches = BUILD_CACHE_PRUNE_FILTERS.slice(1)
    .map((f) => fieldMatch(opts.filters, f))
    .filter((m): m is FieldMatch => m !== null);
  const keepFor = keepDuration(opts.filters);
  const cache = buildCacheFor(store);
  const used = imageLayers(store);
  const entries = cache.entries().map(([key, r]) => ({ key, r, api: describeRecord(key, r, used) }));
  let total = entries.reduce((n, e) => n + e.api.Size, 0);
  const candidates = entries
    .filter((e) => opts.all || !e.api.Shared)
    .filter((e) => keepFor === 0 || e.r.lastUsedAt <= now - keepFor)
    .filter((e) => matches.every((m) => m(e.api)))
    .sort((a, b) => a.r.lastUsedAt - b.r.lastUsedAt);
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const e of candidates) {
    if (opts.keepStorage > 0 && total <= opts.keepStorage) break;
    cache.remove(e.key);
    deleted.push(e.api.ID);
    reclaimed += e.api.Size;
    total -= e.api.Size;
  }
  store.releaseUnusedLayers(heldByBuildCache(store));
  return { CachesDeleted: deleted.length ? deleted : null, SpaceReclaimed: reclaimed };
}
