// DELETE /containers/{id} (moby daemon/delete.go): refuse a running container unless forced, kill it
// when forced, then drop it: name, RW layer, log, exec instances, volumes (`-v`: anonymous ones).
import { Conflict } from '../../api/errors';
import type { Container } from '../../container/container';
import { statusOf } from '../../container/status';
import type { Daemon } from '../daemon';
import { killContainer } from './kill';

export interface RemoveOptions {
  force?: boolean;
  /** Remove the container's anonymous volumes (`docker rm -v`). */
  volumes?: boolean;
}

export async function containerRemove(d: Daemon, ref: string, opts: RemoveOptions = {}): Promise<void> {
  const c = d.containers.get(ref);
  if (c.state === 'removing') throw new Conflict(`removal of container ${ref} is already in progress`);
  if (c.isUp) {
    if (!opts.force) {
      const state = statusOf(c.view);
      const procedure =
        state === 'paused'
          ? 'Unpause and then stop the container before attempting removal or force remove'
          : 'Stop the container before attempting removal or force remove';
      throw new Conflict(`You cannot remove a ${state} container ${c.id}. ${procedure}`);
    }
    await killContainer(d, c);
  }
  if (c.state === 'removed') return;
  removeContainer(d, c, opts.volumes ?? false);
}

/** Removal proper, for a container that is not running (also `--rm` and prune). */
export function removeContainer(d: Daemon, c: Container, removeVolumes: boolean): void {
  if (c.state === 'removing' || c.state === 'removed') return;
  c.cancelRestart?.();
  c.cancelRestart = null;
  if (c.isUp) c.send({ type: 'container.stop' });
  c.send({ type: 'container.remove' });
  d.volumes?.release(c, removeVolumes);
  d.networking.remove?.(c);
  for (const exec of d.execs.forContainer(c.id)) d.execs.delete(exec.id);
  d.containers.delete(c);
  c.send({ type: 'container.removed' });
  d.containerEvent(c, 'destroy');
  c.actor.stop();
}
