// Issue 6's engine parts in one piece for the composition root:
//   const layer = createNetworkLayer({ clock, random, hostFs: () => host.fs });
//   const daemon = new Daemon({ ..., networking: layer.networking, volumes: layer.volumes });
//   daemonBackend(daemon, images, layer.backend(daemon));
//   the host's namespace gets `net: layer.hostNet()` (curl localhost:8080 reaches published ports).
import type { EngineBackend } from '../../api/backend';
import type { FileSystem } from '../../fs/types';
import type { Stack } from '../../network/stack';
import { NetworkController } from '../../network/controller';
import type { Clock, Random } from '../../world/types';
import type { Daemon } from '../daemon';
import { volumeBackend } from '../volume/backend';
import { Volumes } from '../volume/volumes';
import { networkBackend } from './backend';
import { Networking } from './networking';

export interface NetworkLayer {
  networking: Networking;
  volumes: Volumes;
  /** The host's network stack: give it to the host namespace as its `net`. */
  hostNet(): Stack;
  /** The network and volume routes' backend, for `daemonBackend`'s `extra`. */
  backend(d: Daemon): Partial<EngineBackend>;
}

export function createNetworkLayer(opts: {
  clock: Clock;
  random: Random;
  hostFs: () => FileSystem;
}): NetworkLayer {
  const networking = new Networking(new NetworkController(opts.clock, opts.random));
  const volumes = new Volumes(opts.clock, opts.random, opts.hostFs);
  return {
    networking,
    volumes,
    hostNet: () => networking.controller.hostNet(),
    backend: (d) => ({ ...networkBackend(d, networking), ...volumeBackend(volumes, opts.random, d.events) }),
  };
}
