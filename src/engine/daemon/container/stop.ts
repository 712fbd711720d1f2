// POST /containers/{id}/stop (moby daemon/stop.go): the stop signal (StopSignal or SIGTERM), a grace
// period (`-t`, StopTimeout, 10 s), then SIGKILL; `stop` is published once the container is down.
import { NotModified } from '../../api/errors';
import type { Container } from '../../container/container';
import { parseSignal } from '../../process/signals';
import type { Daemon } from '../daemon';
import { killContainer, signalContainer, stopSignalOf } from './kill';

export const DEFAULT_STOP_TIMEOUT = 10;

export interface StopOptions {
  /** Seconds before SIGKILL; negative waits forever. */
  timeout?: number;
  /** Overrides the container's StopSignal (API 1.42's `signal`, accepted here too). */
  signal?: string;
}

export async function stopContainer(d: Daemon, c: Container, opts: StopOptions = {}): Promise<void> {
  if (!c.isUp) return;
  const seconds = opts.timeout ?? c.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
  const signal = (opts.signal && parseSignal(opts.signal)) || stopSignalOf(c);
  if (c.state === 'restarting') {
    signalContainer(d, c, signal);
    d.containerEvent(c, 'stop');
    return;
  }
  const exited = c.nextExit();
  signalContainer(d, c, signal);
  if (c.isUp) {
    let timedOut = false;
    let cancel = () => {};
    const timer =
      seconds >= 0
        ? new Promise<void>((resolve) => {
            cancel = d.clock.setTimer(seconds * 1000, () => {
              timedOut = true;
              resolve();
            });
          })
        : new Promise<void>(() => {});
    await Promise.race([exited, timer]);
    cancel();
    if (timedOut && c.isUp) await killContainer(d, c);
  }
  d.containerEvent(c, 'stop');
}

export async function containerStop(d: Daemon, ref: string, opts: StopOptions = {}): Promise<void> {
  const c = d.containers.get(ref);
  if (!c.isUp) throw new NotModified('container is already stopped');
  await stopContainer(d, c, opts);
}
