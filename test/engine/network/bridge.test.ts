import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerInspect } from '../../../src/engine/daemon/container/inspect';
import { containerList } from '../../../src/engine/daemon/container/list';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { containerStop } from '../../../src/engine/daemon/container/stop';
import { Filters } from '../../../src/engine/api/filters';
import { tick } from '../daemon/container/helpers';
import { networkDaemon, readAll } from './helpers';

describe('default bridge network', () => {
  it('lists bridge, host and none with Docker JSON', async () => {
    const { backend } = networkDaemon();
    const list = await backend.networkList(new Filters());
    expect(list.map((n) => n.Name).sort()).toEqual(['bridge', 'host', 'none']);
    const bridge = await backend.networkInspect('bridge', { verbose: false, scope: '' });
    expect(bridge.IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: '172.17.0.0/16' }] });
    expect(bridge.Options['com.docker.network.bridge.name']).toBe('docker0');
    expect(Object.keys(bridge)).toEqual([
      'Name',
      'Id',
      'Created',
      'Scope',
      'Driver',
      'EnableIPv6',
      'IPAM',
      'Internal',
      'Attachable',
      'Ingress',
      'ConfigFrom',
      'ConfigOnly',
      'Containers',
      'Options',
      'Labels',
    ]);
    await expect(backend.networkInspect('nosuch', { verbose: false, scope: '' })).rejects.toThrow(
      'network nosuch not found',
    );
  });

  it('gives started containers 172.17.0.2, .3 in order and frees them at stop', async () => {
    const { daemon, backend } = networkDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'ca');
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'cb');
    containerStart(daemon, 'ca');
    containerStart(daemon, 'cb');
    const a = containerInspect(daemon, 'ca').NetworkSettings;
    const b = containerInspect(daemon, 'cb').NetworkSettings;
    expect(a.IPAddress).toBe('172.17.0.2');
    expect(a.Gateway).toBe('172.17.0.1');
    expect(a.MacAddress).toBe('02:42:ac:11:00:02');
    expect(a.IPPrefixLen).toBe(16);
    expect(a.Networks.bridge?.IPAddress).toBe('172.17.0.2');
    expect(b.IPAddress).toBe('172.17.0.3');
    const bridge = await backend.networkInspect('bridge', { verbose: false, scope: '' });
    expect(Object.values(bridge.Containers).map((e) => [e.Name, e.IPv4Address])).toEqual([
      ['ca', '172.17.0.2/16'],
      ['cb', '172.17.0.3/16'],
    ]);
    const sandbox = containerInspect(daemon, 'ca').NetworkSettings.SandboxID;
    await containerStop(daemon, 'ca', {});
    const stopped = containerInspect(daemon, 'ca').NetworkSettings;
    expect(stopped.IPAddress).toBe('');
    expect(stopped.SandboxID).toBe(sandbox);
    expect(stopped.Networks.bridge?.NetworkID).toBe(bridge.Id);
    expect(stopped.Networks.bridge?.EndpointID).toBe('');
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'cc');
    expect(containerInspect(daemon, 'cc').NetworkSettings.Networks.bridge?.NetworkID).toBe('');
    containerStart(daemon, 'cc');
    expect(containerInspect(daemon, 'cc').NetworkSettings.IPAddress).toBe('172.17.0.2');
  });

  it('lets one container reach another by IP, the peer seeing its address', async () => {
    const { daemon, networking } = networkDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['serve', '80'] }, 'srv');
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'cli');
    containerStart(daemon, 'srv');
    containerStart(daemon, 'cli');
    await tick();
    const cli = networking.attachment(daemon.containers.get('cli'))!.stack;
    expect(cli.addresses()).toEqual(['127.0.0.1', '172.17.0.3']);
    expect(await readAll(await cli.connect('172.17.0.2', 80))).toBe(
      'hello from 172.17.0.2:80 to 172.17.0.3\n',
    );
    await expect(cli.connect('172.17.0.2', 81)).rejects.toThrow('connect ECONNREFUSED 172.17.0.2:81');
    expect(await cli.resolve('srv')).toBeNull();
  });

  it('publishes ports on the host stack, and refuses a port already allocated', async () => {
    const { daemon, controller } = networkDaemon();
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['serve', '80'],
        ExposedPorts: { '80/tcp': {}, '90/tcp': {} },
        HostConfig: {
          PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] },
          PublishAllPorts: false,
        },
      },
      'web',
    );
    containerStart(daemon, 'web');
    await tick();
    const host = controller.hostNet();
    expect(await readAll(await host.connect('localhost', 8080))).toBe(
      'hello from 172.17.0.2:80 to 172.17.0.1\n',
    );
    const counters = daemon.networking.counters?.(daemon.containers.get('web'));
    expect(counters?.tx_bytes).toBe('hello from 172.17.0.2:80 to 172.17.0.1\n'.length);
    expect(counters?.rx_bytes).toBe(0);
    const listed = containerList(daemon, { all: true }).find((c) => c.Names[0] === '/web')!;
    expect(listed.Ports).toEqual([
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { PrivatePort: 90, Type: 'tcp' },
    ]);
    expect(containerInspect(daemon, 'web').NetworkSettings.Ports).toEqual({
      '80/tcp': [
        { HostIp: '0.0.0.0', HostPort: '8080' },
        { HostIp: '::', HostPort: '8080' },
      ],
      '90/tcp': null,
    });
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['serve', '80'],
        HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } },
      },
      'web2',
    );
    expect(() => containerStart(daemon, 'web2')).toThrow(
      /^driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
    );
    expect(containerInspect(daemon, 'web2').State.Status).toBe('created');
  });

  it('gives -P random host ports from 32768 on', async () => {
    const { daemon } = networkDaemon();
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['serve', '80'],
        ExposedPorts: { '80/tcp': {} },
        HostConfig: { PublishAllPorts: true },
      },
      'pp',
    );
    containerStart(daemon, 'pp');
    expect(containerInspect(daemon, 'pp').NetworkSettings.Ports['80/tcp']).toEqual([
      { HostIp: '0.0.0.0', HostPort: '32768' },
      { HostIp: '::', HostPort: '32768' },
    ]);
  });
});

describe('legacy links', () => {
  it('add /etc/hosts lines and names for --link on the default bridge', async () => {
    const { daemon, networking } = networkDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['serve', '80'] }, 'db');
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: { Links: ['db:base'] } },
      'app',
    );
    expect(() => containerStart(daemon, 'app')).toThrow(
      'Cannot link to a non running container: /db AS /app/base',
    );
    containerStart(daemon, 'db');
    containerStart(daemon, 'app');
    const db = daemon.containers.get('db');
    const app = daemon.containers.get('app');
    expect(app.files.readText('/hosts')).toContain(`172.17.0.2\tbase ${db.shortId} db\n`);
    expect(await networking.attachment(app)!.stack.resolve('base')).toBe('172.17.0.2');
  });
});

describe('shared network namespaces', () => {
  it('--network container:NAME shares the stack; --network host uses the host stack', async () => {
    const { daemon, networking, controller } = networkDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['serve', '80'] }, 'main');
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: { NetworkMode: 'container:main' } },
      'side',
    );
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: { NetworkMode: 'host' } },
      'onhost',
    );
    expect(() => containerStart(daemon, 'side')).toThrow(
      `cannot join network of a non running container: ${daemon.containers.get('main').id}`,
    );
    containerStart(daemon, 'main');
    containerStart(daemon, 'side');
    containerStart(daemon, 'onhost');
    await tick();
    const side = networking.attachment(daemon.containers.get('side'))!.stack;
    expect(side).toBe(networking.attachment(daemon.containers.get('main'))!.stack);
    expect(await readAll(await side.connect('localhost', 80))).toBe('hello from 127.0.0.1:80 to 127.0.0.1\n');
    expect(networking.attachment(daemon.containers.get('onhost'))!.stack).toBe(controller.hostNet());
  });
});
