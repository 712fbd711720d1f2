// Health checks (moby daemon/health.go): every Interval the Test runs inside the container; its exit
// code and output become a probe in State.Health; each probe is an exec (exec_create, exec_start,
// exec_die events, as Docker publishes them) and a status change publishes `health_status: …`.
import type { HealthConfig } from '../../api/types';
import type { Container } from '../../container/container';
import { runtimeEnv } from '../../container/config';
import { generateId } from '../../container/ids';
import type { Daemon } from '../daemon';
import { execAction } from '../exec/create';

const NS = 1_000_000;
export const HEALTH_DEFAULTS = { interval: 30_000, timeout: 30_000, retries: 3, startPeriod: 0 };
const MAX_OUTPUT = 4096;

/** HealthConfig durations are nanoseconds; 0 means Docker's default. */
function ms(ns: number | undefined, fallback: number): number {
  return ns && ns > 0 ? Math.round(ns / NS) : fallback;
}

export function probeArgv(test: readonly string[]): string[] | null {
  if (test.length === 0) return null;
  if (test[0] === 'CMD') return test.slice(1);
  if (test[0] === 'CMD-SHELL') return ['/bin/sh', '-c', test[1] ?? ''];
  return null;
}

function formatSeconds(msValue: number): string {
  return `${msValue / 1000}s`;
}

export function scheduleHealthcheck(d: Daemon, c: Container): void {
  const hc: HealthConfig | undefined = c.config.Healthcheck;
  const argv = probeArgv(hc?.Test ?? []);
  if (!hc || !argv) return;
  const interval = ms(hc.Interval, HEALTH_DEFAULTS.interval);
  const timeout = ms(hc.Timeout, HEALTH_DEFAULTS.timeout);
  const retries = hc.Retries && hc.Retries > 0 ? hc.Retries : HEALTH_DEFAULTS.retries;
  const startPeriod = ms(hc.StartPeriod, HEALTH_DEFAULTS.startPeriod);
  const startedAt = d.clock.now();
  const tick = () => {
    c.cancelHealth = null;
    const run = c.running;
    if (!run || c.state !== 'running') {
      if (run && c.state === 'paused') c.cancelHealth = d.clock.setTimer(interval, tick);
      return;
    }
    const start = d.clock.now();
    const execID = generateId(d.random);
    d.containerEvent(c, execAction('exec_create', argv), { execID });
    d.containerEvent(c, execAction('exec_start', argv), { execID });
    let output = '';
    const sink = { isTTY: false, write: (s: string) => void (output += s), drain: async () => {} };
    let finished = false;
    const record = (exitCode: number, text: string) => {
      if (finished || c.running !== run) return;
      finished = true;
      d.containerEvent(c, 'exec_die', { execID, exitCode: String(exitCode) });
      const before = c.view.context.health?.status;
      const inStartPeriod = d.clock.now() - startedAt < startPeriod;
      if (exitCode !== 0 && inStartPeriod) {
        c.cancelHealth = d.clock.setTimer(interval, tick);
        return;
      }
      c.send({
        type: 'container.health',
        retries,
        probe: { start, end: d.clock.now(), exitCode, output: text.slice(0, MAX_OUTPUT) },
      });
      const after = c.view.context.health?.status;
      if (after && after !== before) d.containerEvent(c, `health_status: ${after}`);
      c.cancelHealth = d.clock.setTimer(interval, tick);
    };
    let proc;
    try {
      proc = d.kernel.spawn(run.ns, argv, {
        stdout: sink,
        stderr: sink,
        cwd: c.config.WorkingDir || '/',
        env: runtimeEnv(c.config, run.ns.hostname, '/root'),
      });
    } catch (err) {
      record(-1, `${(err as Error).message}\n`);
      return;
    }
    const cancelTimeout = d.clock.setTimer(timeout, () => {
      proc.signal('SIGKILL');
      record(-1, `Health check exceeded timeout (${formatSeconds(timeout)})`);
    });
    void proc.wait().then((info) => {
      cancelTimeout();
      record(info.status, output);
    });
  };
  c.cancelHealth = d.clock.setTimer(interval, tick);
}
