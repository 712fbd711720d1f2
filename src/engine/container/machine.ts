// The container lifecycle as one XState v5 statechart (DESIGN.md §3.3), exported for the lifecycle
// view. States follow Docker: created, running ⇄ paused, restarting, exited, removing, dead, and the
// final `removed`. Everything inspect's `State` and `docker ps` STATUS show is derived from a snapshot
// of this machine (status.ts); nothing is stored beside it.
//
// The machine records facts; the daemon decides what may be asked (Docker's error for an illegal
// operation is thrown before any event is sent), and an event that is illegal in the current state is
// simply not taken, which `transition()` tests check.
import { assertEvent, assign, setup } from 'xstate';
import { restartDecision, type RestartPolicy } from './restart-policy';

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

/** One probe of a health check, as inspect's `State.Health.Log` lists them (times in ms). */
export interface HealthProbe {
  start: number;
  end: number;
  exitCode: number;
  output: string;
}

export interface HealthContext {
  status: HealthStatus;
  failingStreak: number;
  log: HealthProbe[];
}

export interface ContainerContext {
  /** Host PID of the container's first process while it runs, else 0. */
  pid: number;
  exitCode: number;
  error: string;
  oomKilled: boolean;
  /** ms since the epoch; null is Go's zero time (never started / never finished). */
  startedAt: number | null;
  finishedAt: number | null;
  /** Times the restart policy restarted the container (inspect's `RestartCount`). */
  restartCount: number;
  restartPolicy: RestartPolicy;
  /** `docker stop`/`kill` by hand: the restart policy must not bring the container back. */
  manuallyStopped: boolean;
  /** Delay before the pending restart (Docker's back-off: 100 ms doubling to 1 minute). */
  restartDelay: number;
  /** Previous back-off delay, doubled on each quick failure. */
  backoff: number;
  /** Whether the container has a health check; `health` is null when it has none. */
  healthcheck: boolean;
  health: HealthContext | null;
}

export interface ContainerInput {
  restartPolicy?: RestartPolicy;
  healthcheck?: boolean;
}

export type ContainerEvent =
  | { type: 'container.start'; pid: number; at: number }
  /** The OCI runtime refused to start the process (exit 126/127 with runc's message). */
  | { type: 'container.startFailed'; exitCode: number; error: string; at: number }
  | { type: 'container.pause' }
  | { type: 'container.unpause' }
  /** A stop or kill asked by hand: the restart policy is disarmed. */
  | { type: 'container.stop' }
  | { type: 'container.die'; exitCode: number; at: number; oomKilled?: boolean }
  | { type: 'container.health'; probe: HealthProbe; retries: number }
  | { type: 'container.update'; restartPolicy: RestartPolicy }
  | { type: 'container.remove' }
  | { type: 'container.removed' }
  | { type: 'container.removeFailed'; error: string };

export type ContainerEventType = ContainerEvent['type'];

/** How many probes inspect keeps in `State.Health.Log` (Docker keeps the last five). */
export const HEALTH_LOG_MAX = 5;

export const containerMachine = setup({
  types: {
    context: {} as ContainerContext,
    events: {} as ContainerEvent,
    input: {} as ContainerInput,
  },
  guards: {
    shouldRestart: ({ context, event }) => {
      assertEvent(event, 'container.die');
      return restartDecision(context, event.exitCode, event.at).restart;
    },
  },
  actions: {
    recordStart: assign(({ context, event }) => {
      assertEvent(event, 'container.start');
      return {
        pid: event.pid,
        startedAt: event.at,
        exitCode: 0,
        error: '',
        oomKilled: false,
        health: context.healthcheck ? { status: 'starting' as const, failingStreak: 0, log: [] } : null,
      };
    }),
    countRestart: assign(({ context }) => ({ restartCount: context.restartCount + 1 })),
    armRestartPolicy: assign({ manuallyStopped: false }),
    recordStartFailure: assign(({ event }) => {
      assertEvent(event, 'container.startFailed');
      return { exitCode: event.exitCode, error: event.error, pid: 0 };
    }),
    recordExit: assign(({ context, event }) => {
      assertEvent(event, 'container.die');
      return {
        pid: 0,
        exitCode: event.exitCode,
        finishedAt: event.at,
        oomKilled: event.oomKilled ?? false,
        health: context.health ? { ...context.health, status: 'unhealthy' as const } : null,
      };
    }),
    scheduleRestart: assign(({ context, event }) => {
      assertEvent(event, 'container.die');
      const decision = restartDecision(context, event.exitCode, event.at);
      return { restartDelay: decision.delay, backoff: decision.delay };
    }),
    markManuallyStopped: assign({ manuallyStopped: true }),
    cancelRestart: assign({ manuallyStopped: true, restartDelay: 0 }),
    recordHealth: assign(({ context, event }) => {
      assertEvent(event, 'container.health');
      const previous = context.health ?? { status: 'starting' as const, failingStreak: 0, log: [] };
      const passed = event.probe.exitCode === 0;
      const failingStreak = passed ? 0 : previous.failingStreak + 1;
      let status: HealthStatus = previous.status;
      if (passed) status = 'healthy';
      else if (failingStreak >= event.retries) status = 'unhealthy';
      const log = [...previous.log, event.probe].slice(-HEALTH_LOG_MAX);
      return { health: { status, failingStreak, log } };
    }),
    recordPolicy: assign(({ event }) => {
      assertEvent(event, 'container.update');
      return { restartPolicy: event.restartPolicy };
    }),
    recordRemovalError: assign(({ event }) => {
      assertEvent(event, 'container.removeFailed');
      return { error: event.error };
    }),
  },
}).createMachine({
  id: 'container',
  initial: 'created',
  context: ({ input }) => ({
    pid: 0,
    exitCode: 0,
    error: '',
    oomKilled: false,
    startedAt: null,
    finishedAt: null,
    restartCount: 0,
    restartPolicy: input.restartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
    manuallyStopped: false,
    restartDelay: 0,
    backoff: 0,
    healthcheck: input.healthcheck ?? false,
    health: null,
  }),
  on: {
    'container.update': { actions: 'recordPolicy' },
  },
  states: {
    created: {
      on: {
        'container.start': { target: 'running', actions: ['armRestartPolicy', 'recordStart'] },
        'container.startFailed': { actions: 'recordStartFailure' },
        'container.remove': { target: 'removing' },
      },
    },
    running: {
      on: {
        'container.pause': { target: 'paused' },
        'container.stop': { actions: 'markManuallyStopped' },
        'container.die': [
          { guard: 'shouldRestart', target: 'restarting', actions: ['recordExit', 'scheduleRestart'] },
          { target: 'exited', actions: 'recordExit' },
        ],
        'container.health': { actions: 'recordHealth' },
      },
    },
    paused: {
      on: {
        'container.unpause': { target: 'running' },
        'container.stop': { actions: 'markManuallyStopped' },
        'container.die': [
          { guard: 'shouldRestart', target: 'restarting', actions: ['recordExit', 'scheduleRestart'] },
          { target: 'exited', actions: 'recordExit' },
        ],
      },
    },
    restarting: {
      on: {
        'container.start': { target: 'running', actions: ['countRestart', 'recordStart'] },
        'container.startFailed': { target: 'exited', actions: 'recordStartFailure' },
        'container.stop': { target: 'exited', actions: 'cancelRestart' },
      },
    },
    exited: {
      on: {
        'container.start': { target: 'running', actions: ['armRestartPolicy', 'recordStart'] },
        'container.startFailed': { actions: 'recordStartFailure' },
        'container.remove': { target: 'removing' },
      },
    },
    removing: {
      on: {
        'container.removed': { target: 'removed' },
        'container.removeFailed': { target: 'dead', actions: 'recordRemovalError' },
      },
    },
    dead: {
      on: {
        'container.remove': { target: 'removing' },
      },
    },
    removed: { type: 'final' },
  },
});

export type ContainerMachine = typeof containerMachine;
export type ContainerStateValue =
  'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'removing' | 'dead' | 'removed';
