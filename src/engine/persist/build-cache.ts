// The build cache saved: each step's key and the layer it produced (content, shared with the images'
// layers by diff_id), so that building again after a reload says CACHED, as Docker's cache survives a
// restart. Cache mounts (`RUN --mount=type=cache`) are not kept.
import { buildCacheFor, type CacheRecord } from '../builder/cache';
import type { Daemon } from '../daemon/daemon';
import type { Layer } from '../layer/layer';
import type { Hasher } from '../world/types';
import { list, num, obj, str } from './check';
import { savedParents } from './content-keys';
import { layerKey, type ContentSink } from './format';
import { decodeLayer } from './images';

interface SavedLayerRef {
  diffId: string;
  size: number;
}

export interface SavedCacheRecord {
  key: string;
  /** The layer the step produced, null when it changed nothing. */
  layer: SavedLayerRef | null;
  /** The layers beneath it (absent in saves made before the cache held them: then none). */
  parents?: SavedLayerRef[];
  createdAt: number;
  lastUsedAt: number;
  /** Absent in saves made before the cache counted its uses: then 1. */
  usageCount?: number;
  description: string;
}

export function saveBuildCache(d: Daemon, sink: ContentSink): SavedCacheRecord[] {
  return buildCacheFor(d.images)
    .entries()
    .map(([key, r]) => {
      const saved = (layer: Layer): SavedLayerRef => {
        sink.put(layerKey(layer.diffId), () => layer.toTar());
        return { diffId: layer.diffId, size: layer.size };
      };
      return {
        key,
        layer: r.layer && saved(r.layer),
        parents: r.parents.map(saved),
        createdAt: r.createdAt,
        lastUsedAt: r.lastUsedAt,
        usageCount: r.usageCount ?? 1,
        description: r.description,
      };
    });
}

/** The saved records, their layers shared with `known` (the images' layers) when they are the same. */
export function decodeBuildCache(
  value: unknown,
  content: Record<string, Uint8Array>,
  known: ReadonlyMap<string, Layer>,
  hasher: Hasher,
): [string, CacheRecord][] {
  const decoded = new Map(known);
  const layerOf = (value: unknown, path: string): Layer => {
    const l = obj(value, path);
    const diffId = str(l.diffId, `${path}.diffId`);
    let layer = decoded.get(diffId);
    if (!layer)
      decoded.set(diffId, (layer = decodeLayer(diffId, num(l.size, `${path}.size`), content, hasher)));
    return layer;
  };
  return list(value, 'buildCache', (v, path) => {
    const r = obj(v, path);
    return [
      str(r.key, `${path}.key`),
      {
        layer: r.layer === null ? null : layerOf(r.layer, `${path}.layer`),
        parents: savedParents(r, path).map((l, j) => layerOf(l, `${path}.parents[${j}]`)),
        createdAt: num(r.createdAt, `${path}.createdAt`),
        lastUsedAt: num(r.lastUsedAt, `${path}.lastUsedAt`),
        usageCount: r.usageCount === undefined ? 1 : num(r.usageCount, `${path}.usageCount`),
        description: str(r.description, `${path}.description`),
      },
    ];
  });
}

export function applyBuildCache(d: Daemon, records: [string, CacheRecord][]): void {
  const cache = buildCacheFor(d.images);
  for (const [key, record] of records) {
    cache.set(key, {
      ...record,
      layer: record.layer && d.images.addLayer(record.layer),
      parents: record.parents.map((l) => d.images.addLayer(l)),
    });
  }
}
