import { describe, expect, it } from 'vitest';
import { Filters } from '../../../src/engine/api/filters';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerInspect } from '../../../src/engine/daemon/container/inspect';
import { containerRemove } from '../../../src/engine/daemon/container/remove';
import { volumeBackend } from '../../../src/engine/daemon/volume/backend';
import { Volumes } from '../../../src/engine/daemon/volume/volumes';
import { MemFs } from '../../../src/engine/fs/memfs';
import { testDaemon } from '../daemon/container/helpers';

function volumeDaemon() {
  const t = testDaemon();
  const hostFs = new MemFs({ clock: t.clock });
  hostFs.mkdir('/home/eleve/site', { recursive: true });
  hostFs.writeFile('/home/eleve/site/index.html', '<h1>Bonjour</h1>\n');
  const volumes = new Volumes(t.clock, t.daemon.random, () => hostFs);
  t.daemon.volumes = volumes;
  return { ...t, hostFs, volumes, backend: volumeBackend(volumes, t.daemon.random) };
}

describe('volumes and mounts', () => {
  it('creates, lists, inspects and removes named volumes with Docker words', async () => {
    const { backend } = volumeDaemon();
    const v = await backend.volumeCreate({ Name: 'data' });
    expect(v).toEqual({
      CreatedAt: '2026-11-23T09:00:00Z',
      Driver: 'local',
      Labels: null,
      Mountpoint: '/var/lib/docker/volumes/data/_data',
      Name: 'data',
      Options: null,
      Scope: 'local',
    });
    expect((await backend.volumeList(new Filters())).Volumes.map((x) => x.Name)).toEqual(['data']);
    await expect(backend.volumeInspect('nosuchvol')).rejects.toThrow('get nosuchvol: no such volume');
    await expect(backend.volumeRemove('nosuchvol', { force: false })).rejects.toThrow(
      'get nosuchvol: no such volume',
    );
    await backend.volumeRemove('data', { force: false });
    expect((await backend.volumeList(new Filters())).Volumes).toEqual([]);
  });

  it('mounts named, anonymous and bind volumes; the data outlives the container; rm -v drops anonymous ones', async () => {
    const { daemon, backend, hostFs } = volumeDaemon();
    const { Id } = containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['sleep', '100'],
        Volumes: { '/anon': {} },
        HostConfig: { Binds: ['data:/data', '/home/eleve/site:/usr/share/nginx/html:ro'] },
      },
      'vc',
    );
    const c = daemon.containers.get('vc');
    c.fs.writeFile('/data/note.txt', 'kept\n');
    expect(c.fs.readText('/usr/share/nginx/html/index.html')).toBe('<h1>Bonjour</h1>\n');
    expect(() => c.fs.writeFile('/usr/share/nginx/html/x', 'x')).toThrow(/Read-only file system|EROFS/);
    hostFs.writeFile('/home/eleve/site/new.html', 'new\n');
    expect(c.fs.readText('/usr/share/nginx/html/new.html')).toBe('new\n');
    const mounts = containerInspect(daemon, 'vc').Mounts;
    const anon = mounts[2]!.Name!;
    expect(mounts).toEqual([
      {
        Type: 'volume',
        Name: 'data',
        Source: '/var/lib/docker/volumes/data/_data',
        Destination: '/data',
        Driver: 'local',
        Mode: 'z',
        RW: true,
        Propagation: '',
      },
      {
        Type: 'bind',
        Source: '/home/eleve/site',
        Destination: '/usr/share/nginx/html',
        Mode: 'ro',
        RW: false,
        Propagation: 'rprivate',
      },
      {
        Type: 'volume',
        Name: anon,
        Source: `/var/lib/docker/volumes/${anon}/_data`,
        Destination: '/anon',
        Driver: 'local',
        Mode: '',
        RW: true,
        Propagation: '',
      },
    ]);
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    await expect(backend.volumeRemove('data', { force: false })).rejects.toThrow(
      `remove data: volume is in use - [${Id}]`,
    );
    await containerRemove(daemon, 'vc', { volumes: true });
    expect((await backend.volumeList(new Filters())).Volumes.map((v) => v.Name)).toEqual(['data']);
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '1'], HostConfig: { Binds: ['data:/again'] } },
      'v2',
    );
    expect(daemon.containers.get('v2').fs.readText('/again/note.txt')).toBe('kept\n');
    await containerRemove(daemon, 'v2', {});
    expect((await backend.volumesPrune(new Filters())).VolumesDeleted).toEqual(['data']);
  });

  it('fills an empty volume from the image content at its mount point, once', async () => {
    const { daemon } = volumeDaemon();
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '1'], HostConfig: { Binds: ['etcv:/etc'] } },
      'p1',
    );
    const c = daemon.containers.get('p1');
    expect(c.fs.readText('/etc/motd')).toBe('hello\n');
    c.fs.unlink('/etc/motd');
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '1'], HostConfig: { Binds: ['etcv:/etc'] } },
      'p2',
    );
    expect(daemon.containers.get('p2').fs.exists('/etc/motd')).toBe(false);
    expect(daemon.containers.get('p2').fs.exists('/etc/passwd')).toBe(true);
  });
});
