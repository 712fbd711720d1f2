// GET /exec/{id}/json (moby daemon/exec.go ContainerExecInspect), fields in Docker's order.
import type { ExecInspect } from '../../api/types';
import type { Daemon } from '../daemon';

export function execInspect(d: Daemon, id: string): ExecInspect {
  const e = d.execs.get(id);
  const req = e.request;
  const processConfig: ExecInspect['ProcessConfig'] = {
    tty: req.Tty ?? false,
    entrypoint: req.Cmd[0],
    arguments: req.Cmd.slice(1),
    privileged: req.Privileged ?? false,
  } as ExecInspect['ProcessConfig'];
  if (req.User) processConfig.user = req.User;
  return {
    ID: e.id,
    Running: e.running,
    ExitCode: e.exitCode,
    ProcessConfig: processConfig,
    OpenStdin: req.AttachStdin ?? false,
    OpenStderr: req.AttachStderr ?? false,
    OpenStdout: req.AttachStdout ?? false,
    CanRemove: false,
    ContainerID: e.containerId,
    DetachKeys: req.DetachKeys ?? '',
    Pid: e.pid,
  } as ExecInspect;
}
