import { describe, expect, it } from 'vitest';
import { Filters } from '../../../src/engine/api/filters';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerInspect } from '../../../src/engine/daemon/container/inspect';
import { containerRemove } from '../../../src/engine/daemon/container/remove';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { tick } from '../daemon/container/helpers';
import { networkDaemon, readAll } from './helpers';

const INSPECT = { verbose: false, scope: '' };

describe('user-defined networks', () => {
  it('take the next free pools, or the given subnet and gateway', async () => {
    const { backend } = networkDaemon();
    await backend.networkCreate({ Name: 'front' });
    await backend.networkCreate({
      Name: 'back',
      IPAM: { Config: [{ Subnet: '10.5.0.0/24', Gateway: '10.5.0.254' }] },
    });
    await backend.networkCreate({ Name: 'third', Labels: { tier: 'x' } });
    expect((await backend.networkInspect('front', INSPECT)).IPAM).toEqual({
      Driver: 'default',
      Options: {},
      Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }],
    });
    expect((await backend.networkInspect('back', INSPECT)).IPAM.Config).toEqual([
      { Subnet: '10.5.0.0/24', Gateway: '10.5.0.254' },
    ]);
    expect((await backend.networkInspect('third', INSPECT)).IPAM.Config[0]?.Subnet).toBe('172.19.0.0/16');
    expect((await backend.networkList(Filters.from({ label: ['tier=x'] }))).map((n) => n.Name)).toEqual([
      'third',
    ]);
    await expect(backend.networkCreate({ Name: 'front' })).rejects.toThrow(
      'network with name front already exists',
    );
    await expect(
      backend.networkCreate({ Name: 'clash', IPAM: { Config: [{ Subnet: '172.17.5.0/24' }] } }),
    ).rejects.toThrow('Pool overlaps with other one on this address space');
    await expect(backend.networkRemove('bridge')).rejects.toThrow(
      'bridge is a pre-defined network and cannot be removed',
    );
  });

  it('refuse to start a container on a network that does not exist', () => {
    const { daemon } = networkDaemon();
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '1'], HostConfig: { NetworkMode: 'nosuch' } },
      'lost',
    );
    expect(() => containerStart(daemon, 'lost')).toThrow('network nosuch not found');
  });

  it('resolve container names and aliases through the embedded DNS', async () => {
    const { daemon, backend, networking } = networkDaemon();
    const { Id: netId } = await backend.networkCreate({ Name: 'app' });
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['serve', '8000'],
        HostConfig: { NetworkMode: 'app' },
        NetworkingConfig: { EndpointsConfig: { app: { Aliases: ['api'] } } },
      },
      'srv',
    );
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: { NetworkMode: 'app' } },
      'cli',
    );
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'outsider');
    for (const n of ['srv', 'cli', 'outsider']) containerStart(daemon, n);
    await tick();
    const srv = daemon.containers.get('srv');
    const cli = networking.attachment(daemon.containers.get('cli'))!.stack;
    expect(await cli.resolve('srv')).toBe('172.18.0.2');
    expect(await cli.resolve('api')).toBe('172.18.0.2');
    expect(await cli.resolve(srv.shortId)).toBe('172.18.0.2');
    expect(await cli.resolve('outsider')).toBeNull();
    expect(await readAll(await cli.connect('srv', 8000))).toBe('hello from 172.18.0.2:8000 to 172.18.0.3\n');
    expect(daemon.containers.get('cli').files.readText('/resolv.conf')).toContain('nameserver 127.0.0.11');
    const settings = containerInspect(daemon, 'srv').NetworkSettings;
    expect(settings.IPAddress).toBe('');
    expect(settings.Networks.app).toMatchObject({
      NetworkID: netId,
      IPAddress: '172.18.0.2',
      Aliases: ['api', srv.shortId],
    });

    // Docker's isolation rules drop traffic between bridges: the connection times out.
    const outsider = networking.attachment(daemon.containers.get('outsider'))!.stack;
    await expect(outsider.connect('172.18.0.2', 8000)).rejects.toThrow('ETIMEDOUT');

    await expect(backend.networkRemove('app')).rejects.toThrow(
      `error while removing network: network app id ${netId} has active endpoints`,
    );
    await backend.networkConnect('app', { Container: 'outsider' });
    expect(await outsider.resolve('srv')).toBe('172.18.0.2');
    expect(await readAll(await outsider.connect('srv', 8000))).toBe(
      'hello from 172.18.0.2:8000 to 172.18.0.4\n',
    );
    await expect(backend.networkConnect('app', { Container: 'outsider' })).rejects.toThrow(
      'endpoint with name outsider already exists in network app',
    );
    await backend.networkDisconnect('app', { Container: 'outsider' });
    await expect(backend.networkDisconnect('app', { Container: 'outsider' })).rejects.toThrow(
      `container ${daemon.containers.get('outsider').id} is not connected to network app`,
    );
    for (const n of ['srv', 'cli', 'outsider']) await containerRemove(daemon, n, { force: true });
    expect((await backend.networksPrune(new Filters())).NetworksDeleted).toEqual(['app']);
  });
});
