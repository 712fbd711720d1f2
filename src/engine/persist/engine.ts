// snapshotEngine / restoreEngine: the whole engine as one versioned value and back. Restoring checks
// everything first (shape, content, references between parts) and only then fills the engine, so an
// EngineSnapshotError leaves it as it was.
import { decodeContainers } from '../daemon/container/persist';
import type { Daemon } from '../daemon/daemon';
import type { Networking } from '../daemon/network/networking';
import type { Volumes } from '../daemon/volume/volumes';
import type { HubRegistry } from '../image/hub/registry';
import type { ImageStore } from '../image/store';
import { obj } from './check';
import { applyAllContainers, checkContainerRefs, saveAllContainers } from './containers';
import {
  ContentSink,
  ENGINE_SNAPSHOT_FORMAT,
  ENGINE_SNAPSHOT_VERSION,
  type EngineSnapshot,
  type EngineState,
} from './format';
import { applyHub, decodeHub, saveHub } from './hub';
import { applyBuildCache, decodeBuildCache, saveBuildCache } from './build-cache';
import { checkEnvelope } from './content-keys';
import { applyImages, decodeImages, saveImages } from './images';
import { applyNetworks, decodeNetworks, saveNetworks } from './networks';
import { applyVolumes, decodeVolumes, saveVolumes } from './volumes';

/** The parts of a simulated engine that hold state (src/world's SimWorld exposes them as `engine`). */
export interface PersistableEngine {
  daemon: Daemon;
  store: ImageStore;
  volumes: Volumes;
  networking: Networking;
  hub: HubRegistry;
}

export interface SnapshotOptions {
  /** Content keys storage already holds: their bytes are left out of the snapshot (incremental save). */
  stored?: (key: string) => boolean;
}

export function snapshotEngine(engine: PersistableEngine, opts: SnapshotOptions = {}): EngineSnapshot {
  const sink = new ContentSink(opts.stored ?? (() => false));
  const state: EngineState = {
    images: saveImages(engine.store, sink),
    containers: saveAllContainers(engine.daemon, engine),
    volumes: saveVolumes(engine.volumes.store),
    networks: saveNetworks(engine.networking.controller),
    hub: saveHub(engine.hub, sink),
    buildCache: saveBuildCache(engine.daemon, sink),
  };
  return { format: ENGINE_SNAPSHOT_FORMAT, version: ENGINE_SNAPSHOT_VERSION, state, content: sink.content };
}

/**
 * Fills a fresh engine (nothing created or run yet) from a snapshot, then lets restart policies start
 * what they start. Throws EngineSnapshotError, before changing anything, on corrupt or incompatible data.
 */
export function restoreEngine(engine: PersistableEngine, snapshot: unknown): void {
  const state = checkEnvelope(snapshot);
  const content = obj((snapshot as { content?: unknown }).content, 'content') as Record<string, Uint8Array>;
  const { hasher } = engine.daemon.world;
  const images = decodeImages(state.images, content, hasher);
  const imageIds = new Set(images.configs.map((c) => c.id));
  const networks = decodeNetworks(state.networks);
  const volumes = decodeVolumes(state.volumes, engine.daemon.clock);
  const hub = decodeHub(state.hub, content, hasher);
  const buildCache = decodeBuildCache(
    state.buildCache,
    content,
    new Map(images.layers.map((l) => [l.diffId, l])),
    hasher,
  );
  const containers = decodeContainers(state.containers, (id) => imageIds.has(id));
  checkContainerRefs(containers, {
    volume: (name) => volumes.some((v) => v.name === name),
    network: (id) => networks.some((n) => n.id === id),
  });
  applyNetworks(engine.networking.controller, networks);
  applyImages(engine.store, images);
  applyHub(engine.hub, hub);
  applyVolumes(engine.volumes.store, volumes);
  applyBuildCache(engine.daemon, buildCache);
  applyAllContainers(engine.daemon, containers, engine);
}
