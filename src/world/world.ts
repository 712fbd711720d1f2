// The composition root: one simulated machine. A Debian host (its kernel runs the containers too, so
// the host's `ps` sees them), a Docker daemon on that kernel with the simulated Hub on docker.io, the
// Engine API router in front of it, and the docker CLI installed on the host, talking to the router
// through EngineClient exactly as a real CLI talks to /var/run/docker.sock.
import type { NetStack } from '../engine/process/types';
import { createHost, type Host, type HostOptions } from '../host';
import { Daemon } from '../engine/daemon/daemon';
import { ImageStore } from '../engine/image/store';
import { HubRegistry } from '../engine/image/hub/registry';
import { attachHubToFabric, withHubNames } from '../engine/image/hub/internet';
import type { HubDataLoader } from '../engine/image/hub/catalog';
import { createImageContext, type ImageContext } from '../engine/daemon/image/context';
import { pullImage } from '../engine/daemon/image/pull';
import { daemonBackend } from '../engine/api/daemon-backend';
import { createRouter } from '../engine/api/engine-api';
import { createHasher } from '../engine/world/hasher';
import type { Clock, Hasher, Random } from '../engine/world/types';
import { EngineClient } from '../client/engine-client';
import { InProcessTransport } from '../client/transports/in-process';
import { createDockerProgram, dockerCompletion } from '../cli';
import { createContainerProgramTable } from '../userland';
import { busyboxNetApplets, hostNetPrograms, UnixSocketTable } from '../userland/net/index';
import { engineApiSocket } from '../engine/network/engine-socket';
import { createNetworkLayer } from '../engine/daemon/network/layer';
import type { PersistableEngine } from '../engine/persist';

export interface WorldOptions {
  clock: Clock;
  random: Random;
  /** Where the simulated Hub reads its catalog and layer blobs (fetch in the browser, files in node). */
  hub: HubDataLoader;
  hasher?: Hasher;
  /** Passed to the host: a restored filesystem, a history store, a host name… */
  host?: Omit<HostOptions, 'world'>;
}

export interface SimWorld {
  host: Host;
  daemon: Daemon;
  images: ImageContext;
  router: ReturnType<typeof createRouter>;
  client: EngineClient;
  hub: HubRegistry;
  /** The host's network stack, as its programs (curl) see it: the UI's browser tab connects through it. */
  hostNet: NetStack;
  /** The engine's stateful parts, for snapshotEngine/restoreEngine (src/engine/persist). */
  engine: PersistableEngine;
  /** Makes images present locally, as `docker pull` would, without printing anything. */
  preload(images: string[]): Promise<void>;
  /** Kills every process (a page going away, a machine replaced by a restored one): nothing runs on. */
  shutdown(): void;
}

export function createWorld(opts: WorldOptions): SimWorld {
  const hasher = opts.hasher ?? createHasher();
  const world = { clock: opts.clock, random: opts.random, hasher };
  // Networks, published ports and volumes; the host's stack reaches published ports on localhost.
  // The layer reads the host's files (bind mounts) only once containers run, after `host` exists.
  const network = createNetworkLayer({ clock: opts.clock, random: opts.random, hostFs: () => host.fs });
  // Docker Hub: the daemon pulls from it in process; the host reaches its hosts over the network.
  const hub = new HubRegistry(opts.hub, hasher, 'token', () => opts.clock.now());
  attachHubToFabric(network.networking.controller.fabric, hub, () => opts.clock.now());
  const hostNet = withHubNames(network.hostNet());
  const host = createHost({
    ...opts.host,
    world: { clock: opts.clock, random: opts.random },
    net: hostNet,
  });
  const store = new ImageStore(hasher);
  const daemon = new Daemon({
    world,
    kernel: host.kernel,
    images: store,
    hostFs: host.fs,
    containerPrograms: createContainerProgramTable(busyboxNetApplets),
    networking: network.networking,
    volumes: network.volumes,
  });
  const images = createImageContext({
    clock: opts.clock,
    hasher,
    store,
    hub,
    users: daemon.imageUsers,
    event: daemon.imageEvent,
  });
  const router = createRouter(daemonBackend(daemon, images, network.backend(daemon)));
  const client = new EngineClient(new InProcessTransport(router));
  // /var/run/docker.sock: `curl --unix-socket` on the host speaks HTTP to the same router.
  const sockets = new UnixSocketTable();
  sockets.bind(
    '/var/run/docker.sock',
    engineApiSocket(router, () => opts.clock.now()),
  );
  for (const [name, program] of Object.entries(hostNetPrograms({ unixSockets: sockets }))) {
    host.addProgram(name, program);
  }
  host.addProgram(
    'docker',
    createDockerProgram(() => client),
  );
  host.completions.push(dockerCompletion(() => client));
  return {
    host,
    daemon,
    images,
    router,
    client,
    hub,
    hostNet,
    engine: { daemon, store, volumes: network.volumes, networking: network.networking, hub },
    async preload(names) {
      for (const name of names) await pullImage(images, name);
    },
    shutdown() {
      for (const p of host.kernel.processes()) {
        try {
          host.kernel.signal(p.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    },
  };
}
