import { describe, expect, it } from 'vitest';
import { Filters } from '../../../src/engine/api/filters';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { createNetworkLayer } from '../../../src/engine/daemon/network/layer';
import { MemFs } from '../../../src/engine/fs/memfs';
import { testDaemon, tick } from '../daemon/container/helpers';
import { readAll } from './helpers';

describe('createNetworkLayer', () => {
  it('wires networking, volumes, the host stack and the backend together', async () => {
    const t = testDaemon();
    const hostFs = new MemFs({ clock: t.clock });
    const layer = createNetworkLayer({
      clock: t.clock,
      random: t.daemon.random,
      hostFs: () => hostFs,
    });
    t.daemon.networking = layer.networking;
    t.daemon.volumes = layer.volumes;
    const backend = layer.backend(t.daemon);
    containerCreate(
      t.daemon,
      {
        Image: 'busybox',
        Cmd: ['serve', '80'],
        HostConfig: {
          Binds: ['site:/srv'],
          PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8081' }] },
        },
      },
      'web',
    );
    containerStart(t.daemon, 'web');
    await tick();
    expect(await readAll(await layer.hostNet().connect('127.0.0.1', 8081))).toBe(
      'hello from 172.17.0.2:80 to 172.17.0.1\n',
    );
    expect((await backend.volumeList!(new Filters())).Volumes.map((v) => v.Name)).toEqual(['site']);
    expect((await backend.networkList!(new Filters())).length).toBe(3);
  });
});
