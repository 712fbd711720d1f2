// The saved engine (issue 6: a reload does not lose a student's work). One versioned, structured-clonable
// value: the state (JSON-like: images' configs and references, containers, volumes, networks, the Hub's
// pushed repositories and accounts) plus content-addressed bytes (layer tars, pushed blobs) kept apart
// under stable keys, so that storage writes each of them once and never rewrites it.
import type { SavedContainers } from '../daemon/container/persist';
import type { BlobInfo } from '../image/store';
import type { NetworkInit } from '../network/network';
import type { FsSnapshot } from '../fs/snapshot';
import type { HubSavedState } from './hub';
import type { SavedCacheRecord } from './build-cache';
import type { Labels } from '../api/types';

export const ENGINE_SNAPSHOT_FORMAT = 'baleine-engine';
export const ENGINE_SNAPSHOT_VERSION = 1;

export interface SavedLayer {
  diffId: string;
  /** Size as Docker reports it (may stand for a bigger real layer). */
  size: number;
}

export interface SavedImages {
  layers: SavedLayer[];
  /** Image configs, by their exact bytes (the image ID is their sha256). */
  configs: string[];
  /** Canonical reference (`docker.io/library/busybox:latest`, `…@sha256:…`) → image ID. */
  references: [string, string][];
  /** Image ID → the time of its last tag (inspect's Metadata.LastTagTime). */
  tagTimes: [string, string][];
  /** Distribution metadata of the layers (which compressed blob each came as). */
  blobs: BlobInfo[];
}

export interface SavedVolume {
  name: string;
  created: number;
  anonymous: boolean;
  labels: Labels | null;
  options: Labels | null;
  populated: boolean;
  fs: FsSnapshot;
}

export interface EngineState {
  images: SavedImages;
  containers: SavedContainers;
  volumes: SavedVolume[];
  /** Every network, the predefined ones included (their IDs survive), in creation order. */
  networks: NetworkInit[];
  hub: HubSavedState;
  buildCache: SavedCacheRecord[];
}

export interface EngineSnapshot {
  format: typeof ENGINE_SNAPSHOT_FORMAT;
  version: number;
  state: EngineState;
  /**
   * Immutable bytes by content key (`layer/sha256:…`, `blob/sha256:…`). A snapshot taken for an
   * incremental save leaves out the keys storage already holds; a snapshot given to restoreEngine
   * must hold every key contentKeys(state) lists.
   */
  content: Record<string, Uint8Array>;
}

export function layerKey(diffId: string): string {
  return `layer/${diffId}`;
}

export function blobKey(digest: string): string {
  return `blob/${digest}`;
}

/** Collects content while a snapshot is taken, computing only what is not stored already. */
export class ContentSink {
  readonly content: Record<string, Uint8Array> = {};

  constructor(private readonly stored: (key: string) => boolean) {}

  put(key: string, bytes: () => Uint8Array): void {
    if (!this.stored(key) && !(key in this.content)) this.content[key] = bytes();
  }
}
