// POST /containers/{id}/kill (moby daemon/kill.go): a signal to PID 1, the restart policy disarmed
// when it is the signal that ends the container, a paused container thawed so it can receive it.
import { Conflict, InvalidParameter } from '../../api/errors';
import type { Container } from '../../container/container';
import { parseSignal, signalNumber } from '../../process/signals';
import type { Signal } from '../../process/types';
import type { Daemon } from '../daemon';

export function stopSignalOf(c: Container): Signal {
  return (c.config.StopSignal && parseSignal(c.config.StopSignal)) || 'SIGTERM';
}

/** killWithSignal: publishes `kill`; the caller checked that the container is up. */
export function signalContainer(d: Daemon, c: Container, signal: Signal): void {
  const exitOnNext = signal === 'SIGKILL' || !c.config.StopSignal || stopSignalOf(c) === signal;
  if (exitOnNext) {
    c.send({ type: 'container.stop' });
    c.cancelRestart?.();
    c.cancelRestart = null;
  }
  if (c.state === 'exited' || !c.running) return;
  try {
    d.kernel.signal(c.running.init.hostPid, signal);
  } catch {
    // PID 1 is already gone; the monitor is about to record the exit.
  }
  if (exitOnNext && c.state === 'paused') {
    d.kernel.thaw(c.running.ns);
    c.send({ type: 'container.unpause' });
  }
  d.containerEvent(c, 'kill', { signal: String(signalNumber(signal)) });
}

/** daemon.Kill: SIGKILL and wait for the exit. */
export async function killContainer(d: Daemon, c: Container): Promise<void> {
  if (!c.isUp) return;
  const exited = c.running ? c.nextExit() : Promise.resolve();
  signalContainer(d, c, 'SIGKILL');
  await exited;
}

export async function containerKill(d: Daemon, ref: string, signal = 'SIGKILL'): Promise<void> {
  const c = d.containers.get(ref);
  const sig = parseSignal(signal);
  if (!sig) throw new InvalidParameter(`Invalid signal: ${signal}`);
  if (!c.isUp) throw new Conflict(`Cannot kill container: ${ref}: Container ${c.id} is not running`);
  if (sig === 'SIGKILL') await killContainer(d, c);
  else signalContainer(d, c, sig);
}
