import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  containerMachine,
  type ContainerEvent,
  type ContainerInput,
} from '../../../src/engine/container/machine';
import { inspectState, psStatus, viewOf, type ContainerSnapshot } from '../../../src/engine/container/status';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

function start(input: ContainerInput = {}): ContainerSnapshot {
  return initialTransition(containerMachine, input)[0];
}

function run(snapshot: ContainerSnapshot, ...events: ContainerEvent[]): ContainerSnapshot {
  let s = snapshot;
  for (const e of events) s = transition(containerMachine, s, e)[0];
  return s;
}

const started = (at = T0, pid = 4242): ContainerEvent => ({ type: 'container.start', pid, at });
const died = (exitCode: number, at: number, oomKilled = false): ContainerEvent => ({
  type: 'container.die',
  exitCode,
  at,
  oomKilled,
});

describe('container machine: legal transitions', () => {
  it('starts in created', () => {
    const s = start();
    expect(s.value).toBe('created');
    expect(psStatus(viewOf(s), T0)).toBe('Created');
    expect(inspectState(viewOf(s))).toMatchObject({
      Status: 'created',
      Running: false,
      Pid: 0,
      StartedAt: '0001-01-01T00:00:00Z',
      FinishedAt: '0001-01-01T00:00:00Z',
    });
  });

  it('created → running → paused → running → exited → running', () => {
    let s = run(start(), started());
    expect(s.value).toBe('running');
    expect(inspectState(viewOf(s))).toMatchObject({ Status: 'running', Running: true, Pid: 4242 });
    s = run(s, { type: 'container.pause' });
    expect(s.value).toBe('paused');
    expect(inspectState(viewOf(s))).toMatchObject({ Status: 'paused', Running: true, Paused: true });
    expect(psStatus(viewOf(s), T0 + 125_000)).toBe('Up 2 minutes (Paused)');
    s = run(s, { type: 'container.unpause' }, died(137, T0 + 10_000));
    expect(s.value).toBe('exited');
    expect(inspectState(viewOf(s))).toMatchObject({
      Status: 'exited',
      Running: false,
      ExitCode: 137,
      Pid: 0,
    });
    expect(psStatus(viewOf(s), T0 + 15_000)).toBe('Exited (137) 5 seconds ago');
    s = run(s, started(T0 + 20_000, 5000));
    expect(s.value).toBe('running');
    expect(inspectState(viewOf(s)).ExitCode).toBe(0);
  });

  it('a paused container can die (docker stop/kill of a paused container)', () => {
    const s = run(
      start(),
      started(),
      { type: 'container.pause' },
      { type: 'container.stop' },
      died(137, T0 + 10_000),
    );
    expect(s.value).toBe('exited');
  });

  it('records OOM kills', () => {
    const s = run(start(), started(), died(137, T0 + 1000, true));
    expect(inspectState(viewOf(s))).toMatchObject({ OOMKilled: true, ExitCode: 137 });
  });

  it('a start failure leaves a created container created, with the error', () => {
    const s = run(start(), { type: 'container.startFailed', exitCode: 127, error: 'exec failed', at: T0 });
    expect(s.value).toBe('created');
    expect(inspectState(viewOf(s))).toMatchObject({ Status: 'created', ExitCode: 127, Error: 'exec failed' });
    expect(psStatus(viewOf(s), T0)).toBe('Created');
  });

  it('removal: exited → removing → removed (final), or dead when it fails', () => {
    const s = run(start(), started(), died(0, T0 + 1), { type: 'container.remove' });
    expect(s.value).toBe('removing');
    expect(psStatus(viewOf(s), T0)).toBe('Removal In Progress');
    const gone = run(s, { type: 'container.removed' });
    expect(gone.value).toBe('removed');
    expect(gone.status).toBe('done');
    const dead = run(s, { type: 'container.removeFailed', error: 'device busy' });
    expect(dead.value).toBe('dead');
    expect(inspectState(viewOf(dead))).toMatchObject({ Status: 'dead', Dead: true });
    expect(run(dead, { type: 'container.remove' }).value).toBe('removing');
  });
});

describe('container machine: illegal transitions are not taken', () => {
  const cases: [string, ContainerEvent[], ContainerEvent][] = [
    ['pause a created container', [], { type: 'container.pause' }],
    ['unpause a running container', [started()], { type: 'container.unpause' }],
    ['start a running container', [started()], started(T0 + 5)],
    ['start a paused container', [started(), { type: 'container.pause' }], started(T0 + 5)],
    ['remove a running container', [started()], { type: 'container.remove' }],
    ['remove a paused container', [started(), { type: 'container.pause' }], { type: 'container.remove' }],
    ['die while created', [], died(1, T0)],
    ['pause an exited container', [started(), died(0, T0 + 1)], { type: 'container.pause' }],
  ];
  for (const [name, before, event] of cases) {
    it(name, () => {
      const s = run(start(), ...before);
      const next = transition(containerMachine, s, event)[0];
      expect(next.value).toBe(s.value);
      expect(next.context).toEqual(s.context);
    });
  }

  it('nothing leaves the final state', () => {
    const s = run(start(), { type: 'container.remove' }, { type: 'container.removed' });
    expect(run(s, started()).value).toBe('removed');
  });
});

describe('container machine: restart policies', () => {
  it('always: a death goes to restarting with a 100 ms back-off doubling on quick failures', () => {
    let s = run(start({ restartPolicy: { Name: 'always', MaximumRetryCount: 0 } }), started());
    s = run(s, died(1, T0 + 500));
    expect(s.value).toBe('restarting');
    expect(s.context.restartDelay).toBe(100);
    expect(inspectState(viewOf(s))).toMatchObject({
      Status: 'restarting',
      Running: true,
      Restarting: true,
      Pid: 0,
    });
    expect(psStatus(viewOf(s), T0 + 2600)).toBe('Restarting (1) 2 seconds ago');
    s = run(s, started(T0 + 600), died(1, T0 + 700));
    expect(s.context.restartDelay).toBe(200);
    expect(s.context.restartCount).toBe(1);
    s = run(s, started(T0 + 1000), died(1, T0 + 30_000));
    expect(s.context.restartDelay).toBe(100);
  });

  it('on-failure:2 restarts failures only, at most twice', () => {
    const policy = { Name: 'on-failure' as const, MaximumRetryCount: 2 };
    expect(run(start({ restartPolicy: policy }), started(), died(0, T0 + 1)).value).toBe('exited');
    let s = run(start({ restartPolicy: policy }), started(), died(3, T0 + 1));
    expect(s.value).toBe('restarting');
    s = run(s, started(T0 + 200), died(3, T0 + 300));
    expect(s.value).toBe('restarting');
    s = run(s, started(T0 + 600), died(3, T0 + 700));
    expect(s.value).toBe('exited');
    expect(s.context.restartCount).toBe(2);
  });

  it('a manual stop disarms always and unless-stopped; a manual start re-arms them', () => {
    for (const Name of ['always', 'unless-stopped'] as const) {
      let s = run(start({ restartPolicy: { Name, MaximumRetryCount: 0 } }), started());
      s = run(s, { type: 'container.stop' }, died(143, T0 + 1));
      expect(s.value).toBe('exited');
      s = run(s, started(T0 + 100), died(1, T0 + 200));
      expect(s.value).toBe('restarting');
    }
  });

  it('stopping a restarting container cancels the restart', () => {
    let s = run(
      start({ restartPolicy: { Name: 'always', MaximumRetryCount: 0 } }),
      started(),
      died(1, T0 + 1),
    );
    s = run(s, { type: 'container.stop' });
    expect(s.value).toBe('exited');
  });

  it('update changes the policy in any state', () => {
    const s = run(start(), started(), {
      type: 'container.update',
      restartPolicy: { Name: 'always', MaximumRetryCount: 0 },
    });
    expect(run(s, died(0, T0 + 1)).value).toBe('restarting');
  });
});

describe('container machine: health', () => {
  const probe = (exitCode: number, at: number) => ({
    type: 'container.health' as const,
    retries: 3,
    probe: { start: at, end: at + 10, exitCode, output: exitCode ? 'fail\n' : 'ok\n' },
  });

  it('starting → healthy → unhealthy after `retries` failures, shown in ps', () => {
    let s = run(start({ healthcheck: true }), started());
    expect(psStatus(viewOf(s), T0 + 1000)).toBe('Up 1 second (health: starting)');
    s = run(s, probe(0, T0 + 30_000));
    expect(psStatus(viewOf(s), T0 + 35_000)).toBe('Up 35 seconds (healthy)');
    s = run(s, probe(1, T0 + 60_000), probe(1, T0 + 90_000));
    expect(s.context.health?.status).toBe('healthy');
    s = run(s, probe(1, T0 + 120_000));
    expect(inspectState(viewOf(s)).Health).toMatchObject({ Status: 'unhealthy', FailingStreak: 3 });
    expect(inspectState(viewOf(s)).Health?.Log).toHaveLength(4);
    for (let i = 0; i < 5; i++) s = run(s, probe(1, T0 + 150_000 + i));
    expect(s.context.health?.log).toHaveLength(5);
  });

  it('has no Health without a health check', () => {
    expect(inspectState(viewOf(run(start(), started()))).Health).toBeUndefined();
  });
});
