// The build cache: the result of a filesystem step (RUN, COPY, ADD, WORKDIR) under a key made of its
// parent's key, the step's definition and, for COPY/ADD, the checksums of its sources. A step whose
// key is known is not run again (`CACHED`); change one input and every later step's key changes.
// As BuildKit's snapshots do, the cache holds its layers in the engine's layer store: `docker rmi` of a
// built image keeps them (and does not list them as deleted), so building again recreates the image.

import type { FileSystem } from '../fs/types';
import type { ImageStore } from '../image/store';
import type { Layer } from '../layer/layer';
import type { Hasher } from '../world/types';

export interface CacheRecord {
  /** The layer the step produced, or null when it changed nothing. */
  layer: Layer | null;
  /**
   * The layers beneath the step (its stage's layers before it): a held layer holds its chain, as in
   * the layer store, so the base image's layers outlive `docker rmi` of the base too.
   */
  parents: readonly Layer[];
  createdAt: number;
  lastUsedAt: number;
  /** How many builds made or reused the record (BuildKit's UsageCount); absent in older saves = 1. */
  usageCount?: number;
  /** Short description for `docker buildx du`/`system df` (`RUN make`). */
  description: string;
}

export class BuildCache {
  private readonly records = new Map<string, CacheRecord>();
  /** Filesystems of `RUN --mount=type=cache`, by id; they persist across builds. */
  private readonly mounts = new Map<string, FileSystem>();

  /** The cache mount `id`, created by `create` on first use. */
  cacheMount(id: string, create: () => FileSystem): FileSystem {
    let fs = this.mounts.get(id);
    if (!fs) this.mounts.set(id, (fs = create()));
    return fs;
  }

  constructor(private readonly hasher: Hasher) {}

  /** The key of a step: sha256 of its parent key and its definition. */
  key(parent: string, definition: unknown): string {
    return `sha256:${this.hasher.sha256Sync(JSON.stringify([parent, definition]))}`;
  }

  get(key: string, now: number): CacheRecord | undefined {
    const r = this.records.get(key);
    if (r) {
      r.lastUsedAt = now;
      r.usageCount = (r.usageCount ?? 1) + 1;
    }
    return r;
  }

  set(key: string, record: CacheRecord): void {
    this.records.set(key, record);
  }

  get size(): number {
    return this.records.size;
  }

  /** Whether a record holds the layer `diffId` (so the layer store must keep it). */
  holds(diffId: string): boolean {
    for (const r of this.records.values()) {
      if (r.layer?.diffId === diffId || r.parents.some((l) => l.diffId === diffId)) return true;
    }
    return false;
  }

  /** Every record (for `docker system df` / `builder prune`). */
  entries(): [string, CacheRecord][] {
    return [...this.records];
  }

  /** Drops one record (`docker builder prune` with filters or --keep-storage). */
  remove(key: string): void {
    this.records.delete(key);
  }

  /** `docker builder prune`: drops every record; returns the bytes released. */
  prune(): number {
    let bytes = 0;
    for (const r of this.records.values()) bytes += r.layer?.size ?? 0;
    this.records.clear();
    this.mounts.clear();
    return bytes;
  }
}

const caches = new WeakMap<ImageStore, BuildCache>();

/** The cache of one engine (keyed by its layer store, which keeps the cache's layers), created on first use. */
export function buildCacheFor(store: ImageStore): BuildCache {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = new BuildCache(store.hasher)));
  return c;
}

/** Layers the engine must keep besides the images': those of its build cache. */
export function heldByBuildCache(store: ImageStore): (diffId: string) => boolean {
  const cache = caches.get(store);
  return (diffId) => !!cache?.holds(diffId);
}

/** `docker builder prune --all`: empties the cache and lets go of the layers no image uses; returns the bytes. */
export function pruneBuildCache(store: ImageStore): number {
  const bytes = buildCacheFor(store).prune();
  store.releaseUnusedLayers();
  return bytes;
}
