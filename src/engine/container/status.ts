// Inspect's `State` object and `docker ps` STATUS text, derived from a machine snapshot (moby
// container/state.go: State.String and State.StateString). Nothing here is stored.
import type { SnapshotFrom } from 'xstate';
import type { ContainerContext, ContainerMachine, ContainerStateValue, HealthProbe } from './machine';
import { humanDuration, rfc3339Nano } from './time';

export type ContainerSnapshot = SnapshotFrom<ContainerMachine>;

/** The part of a snapshot the derivations read (a snapshot, or a plain value in property tests). */
export interface LifecycleView {
  value: ContainerStateValue;
  context: ContainerContext;
}

export function viewOf(snapshot: ContainerSnapshot): LifecycleView {
  return { value: snapshot.value as ContainerStateValue, context: snapshot.context };
}

/** `State.Status` as the API reports it. */
export type ContainerStatus =
  'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export type HealthLogJson = {
  Start: string;
  End: string;
  ExitCode: number;
  Output: string;
};

export type HealthJson = {
  Status: 'starting' | 'healthy' | 'unhealthy';
  FailingStreak: number;
  Log: HealthLogJson[];
};

/** Inspect's `State` (v1.41 ContainerState). */
export type ContainerStateJson = {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
  Health?: HealthJson;
};

/** Docker keeps `Running` true while paused or restarting (the container still "is up"). */
function isRunning(value: ContainerStateValue): boolean {
  return value === 'running' || value === 'paused' || value === 'restarting';
}

/** State.StateString. */
export function statusOf(view: LifecycleView): ContainerStatus {
  switch (view.value) {
    case 'running':
    case 'paused':
    case 'restarting':
    case 'removing':
    case 'dead':
    case 'exited':
    case 'created':
      return view.value;
    case 'removed':
      return 'dead';
  }
}

function probeJson(p: HealthProbe): HealthLogJson {
  return { Start: rfc3339Nano(p.start), End: rfc3339Nano(p.end), ExitCode: p.exitCode, Output: p.output };
}

export function inspectState(view: LifecycleView): ContainerStateJson {
  const c = view.context;
  const state: ContainerStateJson = {
    Status: statusOf(view),
    Running: isRunning(view.value),
    Paused: view.value === 'paused',
    Restarting: view.value === 'restarting',
    OOMKilled: c.oomKilled,
    Dead: view.value === 'dead',
    Pid: c.pid,
    ExitCode: c.exitCode,
    Error: c.error,
    StartedAt: rfc3339Nano(c.startedAt),
    FinishedAt: rfc3339Nano(c.finishedAt),
  };
  if (c.health) {
    state.Health = {
      Status: c.health.status,
      FailingStreak: c.health.failingStreak,
      Log: c.health.log.map(probeJson),
    };
  }
  return state;
}

/** State.String: the STATUS column of `docker ps` and the `Status` field of /containers/json. */
export function psStatus(view: LifecycleView, now: number): string {
  const c = view.context;
  const since = (t: number | null) => humanDuration(now - (t ?? now));
  switch (view.value) {
    case 'paused':
      return `Up ${since(c.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.exitCode}) ${since(c.finishedAt)} ago`;
    case 'running':
      if (c.health) {
        const health = c.health.status === 'starting' ? 'health: starting' : c.health.status;
        return `Up ${since(c.startedAt)} (${health})`;
      }
      return `Up ${since(c.startedAt)}`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
    case 'removed':
      return 'Dead';
    case 'created':
    case 'exited':
      if (c.startedAt === null) return 'Created';
      if (c.finishedAt === null) return '';
      return `Exited (${c.exitCode}) ${since(c.finishedAt)} ago`;
  }
}
