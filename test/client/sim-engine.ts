// The simulated engine behind the API for client and contract tests: the container engineer's test
// daemon (virtual clock, tiny programs, a busybox-like image) served by the router.
import { daemonBackend } from '../../src/engine/api/daemon-backend';
import { createRouter } from '../../src/engine/api/engine-api';
import type { ImageContext } from '../../src/engine/daemon/image/context';
import { syncHasher } from '../../src/engine/world/hasher';
import { EngineClient } from '../../src/client/engine-client';
import { InProcessTransport } from '../../src/client/transports/in-process';
import { testDaemon } from '../engine/daemon/container/helpers';
import { createNetworkLayer } from '../../src/engine/daemon/network/layer';
import { MemFs } from '../../src/engine/fs/memfs';

export function simEngine(seed = 1) {
  const t = testDaemon(seed);
  const images: ImageContext = {
    store: t.images,
    clock: t.clock,
    hasher: syncHasher,
    users: {
      containersUsing: (imageId) =>
        t.daemon.containers
          .all()
          .filter((c) => c.imageId === imageId)
          .map((c) => ({ id: c.id, running: c.isUp })),
    },
  };
  // Networks, ports and volumes as the app wires them (src/world).
  const hostFs = new MemFs({ clock: t.clock });
  const network = createNetworkLayer({ clock: t.clock, random: t.daemon.random, hostFs: () => hostFs });
  t.daemon.networking = network.networking;
  t.daemon.volumes = network.volumes;
  const router = createRouter(daemonBackend(t.daemon, images, network.backend(t.daemon)));
  const client = new EngineClient(new InProcessTransport(router));
  return { ...t, router, client, imageContext: images };
}
