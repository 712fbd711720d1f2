// The build cache saved: each step's key and the layer it produced (content, shared with the images'
// layers by diff_id), so that building again after a reload says CACHED, as Docker's cache survives a
// restart. Cache mounts (`RUN --mount=type=cache`) are not kept.
import { buildCacheFor, type CacheRecord } from '../builder/cache';
import type { Daemon } from '../daemon/daemon';
import type { Layer } from '../layer/layer';
import type { Hasher } from '../world/types';
import { list, num, obj, str } from './check';
import { layerKey, type ContentSink } from './format';
import { decodeLayer } from './images';

export interface SavedCacheRecord {
  key: string;
  /** The layer the step produced, null when it changed nothing. */
  layer: { diffId: string; size: number } | null;
  createdAt: number;
  lastUsedAt: number;
  description: string;
}

export function saveBuildCache(d: Daemon, sink: ContentSink): SavedCacheRecord[] {
  return buildCacheFor(d.images)
    .entries()
    .map(([key, r]) => {
      const layer = r.layer;
      if (layer) sink.put(layerKey(layer.diffId), () => layer.toTar());
      return {
        key,
        layer: layer && { diffId: layer.diffId, size: layer.size },
        createdAt: r.createdAt,
        lastUsedAt: r.lastUsedAt,
        description: r.description,
      };
    });
}

/** Diff_ids of the layers the saved cache needs. */
export function buildCacheLayers(value: unknown): string[] {
  return Array.isArray(value)
    ? value.flatMap((r, i) => {
        const layer = obj(r, `buildCache[${i}]`).layer;
        return layer === null
          ? []
          : [str(obj(layer, `buildCache[${i}].layer`).diffId, `buildCache[${i}].layer.diffId`)];
      })
    : [];
}

/** The saved records, their layers shared with `known` (the images' layers) when they are the same. */
export function decodeBuildCache(
  value: unknown,
  content: Record<string, Uint8Array>,
  known: ReadonlyMap<string, Layer>,
  hasher: Hasher,
): [string, CacheRecord][] {
  return list(value, 'buildCache', (v, path) => {
    const r = obj(v, path);
    let layer: Layer | null = null;
    if (r.layer !== null) {
      const l = obj(r.layer, `${path}.layer`);
      const diffId = str(l.diffId, `${path}.layer.diffId`);
      layer = known.get(diffId) ?? decodeLayer(diffId, num(l.size, `${path}.layer.size`), content, hasher);
    }
    return [
      str(r.key, `${path}.key`),
      {
        layer,
        createdAt: num(r.createdAt, `${path}.createdAt`),
        lastUsedAt: num(r.lastUsedAt, `${path}.lastUsedAt`),
        description: str(r.description, `${path}.description`),
      },
    ];
  });
}

export function applyBuildCache(d: Daemon, records: [string, CacheRecord][]): void {
  const cache = buildCacheFor(d.images);
  for (const [key, record] of records) {
    cache.set(key, { ...record, layer: record.layer && d.images.addLayer(record.layer) });
  }
}
