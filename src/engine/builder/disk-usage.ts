// The build cache in `GET /system/df` (moby's BuildCache records): one record per cached step, its size
// the size of the layer the step made. A record whose layer an image also uses is `Shared` (the CLI
// leaves it out of the cache's size, as the image already counts it), as BuildKit reports it.
import { rfc3339Nano } from '../image/config';
import type { ImageStore } from '../image/store';
import { buildCacheFor, type CacheRecord } from './cache';

// A type (not an interface) so that it fits the API's open record shape.
export type BuildCacheRecord = {
  ID: string;
  Type: 'regular';
  Description: string;
  InUse: boolean;
  Shared: boolean;
  Size: number;
  CreatedAt: string;
  LastUsedAt: string;
  UsageCount: number;
};

/** BuildKit-like record ID (25 base-36 characters) derived from the step's cache key. */
function recordId(key: string): string {
  return BigInt(`0x${key.slice(key.indexOf(':') + 1)}`)
    .toString(36)
    .padStart(25, '0')
    .slice(0, 25);
}

/** The API record of the cache entry `key`; `used` holds the layers images use (a record among them is Shared). */
export function describeRecord(key: string, r: CacheRecord, used: ReadonlySet<string>): BuildCacheRecord {
  return {
    ID: recordId(key),
    Type: 'regular',
    Description: r.description,
    InUse: false,
    Shared: !!r.layer && used.has(r.layer.diffId),
    Size: r.layer?.size ?? 0,
    CreatedAt: rfc3339Nano(r.createdAt),
    LastUsedAt: rfc3339Nano(r.lastUsedAt),
    UsageCount: r.usageCount ?? 1,
  };
}

/** The layers the store's images use. */
export function imageLayers(store: ImageStore): Set<string> {
  return new Set(store.all().flatMap((img) => img.config.rootfs.diff_ids));
}

export function buildCacheUsage(store: ImageStore): BuildCacheRecord[] {
  const used = imageLayers(store);
  return buildCacheFor(store)
    .entries()
    .map(([key, r]) => describeRecord(key, r, used));
}
