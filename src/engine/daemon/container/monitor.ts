// What happens when a container's first process ends (moby daemon/monitor.go): its other processes
// die with it, the machine records the exit, `die` is published, the network and volumes let go, then the
// restart policy brings it back after its back-off, or `--rm` removes it.
import type { Container } from '../../container/container';
import type { ExitInfo } from '../../process/process';
import type { Daemon } from '../daemon';
import { volumeUnmountEvents } from '../volume/events';
import { launch } from './launch';
import { removeContainer } from './remove';

export function onContainerExit(d: Daemon, c: Container, generation: number, info: ExitInfo): void {
  const run = c.running;
  if (!run || c.generation !== generation) return;
  c.cancelHealth?.();
  c.cancelHealth = null;
  d.kernel.signalNamespace(run.ns, 'SIGKILL');
  run.detachPty?.();
  c.output.flush();
  c.running = null;
  for (const exec of d.execs.forContainer(c.id)) exec.running = false;
  const oomKilled = info.oomKilled || run.ns.cgroup.oomKilled;
  c.send({ type: 'container.die', exitCode: info.status, at: d.clock.now(), oomKilled });
  d.containerEvent(c, 'die', { exitCode: String(info.status) });
  d.networking.disconnect(c);
  volumeUnmountEvents(d, c);
  if (c.state === 'restarting') {
    c.cancelRestart = d.clock.setTimer(c.view.context.restartDelay, () => {
      c.cancelRestart = null;
      if (c.state !== 'restarting') return;
      try {
        launch(d, c);
      } catch {
        // The machine recorded the failure (restarting → exited with the runtime's error).
      }
    });
  } else if (c.hostConfig.AutoRemove && c.state === 'exited') {
    removeContainer(d, c, true);
  }
}
