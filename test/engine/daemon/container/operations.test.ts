import { describe, expect, it } from 'vitest';
import { Filters } from '../../../../src/engine/api/filters';
import type { Frame } from '../../../../src/engine/api/stream';
import { containerCreate } from '../../../../src/engine/daemon/container/create';
import { containerStart } from '../../../../src/engine/daemon/container/start';
import { containerWait } from '../../../../src/engine/daemon/container/wait';
import { containerInspect } from '../../../../src/engine/daemon/container/inspect';
import { containerList } from '../../../../src/engine/daemon/container/list';
import { containerLogs } from '../../../../src/engine/daemon/container/logs';
import { containerAttach } from '../../../../src/engine/daemon/container/attach';
import { containerTop } from '../../../../src/engine/daemon/container/top';
import { containerChanges } from '../../../../src/engine/daemon/container/changes';
import { containerArchive, containerExtract } from '../../../../src/engine/daemon/container/archive';
import { containerUpdate } from '../../../../src/engine/daemon/container/update';
import { containerPrune } from '../../../../src/engine/daemon/container/prune';
import { containerExport } from '../../../../src/engine/daemon/container/export';
import { containerResize } from '../../../../src/engine/daemon/container/resize';
import { containerStats } from '../../../../src/engine/daemon/container/stats';
import { containerKill } from '../../../../src/engine/daemon/container/kill';
import { containerRename } from '../../../../src/engine/daemon/container/rename';
import { execCreate } from '../../../../src/engine/daemon/exec/create';
import { execStart } from '../../../../src/engine/daemon/exec/start';
import { execInspect } from '../../../../src/engine/daemon/exec/inspect';
import { readTar, writeTar } from '../../../../src/engine/layer/tar';
import { testDaemon, tick } from './helpers';

const dec = new TextDecoder();

async function collect(frames: AsyncIterable<Frame>): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const f of frames) out.push([f.stream, dec.decode(f.data)]);
  return out;
}

describe('inspect', () => {
  it("has Docker's shape: merged config, defaults, derived state and paths", async () => {
    const { daemon, image } = testDaemon();
    const { Id } = containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '5'], Env: ['A=1'], Labels: { x: 'y' } },
      'web',
    );
    let j = containerInspect(daemon, 'web');
    expect(Object.keys(j)).toEqual([
      'Id',
      'Created',
      'Path',
      'Args',
      'State',
      'Image',
      'ResolvConfPath',
      'HostnamePath',
      'HostsPath',
      'LogPath',
      'Name',
      'RestartCount',
      'Driver',
      'Platform',
      'MountLabel',
      'ProcessLabel',
      'AppArmorProfile',
      'ExecIDs',
      'HostConfig',
      'GraphDriver',
      'Mounts',
      'Config',
      'NetworkSettings',
    ]);
    expect(j).toMatchObject({
      Id,
      Path: 'sleep',
      Args: ['5'],
      Image: image.id,
      Name: '/web',
      ResolvConfPath: '',
      ExecIDs: null,
    });
    expect(j.Config).toMatchObject({
      Hostname: Id.slice(0, 12),
      Env: ['A=1', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['sleep', '5'],
      Image: 'busybox',
      Entrypoint: null,
      Labels: { x: 'y' },
    });
    expect(j.HostConfig).toMatchObject({
      NetworkMode: 'default',
      RestartPolicy: { Name: '', MaximumRetryCount: 0 },
      ShmSize: 67108864,
    });
    containerStart(daemon, 'web');
    j = containerInspect(daemon, 'web');
    expect(j.State.Status).toBe('running');
    expect(j.HostsPath).toBe(`/var/lib/docker/containers/${Id}/hosts`);
  });

  it('takes the command from the image when none is given', () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox' }, 'web');
    expect(containerInspect(daemon, 'web')).toMatchObject({ Path: 'sh', Args: [] });
  });
});

describe('list (docker ps)', () => {
  it('shows running containers newest first, all with -a, filters by status and name', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'one');
    containerStart(daemon, 'one');
    clock.advance(1000);
    containerCreate(daemon, { Image: 'busybox', Cmd: ['true'] }, 'two');
    clock.advance(3000);
    expect(containerList(daemon).map((c) => [c.Names[0], c.Status])).toEqual([['/one', 'Up 4 seconds']]);
    expect(containerList(daemon, { all: true }).map((c) => [c.Names[0], c.State, c.Status])).toEqual([
      ['/two', 'created', 'Created'],
      ['/one', 'running', 'Up 4 seconds'],
    ]);
    const f = new Filters(new Map([['status', ['created']]]));
    expect(containerList(daemon, { filters: f }).map((c) => c.Names[0])).toEqual(['/two']);
    expect(() => containerList(daemon, { filters: new Filters(new Map([['status', ['foo']]])) })).toThrow(
      "Invalid filter 'status=foo'",
    );
    expect(
      containerList(daemon, { all: true, filters: new Filters(new Map([['name', ['tw']]])) }).map(
        (c) => c.Names[0],
      ),
    ).toEqual(['/two']);
    expect(containerList(daemon)[0]).toMatchObject({ Command: 'sleep 100', Image: 'busybox', Ports: [] });
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sh', '-c', 'echo hi there'] }, 'three');
    // Recorded on dockerd 20.10: arguments with spaces come single-quoted.
    expect(containerList(daemon, { all: true })[0].Command).toBe("sh -c 'echo hi there'");
  });
});

describe('logs and attach', () => {
  it('keeps stdout and stderr apart, with tail, timestamps and since', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['say', 'out', 'err', '0'] }, 'web');
    containerStart(daemon, 'web');
    await containerWait(daemon, 'web');
    expect(await collect(containerLogs(daemon, 'web', { stdout: true, stderr: true }))).toEqual([
      [1, 'out\n'],
      [2, 'err\n'],
    ]);
    expect(await collect(containerLogs(daemon, 'web', { stdout: false, stderr: true }))).toEqual([
      [2, 'err\n'],
    ]);
    expect(await collect(containerLogs(daemon, 'web', { stdout: true, stderr: true, tail: 1 }))).toEqual([
      [2, 'err\n'],
    ]);
    const [[, stamped]] = await collect(containerLogs(daemon, 'web', { stdout: true, timestamps: true }));
    expect(stamped).toBe('2026-11-23T09:00:00.000000000Z out\n');
    expect(
      await collect(containerLogs(daemon, 'web', { stdout: true, since: Date.UTC(2026, 10, 23, 10) })),
    ).toEqual([]);
    expect(() => containerLogs(daemon, 'web', {})).toThrow('You must choose at least one stream');
  });

  it('follow ends when the container stops', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '2'] }, 'web');
    containerStart(daemon, 'web');
    const frames = await collect(containerLogs(daemon, 'web', { stdout: true, follow: true }));
    expect(frames).toEqual([]);
    expect(daemon.containers.get('web').state).toBe('exited');
  });

  it('attach streams output of a started container and feeds stdin', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['cat'], OpenStdin: true, StdinOnce: true }, 'web');
    const a = containerAttach(daemon, 'web', { stream: true, stdin: true, stdout: true, stderr: true });
    containerStart(daemon, 'web');
    a.write('hello\n');
    a.closeStdin();
    expect(await collect(a.output)).toEqual([[1, 'hello\n']]);
    expect((await containerWait(daemon, 'web')).StatusCode).toBe(0);
  });

  it('stdin sent before the start reaches the process (docker run -i)', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['cat'], OpenStdin: true, StdinOnce: true }, 'web');
    const a = containerAttach(daemon, 'web', { stream: true, stdin: true, stdout: true, stderr: true });
    a.write('avant\n');
    a.closeStdin();
    containerStart(daemon, 'web');
    expect(await collect(a.output)).toEqual([[1, 'avant\n']]);
  });

  it('a TTY container gets TERM and writes through its terminal', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['env'], Tty: true }, 'web');
    const a = containerAttach(daemon, 'web', { stream: true, stdout: true });
    containerStart(daemon, 'web');
    const text = (await collect(a.output)).map(([, t]) => t).join('');
    expect(text).toContain('TERM=xterm\r\n');
    expect(text).toContain(`HOSTNAME=${daemon.containers.get('web').shortId}\r\n`);
  });
});

describe('exec', () => {
  it('runs a command inside with env, user and cwd; exec inspect and events', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'web');
    containerStart(daemon, 'web');
    const events: string[] = [];
    daemon.events.subscribe((e) => events.push(e.Action));
    const { Id } = execCreate(daemon, 'web', {
      Cmd: ['id'],
      AttachStdout: true,
      AttachStderr: true,
      User: 'nobody',
      WorkingDir: '/tmp',
    });
    expect(execInspect(daemon, Id)).toMatchObject({
      Running: false,
      ExitCode: null,
      ProcessConfig: { entrypoint: 'id', arguments: [] },
    });
    const s = execStart(daemon, Id);
    const c = daemon.containers.get('web');
    expect(await collect(s.output)).toEqual([[1, `uid=65534 gid=65534 cwd=/tmp host=${c.shortId}\n`]]);
    expect(await s.exit).toBe(0);
    expect(execInspect(daemon, Id)).toMatchObject({ Running: false, ExitCode: 0 });
    expect(events).toEqual(['exec_create: id ', 'exec_start: id ', 'exec_die']);
    expect(containerInspect(daemon, 'web').ExecIDs).toEqual([Id]);
  });

  it('a missing command ends with 126 and the runtime message in the stream', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'web');
    containerStart(daemon, 'web');
    const { Id } = execCreate(daemon, 'web', { Cmd: ['foo'], AttachStdout: true });
    const s = execStart(daemon, Id);
    expect(await collect(s.output)).toEqual([
      [
        1,
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown\r\n',
      ],
    ]);
    expect(await s.exit).toBe(126);
  });
});

describe('in-container files', () => {
  it('/etc/hostname, /etc/hosts, /etc/resolv.conf, /proc/1/cmdline, cgroup files, $HOSTNAME', async () => {
    const { daemon } = testDaemon();
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: { Memory: 64 * 1024 * 1024 } },
      'web',
    );
    containerStart(daemon, 'web');
    const c = daemon.containers.get('web');
    expect(c.fs.readText('/etc/hostname')).toBe(`${c.shortId}\n`);
    expect(c.fs.readText('/etc/hosts')).toMatch(
      /^127\.0\.0\.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n/,
    );
    expect(c.fs.readText('/etc/resolv.conf')).toMatch(/^nameserver /);
    expect(c.fs.readText('/proc/1/cmdline')).toBe('sleep\u0000100\u0000');
    expect(c.fs.readText('/proc/self/cgroup')).toBe('0::/\n');
    const mounts = c.fs.readText('/proc/mounts').split('\n');
    expect(mounts[0]).toMatch(/^overlay \/ overlay rw,relatime,lowerdir=/);
    expect(mounts).toContain('/dev/vda /etc/hosts ext4 rw,relatime 0 0');
    expect(mounts).toContain('cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime 0 0');
    expect(c.fs.readText('/proc/meminfo')).toMatch(/^MemTotal: {8}4014264 kB\n/);
    expect(c.fs.readText('/sys/fs/cgroup/memory.max')).toBe('67108864\n');
    expect(() => c.fs.writeFile('/sys/fs/cgroup/memory.max', '1')).toThrow(/EROFS/);
    expect(containerChanges(daemon, 'web')).toEqual([]);
    containerUpdate(daemon, 'web', { Memory: 128 * 1024 * 1024 });
    expect(c.fs.readText('/sys/fs/cgroup/memory.max')).toBe('134217728\n');
  });
});

describe('--add-host and --dns', () => {
  it('write /etc/hosts and /etc/resolv.conf as Docker does', () => {
    const { daemon } = testDaemon();
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['sleep', '100'],
        HostConfig: {
          ExtraHosts: ['foo:1.2.3.4', 'bar:5.6.7.8'],
          Dns: ['9.9.9.9'],
          DnsSearch: ['example.com'],
        },
      },
      'web',
    );
    containerStart(daemon, 'web');
    const c = daemon.containers.get('web');
    expect(
      c.fs.readText('/etc/hosts').endsWith('ff02::2\tip6-allrouters\n1.2.3.4\tfoo\n5.6.7.8\tbar\n'),
    ).toBe(true);
    expect(c.fs.readText('/etc/resolv.conf')).toBe('search example.com\nnameserver 9.9.9.9\n');
  });
});

describe('top, diff, cp, prune, stats, rename', () => {
  it('top lists PID 1 with its host PID', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'web');
    containerStart(daemon, 'web');
    const top = containerTop(daemon, 'web');
    expect(top.Titles).toEqual(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    expect(top.Processes).toEqual([
      [
        'root',
        String(containerInspect(daemon, 'web').State.Pid),
        '0',
        '0',
        '09:00',
        '?',
        '00:00:00',
        'sleep 100',
      ],
    ]);
  });

  it('diff sees what a process wrote; cp goes both ways', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['touch', '/tmp/new'] }, 'web');
    containerStart(daemon, 'web');
    await containerWait(daemon, 'web');
    expect(containerChanges(daemon, 'web')).toEqual([
      { Path: '/tmp', Kind: 0 },
      { Path: '/tmp/new', Kind: 1 },
    ]);
    const { stat, tar } = containerArchive(daemon, 'web', '/etc/motd');
    expect(stat).toMatchObject({ name: 'motd', size: 6, mode: 0o644 });
    // /tmp is drwxrwxrwt: Go's ModeDir | ModeSticky | 0777.
    expect(containerArchive(daemon, 'web', '/tmp').stat.mode).toBe(2 ** 31 + 2 ** 20 + 0o777);
    expect(readTar(tar).map((r) => r.name)).toEqual(['motd']);
    containerExtract(
      daemon,
      'web',
      '/root',
      writeTar([
        {
          name: 'hi.txt',
          type: 'file',
          mode: 0o644,
          uid: 0,
          gid: 0,
          mtime: 0,
          data: new TextEncoder().encode('hi'),
        },
      ]),
    );
    expect(daemon.containers.get('web').fs.readText('/root/hi.txt')).toBe('hi');
    expect(() => containerArchive(daemon, 'web', '/nope')).toThrow(
      'Could not find the file /nope in container web',
    );
  });

  it('export gives the root filesystem as a tar, RW changes included, without the mounted files', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['touch', '/tmp/new'] }, 'web');
    containerStart(daemon, 'web');
    await containerWait(daemon, 'web');
    const names = readTar(containerExport(daemon, 'web')).map((r) => r.name);
    expect(names).toContain('tmp/new');
    expect(names).toContain('bin/sleep');
    expect(names).toContain('.dockerenv');
    expect(names).toContain('etc/hostname');
    expect(
      readTar(containerExport(daemon, 'web')).find((r) => r.name === 'etc/hostname')?.data?.length ?? 0,
    ).toBe(0);
  });

  it('resize reaches the TTY of a running container, and is refused when it is stopped', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'], Tty: true }, 'web');
    expect(() => containerResize(daemon, 'web', 40, 120)).toThrow(/is not running$/);
    containerStart(daemon, 'web');
    containerResize(daemon, 'web', 40, 120);
    expect(daemon.containers.get('web').running!.pty!.tty.size()).toEqual({ cols: 120, rows: 40 });
  });

  it('prune removes stopped containers only', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'up');
    containerStart(daemon, 'up');
    const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: ['true'] }, 'down');
    expect(containerPrune(daemon).ContainersDeleted).toEqual([Id]);
    expect(containerList(daemon, { all: true }).map((c) => c.Names[0])).toEqual(['/up']);
  });

  it('stats: memory and pids move with the container', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['hog'], HostConfig: { Memory: 512 * 1024 * 1024 } },
      'web',
    );
    containerStart(daemon, 'web');
    await tick();
    const first = (await collect2(containerStats(daemon, 'web', false)))[0];
    clock.advance(100);
    await tick();
    const second = (await collect2(containerStats(daemon, 'web', false)))[0];
    expect(first.memory_stats.limit).toBe(512 * 1024 * 1024);
    expect(second.memory_stats.usage!).toBeGreaterThan(first.memory_stats.usage!);
    expect(second.pids_stats.current).toBe(1);
    expect(second.precpu_stats).toEqual(first.cpu_stats);
    expect(second.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(first.cpu_stats.cpu_usage.total_usage);
    expect(second.cpu_stats.system_cpu_usage!).toBeGreaterThan(first.cpu_stats.system_cpu_usage!);
    await containerKill(daemon, 'web');
    const stopped = (await collect2(containerStats(daemon, 'web', false)))[0];
    expect(stopped.memory_stats).toEqual({});
  });

  it('an idle container uses no CPU between samples', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '1000'] }, 'web');
    containerStart(daemon, 'web');
    const first = (await collect2(containerStats(daemon, 'web', false)))[0];
    clock.advance(5000);
    const second = (await collect2(containerStats(daemon, 'web', false)))[0];
    expect(first.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(0);
    expect(second.cpu_stats.cpu_usage.total_usage).toBe(first.cpu_stats.cpu_usage.total_usage);
  });

  it('rename publishes the old name', () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['true'] }, 'web');
    const events: Record<string, string>[] = [];
    daemon.events.subscribe((e) => events.push(e.Actor.Attributes));
    containerRename(daemon, 'web', 'site');
    expect(daemon.containers.get('site').name).toBe('/site');
    expect(daemon.containers.find('web')).toBeUndefined();
    expect(events).toEqual([{ image: 'busybox', name: 'site', oldName: '/web' }]);
  });
});

async function collect2<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
