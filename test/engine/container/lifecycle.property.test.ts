// Random sequences of lifecycle operations never reach a state Docker cannot be in, and what `ps`
// and inspect show always agrees with the machine and with the processes the kernel runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/api/errors';
import { psStatus, statusOf, inspectState } from '../../../src/engine/container/status';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerKill } from '../../../src/engine/daemon/container/kill';
import { containerList } from '../../../src/engine/daemon/container/list';
import { containerPause } from '../../../src/engine/daemon/container/pause';
import { containerRemove } from '../../../src/engine/daemon/container/remove';
import { containerRestart } from '../../../src/engine/daemon/container/restart';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { containerStop } from '../../../src/engine/daemon/container/stop';
import { containerUnpause } from '../../../src/engine/daemon/container/unpause';
import type { Daemon } from '../../../src/engine/daemon/daemon';
import { testDaemon, tick } from '../daemon/container/helpers';

type Op =
  | { op: 'create'; cmd: string[]; policy: 'no' | 'always' | 'on-failure' | 'unless-stopped'; rm: boolean }
  | { op: 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm' | 'rmf'; target: number }
  | { op: 'advance'; ms: number };

const commands = fc.constantFrom<string[]>(
  ['sleep', '3'],
  ['sleep', '100'],
  ['true'],
  ['false'],
  ['graceful'],
  ['nothere'],
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    cmd: commands,
    policy: fc.constantFrom(
      'no' as const,
      'always' as const,
      'on-failure' as const,
      'unless-stopped' as const,
    ),
    rm: fc.boolean(),
  }),
  fc.record({
    op: fc.constantFrom(
      'start' as const,
      'stop' as const,
      'kill' as const,
      'pause' as const,
      'unpause' as const,
      'restart' as const,
      'rm' as const,
      'rmf' as const,
    ),
    target: fc.nat(5),
  }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 20_000 }) }),
);

const DOCKER_STATES = ['created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead'];

const seen = new Set<string>();

function checkInvariants(d: Daemon): void {
  const now = d.clock.now();
  const listed = new Map(containerList(d, { all: true }).map((s) => [s.Id, s]));
  expect(listed.size).toBe(d.containers.size);
  for (const c of d.containers.all()) {
    const view = c.view;
    const status = statusOf(view);
    const state = inspectState(view);
    const ps = psStatus(view, now);
    expect(DOCKER_STATES).toContain(status);
    seen.add(status);
    expect(state.Status).toBe(status);
    expect(state.Running).toBe(['running', 'paused', 'restarting'].includes(status));
    expect(state.Paused).toBe(status === 'paused');
    expect(state.Restarting).toBe(status === 'restarting');
    expect(state.Pid > 0).toBe(status === 'running' || status === 'paused');
    expect(c.running !== null).toBe(status === 'running' || status === 'paused');
    if (c.running) expect(c.running.init.alive).toBe(true);
    expect(ps.startsWith('Up ')).toBe(status === 'running' || status === 'paused');
    expect(ps.endsWith('(Paused)')).toBe(status === 'paused');
    expect(ps.startsWith('Exited (')).toBe(status === 'exited');
    expect(ps.startsWith('Restarting (')).toBe(status === 'restarting');
    if (status === 'created') expect(ps).toBe('Created');
    if (status === 'exited') expect(ps.startsWith(`Exited (${state.ExitCode}) `)).toBe(true);
    const summary = listed.get(c.id)!;
    expect(summary.State).toBe(status);
    expect(summary.Status).toBe(ps);
  }
}

async function apply(d: Daemon, ids: string[], op: Op): Promise<void> {
  if (op.op === 'advance') {
    (d.clock as unknown as { advance(ms: number): void }).advance(op.ms);
    await tick();
    return;
  }
  if (op.op === 'create') {
    const policy = op.rm ? 'no' : op.policy;
    const { Id } = containerCreate(d, {
      Image: 'busybox',
      Cmd: op.cmd,
      HostConfig: {
        AutoRemove: op.rm,
        RestartPolicy: { Name: policy, MaximumRetryCount: policy === 'on-failure' ? 2 : 0 },
      },
    });
    ids.push(Id);
    return;
  }
  const id = ids[op.target % Math.max(1, ids.length)];
  if (!id) return;
  const run: Record<string, () => unknown> = {
    start: () => containerStart(d, id),
    stop: () => containerStop(d, id, { timeout: 1 }),
    kill: () => containerKill(d, id),
    pause: () => containerPause(d, id),
    unpause: () => containerUnpause(d, id),
    restart: () => containerRestart(d, id, { timeout: 1 }),
    rm: () => containerRemove(d, id),
    rmf: () => containerRemove(d, id, { force: true }),
  };
  await run[op.op]();
}

describe('lifecycle property', () => {
  it('random operation sequences keep ps, inspect and the machine in agreement', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { daemon } = testDaemon();
        const ids: string[] = [];
        for (const op of ops) {
          try {
            await apply(daemon, ids, op);
          } catch (err) {
            // Refusals are Docker's typed errors, never a crash of the simulator.
            expect(err).toBeInstanceOf(EngineError);
          }
          await tick();
          checkInvariants(daemon);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
    // The sequences did visit the lifecycle, not only refusals.
    for (const s of ['created', 'running', 'paused', 'restarting', 'exited']) expect(seen).toContain(s);
  }, 60_000);
});
