// POST /containers/{id}/start (moby daemon/start.go ContainerStart).
import { Conflict, NotModified } from '../../api/errors';
import type { Container } from '../../container/container';
import type { Daemon } from '../daemon';
import { launch } from './launch';
import { removeContainer } from './remove';

export function checkStartable(c: Container): void {
  switch (c.state) {
    case 'paused':
      throw new Conflict('cannot start a paused container, try unpause instead');
    case 'running':
    case 'restarting':
      throw new NotModified('container is already running');
    case 'removing':
    case 'dead':
    case 'removed':
      throw new Conflict('container is marked for removal and cannot be started');
    default:
  }
}

export function containerStart(d: Daemon, ref: string): void {
  const c = d.containers.get(ref);
  checkStartable(c);
  try {
    launch(d, c);
  } catch (err) {
    if (c.hostConfig.AutoRemove) removeContainer(d, c, true);
    throw err;
  }
}
