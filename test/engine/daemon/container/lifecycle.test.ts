import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../../src/engine/daemon/container/create';
import { containerStart } from '../../../../src/engine/daemon/container/start';
import { containerStop } from '../../../../src/engine/daemon/container/stop';
import { containerKill } from '../../../../src/engine/daemon/container/kill';
import { containerPause } from '../../../../src/engine/daemon/container/pause';
import { containerUnpause } from '../../../../src/engine/daemon/container/unpause';
import { containerRemove } from '../../../../src/engine/daemon/container/remove';
import { containerWait } from '../../../../src/engine/daemon/container/wait';
import { containerRestart } from '../../../../src/engine/daemon/container/restart';
import { inspectState, psStatus } from '../../../../src/engine/container/status';
import { NotModified } from '../../../../src/engine/api/errors';
import { testDaemon, tick } from './helpers';

describe('container lifecycle through the kernel', () => {
  it('runs a short command to its exit code', async () => {
    const { daemon } = testDaemon();
    const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: ['say', 'out', 'err', '3'] }, 'web');
    expect(Id).toMatch(/^[0-9a-f]{64}$/);
    containerStart(daemon, 'web');
    const res = await containerWait(daemon, 'web');
    expect(res).toEqual({ StatusCode: 3, Error: null });
    const c = daemon.containers.get('web');
    expect(inspectState(c.view)).toMatchObject({ Status: 'exited', ExitCode: 3, Running: false });
    expect(c.log.read().map((e) => [e.stream, e.text])).toEqual([
      ['stdout', 'out\n'],
      ['stderr', 'err\n'],
    ]);
  });

  it('stop waits the grace period for a PID 1 without a TERM handler, then kills: 137', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'web');
    containerStart(daemon, 'web');
    const t0 = clock.now();
    await containerStop(daemon, 'web');
    expect(clock.now() - t0).toBe(10_000);
    const c = daemon.containers.get('web');
    expect(c.view.context.exitCode).toBe(137);
    expect(psStatus(c.view, clock.now() + 5000)).toBe('Exited (137) 5 seconds ago');
    await expect(containerStop(daemon, 'web')).rejects.toBeInstanceOf(NotModified);
  });

  it('stop of a program that handles SIGTERM ends at once with its own code', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['graceful'] }, 'web');
    containerStart(daemon, 'web');
    await tick();
    const t0 = clock.now();
    await containerStop(daemon, 'web', { timeout: 30 });
    expect(clock.now() - t0).toBeLessThan(1000);
    expect(daemon.containers.get('web').view.context.exitCode).toBe(0);
  });

  it('pause freezes a sleep: it does not advance while paused', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '5'] }, 'web');
    containerStart(daemon, 'web');
    containerPause(daemon, 'web');
    const c = daemon.containers.get('web');
    clock.advance(60_000);
    expect(c.state).toBe('paused');
    expect(psStatus(c.view, clock.now())).toBe('Up About a minute (Paused)');
    containerUnpause(daemon, 'web');
    const t0 = clock.now();
    await containerWait(daemon, 'web');
    expect(clock.now() - t0).toBe(5000);
  });

  it('kill -s TERM on sleep does nothing to PID 1; kill (SIGKILL) ends it with 137', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'web');
    containerStart(daemon, 'web');
    await containerKill(daemon, 'web', 'TERM');
    expect(daemon.containers.get('web').state).toBe('running');
    await containerKill(daemon, 'web');
    expect(daemon.containers.get('web').view.context.exitCode).toBe(137);
  });

  it('--rm removes the container when it exits', async () => {
    const { daemon } = testDaemon();
    const { Id } = containerCreate(daemon, {
      Image: 'busybox',
      Cmd: ['true'],
      HostConfig: { AutoRemove: true },
    });
    containerStart(daemon, Id);
    await containerWait(daemon, Id, 'removed');
    expect(daemon.containers.find(Id)).toBeUndefined();
  });

  it('restart policy always brings the container back with a back-off', async () => {
    const { daemon, clock } = testDaemon();
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['false'],
        HostConfig: { RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } },
      },
      'web',
    );
    containerStart(daemon, 'web');
    const c = daemon.containers.get('web');
    await c.nextExit();
    expect(c.state).toBe('restarting');
    expect(psStatus(c.view, clock.now())).toBe('Restarting (1) Less than a second ago');
    await c.nextExit();
    await c.nextExit();
    expect(c.view.context.restartCount).toBe(2);
    await containerStop(daemon, 'web');
    expect(c.state).toBe('exited');
  });

  it('OOM: a process past --memory is killed, 137 and OOMKilled', async () => {
    const { daemon } = testDaemon();
    const events: string[] = [];
    daemon.events.subscribe((e) => events.push(e.Action));
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['hog'], HostConfig: { Memory: 8 * 1024 * 1024 } },
      'web',
    );
    containerStart(daemon, 'web');
    expect((await containerWait(daemon, 'web')).StatusCode).toBe(137);
    expect(inspectState(daemon.containers.get('web').view)).toMatchObject({ OOMKilled: true, ExitCode: 137 });
    expect(events).toEqual(['create', 'start', 'oom', 'die']);
  });

  it('rm -f kills a running container and publishes kill, die, destroy', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'web');
    containerStart(daemon, 'web');
    const events: string[] = [];
    daemon.events.subscribe((e) =>
      events.push(`${e.Action}${e.Actor.Attributes.signal ? ' ' + e.Actor.Attributes.signal : ''}`),
    );
    await containerRemove(daemon, 'web', { force: true });
    expect(events).toEqual(['kill 9', 'die', 'destroy']);
    expect(daemon.containers.find('web')).toBeUndefined();
  });

  it('restart stops and starts again, with a new PID 1', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['graceful'] }, 'web');
    containerStart(daemon, 'web');
    await tick();
    const c = daemon.containers.get('web');
    const pid = c.view.context.pid;
    await containerRestart(daemon, 'web');
    expect(c.state).toBe('running');
    expect(c.view.context.pid).not.toBe(pid);
  });
});
