// POST /containers/{id}/exec (moby daemon/exec.go ContainerExecCreate).
import { Conflict, InvalidParameter } from '../../api/errors';
import type { ExecCreateRequest } from '../../api/types';
import type { Container } from '../../container/container';
import { generateId } from '../../container/ids';
import type { Daemon } from '../daemon';

/** The running container an exec needs, or Docker's error for why not. */
export function execTarget(d: Daemon, ref: string): Container {
  const c = d.containers.get(ref);
  if (c.state === 'paused')
    throw new Conflict(`Container ${ref} is paused, unpause the container before exec`);
  if (c.state === 'restarting')
    throw new Conflict(`Container ${c.id} is restarting, wait until the container is running`);
  if (c.state !== 'running' || !c.running) throw new Conflict(`Container ${c.id} is not running`);
  return c;
}

/** `exec_create: sh -c date` — the action text Docker builds: entrypoint, a space, the arguments. */
export function execAction(kind: 'exec_create' | 'exec_start', cmd: readonly string[]): string {
  return `${kind}: ${cmd[0] ?? ''} ${cmd.slice(1).join(' ')}`;
}

export function execCreate(d: Daemon, ref: string, req: ExecCreateRequest): { Id: string } {
  const c = execTarget(d, ref);
  if (!req.Cmd || req.Cmd.length === 0) throw new InvalidParameter('No exec command specified');
  const id = generateId(d.random);
  d.execs.add({
    id,
    containerId: c.id,
    request: { ...req, Cmd: [...req.Cmd] },
    running: false,
    exitCode: null,
    pid: 0,
    started: false,
    process: null,
    pty: null,
  });
  c.execIds.add(id);
  d.containerEvent(c, execAction('exec_create', req.Cmd), { execID: id });
  return { Id: id };
}
