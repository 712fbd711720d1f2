import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../../src/engine/daemon/container/create';
import { containerStart } from '../../../../src/engine/daemon/container/start';
import { containerStop } from '../../../../src/engine/daemon/container/stop';
import { containerTop } from '../../../../src/engine/daemon/container/top';
import { containerList } from '../../../../src/engine/daemon/container/list';
import { containerUpdate } from '../../../../src/engine/daemon/container/update';
import { containerAttach } from '../../../../src/engine/daemon/container/attach';
import { containerStats } from '../../../../src/engine/daemon/container/stats';
import { containerWait } from '../../../../src/engine/daemon/container/wait';
import { containerInspect } from '../../../../src/engine/daemon/container/inspect';
import { execCreate } from '../../../../src/engine/daemon/exec/create';
import { execStart } from '../../../../src/engine/daemon/exec/start';
import { testDaemon, tick } from './helpers';

const SECOND = 1_000_000_000;

describe('health checks', () => {
  it('probe every interval as execs; starting → healthy, then unhealthy after the retries', async () => {
    const { daemon, clock } = testDaemon();
    const events: string[] = [];
    daemon.events.subscribe((e) => events.push(e.Action));
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['sleep', '1000'],
        Healthcheck: { Test: ['CMD', 'true'], Interval: SECOND, Retries: 2 },
      },
      'web',
    );
    containerStart(daemon, 'web');
    expect(containerList(daemon)[0].Status).toBe('Up Less than a second (health: starting)');
    clock.advance(1000);
    await tick();
    expect(containerList(daemon)[0].Status).toMatch(/^Up \d+ seconds? \(healthy\)$/);
    expect(events.slice(2, 6)).toEqual([
      'exec_create: true ',
      'exec_start: true ',
      'exec_die',
      'health_status: healthy',
    ]);
    const c = daemon.containers.get('web');
    c.fs.unlink('/bin/true');
    clock.advance(1000);
    await tick();
    clock.advance(1000);
    await tick();
    const health = containerInspect(daemon, 'web').State.Health!;
    expect(health.Status).toBe('unhealthy');
    expect(health.FailingStreak).toBeGreaterThanOrEqual(2);
    expect(health.Log.length).toBeLessThanOrEqual(5);
    expect(events).toContain('health_status: unhealthy');
    expect(containerList(daemon)[0].Status).toMatch(/^Up \d+ seconds \(unhealthy\)$/);
  });
});

describe('--init', () => {
  it('runs docker-init as PID 1 with the command as its child, and forwards SIGTERM', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['graceful'], HostConfig: { Init: true } }, 'web');
    containerStart(daemon, 'web');
    await tick();
    const c = daemon.containers.get('web');
    expect(c.fs.readText('/proc/1/cmdline')).toBe('/sbin/docker-init\u0000--\u0000graceful\u0000');
    expect(containerTop(daemon, 'web').Processes.map((p) => p[7])).toEqual([
      '/sbin/docker-init -- graceful',
      'graceful',
    ]);
    await containerStop(daemon, 'web');
    expect(c.view.context.exitCode).toBe(0);
  });

  it('says what tini says when the command does not exist: 127', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['nothere'], HostConfig: { Init: true } }, 'web');
    containerStart(daemon, 'web');
    expect((await containerWait(daemon, 'web')).StatusCode).toBe(127);
    expect(daemon.containers.get('web').log.read()[0].text).toBe(
      '[FATAL tini (7)] exec nothere failed: No such file or directory\n',
    );
  });
});

describe('exec options, attach detach keys, pids limit, update, stats stream', () => {
  it('exec -e and -w and -d', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'], Env: ['A=1'] }, 'web');
    containerStart(daemon, 'web');
    const { Id } = execCreate(daemon, 'web', { Cmd: ['env'], AttachStdout: true, Env: ['B=2', 'A=3'] });
    const s = execStart(daemon, Id);
    let text = '';
    for await (const f of s.output) text += new TextDecoder().decode(f.data);
    expect(text).toContain('A=3\n');
    expect(text).toContain('B=2\n');
    const detached = execCreate(daemon, 'web', { Cmd: ['sleep', '5'] });
    const d = execStart(daemon, detached.Id, { Detach: true });
    expect(containerTop(daemon, 'web').Processes).toHaveLength(2);
    expect(await d.exit).toBe(0);
  });

  it('Ctrl-P Ctrl-Q detaches an attachment and leaves the container running', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['cat'], OpenStdin: true }, 'web');
    containerStart(daemon, 'web');
    const a = containerAttach(daemon, 'web', { stream: true, stdin: true, stdout: true });
    a.write('hi\n');
    await tick();
    a.write('\x10\x11');
    const frames: string[] = [];
    for await (const f of a.output) frames.push(new TextDecoder().decode(f.data));
    expect(frames.join('')).toBe('hi\n');
    expect(daemon.containers.get('web').state).toBe('running');
  });

  it('--pids-limit refuses a process past the limit', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: { PidsLimit: 1 } }, 'web');
    containerStart(daemon, 'web');
    const { Id } = execCreate(daemon, 'web', { Cmd: ['true'], AttachStdout: true });
    const s = execStart(daemon, Id);
    expect(await s.exit).toBe(126);
  });

  it('update refuses a restart policy on an auto-removed container', () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['true'], HostConfig: { AutoRemove: true } }, 'web');
    expect(() => containerUpdate(daemon, 'web', { RestartPolicy: { Name: 'always' } })).toThrow(
      'Restart policy cannot be updated because AutoRemove is enabled for the container',
    );
  });

  it('stats stream samples every second until the container stops', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '3'] }, 'web');
    containerStart(daemon, 'web');
    const reads: string[] = [];
    for await (const s of containerStats(daemon, 'web')) reads.push(s.read);
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(clock.now()).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 23, 9, 0, 3));
  });
});
