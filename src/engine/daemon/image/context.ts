// What the engine-side image operations need from the daemon: the store, the world, and a view of
// the containers (owned by the container side) to find which of them use an image.
import type { RegistryTransport } from '../../image/hub/http-types';
import type { ImageStore } from '../../image/store';
import type { Clock, Hasher } from '../../world/types';

export interface ImageUser {
  /** Full container ID. */
  id: string;
  running: boolean;
  /** Bytes of the container's RW layer (for `system df`). */
  size?: number;
}

export interface ImageUsers {
  /** Containers created from the image `imageId` (`sha256:…`), in creation order. */
  containersUsing(imageId: string): ImageUser[];
}

export type ImageEventAction = 'pull' | 'push' | 'tag' | 'untag' | 'delete' | 'import' | 'load' | 'save' | 'prune';

export interface ImageContext {
  store: ImageStore;
  clock: Clock;
  hasher: Hasher;
  users: ImageUsers;
  /** Docker's image events (`docker events`), when the daemon records them. */
  event?: (action: ImageEventAction, id: string, ref?: string) => void;
  /** The engine's `DockerVersion` in image configs it writes. */
  dockerVersion?: string;
  /** How to reach a registry host (`docker.io` → the simulated Hub); null when the name does not resolve. */
  registry?: (domain: string) => RegistryTransport | null;
  /** The engine's platform, for picking a manifest from an index (default linux/amd64). */
  platform?: { os: string; architecture: string; variant?: string };
  /** Simulated network speed in bytes per second for pulls and pushes (default 12.5 MB/s). */
  bandwidth?: number;
}

export const NO_USERS: ImageUsers = { containersUsing: () => [] };

/** Everything the image side needs, wired for an engine: a store, the simulated Hub on docker.io. */
export function createImageContext(opts: {
  clock: Clock;
  hasher: Hasher;
  store: ImageStore;
  hub: { handle: RegistryTransport };
  users?: ImageUsers;
  event?: ImageContext['event'];
}): ImageContext {
  return {
    store: opts.store,
    clock: opts.clock,
    hasher: opts.hasher,
    users: opts.users ?? NO_USERS,
    event: opts.event,
    registry: (domain) => (domain === 'docker.io' || domain === 'index.docker.io' ? (req) => opts.hub.handle(req) : null),
  };
}
