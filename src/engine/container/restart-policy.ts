// Docker's restart manager (moby restartmanager/restartmanager.go) as a pure decision: whether a
// container that just died comes back, and after which back-off delay (100 ms, doubling on every
// quick failure up to one minute, back to 100 ms once the container had run for 10 s).

export type RestartPolicyName = '' | 'no' | 'always' | 'on-failure' | 'unless-stopped';

/** HostConfig.RestartPolicy, in the API's shape. */
export interface RestartPolicy {
  Name: RestartPolicyName;
  MaximumRetryCount: number;
}

export const RESTART_BACKOFF_INITIAL = 100;
export const RESTART_BACKOFF_MAX = 60_000;
const BACKOFF_RESET_AFTER = 10_000;

export interface RestartFacts {
  restartPolicy: RestartPolicy;
  restartCount: number;
  manuallyStopped: boolean;
  startedAt: number | null;
  backoff: number;
}

export interface RestartDecision {
  restart: boolean;
  delay: number;
}

export function restartDecision(facts: RestartFacts, exitCode: number, at: number): RestartDecision {
  const ranFor = facts.startedAt === null ? 0 : at - facts.startedAt;
  let delay = ranFor >= BACKOFF_RESET_AFTER ? 0 : facts.backoff;
  delay = delay === 0 ? RESTART_BACKOFF_INITIAL : Math.min(delay * 2, RESTART_BACKOFF_MAX);
  const policy = facts.restartPolicy;
  let restart = false;
  if (!facts.manuallyStopped) {
    switch (policy.Name) {
      case 'always':
      case 'unless-stopped':
        restart = true;
        break;
      case 'on-failure': {
        const max = policy.MaximumRetryCount;
        restart = exitCode !== 0 && (max === 0 || facts.restartCount < max);
        break;
      }
      default:
        restart = false;
    }
  }
  return { restart, delay };
}

/** `no`, `always`, `on-failure:3` as `docker inspect --format '{{.HostConfig.RestartPolicy}}'` users write them. */
export function formatRestartPolicy(policy: RestartPolicy): string {
  if (policy.Name === 'on-failure' && policy.MaximumRetryCount > 0)
    return `on-failure:${policy.MaximumRetryCount}`;
  return policy.Name || 'no';
}

/** Daemon-side validation of a policy received through the API (moby runconfig.validateRestartPolicy). */
export function restartPolicyError(policy: { Name: string; MaximumRetryCount: number }): string | null {
  switch (policy.Name) {
    case '':
    case 'no':
    case 'always':
    case 'unless-stopped':
      if (policy.MaximumRetryCount !== 0) {
        return `maximum retry count cannot be used with restart policy '${policy.Name}'`;
      }
      return null;
    case 'on-failure':
      if (policy.MaximumRetryCount < 0) return 'maximum retry count cannot be negative';
      return null;
    default:
      return `invalid restart policy '${policy.Name}'`;
  }
}

/** A policy from the API, once validated. */
export function restartPolicyOf(
  policy: { Name: string; MaximumRetryCount?: number } | undefined,
): RestartPolicy | undefined {
  if (!policy) return undefined;
  return { Name: policy.Name as RestartPolicyName, MaximumRetryCount: policy.MaximumRetryCount ?? 0 };
}
