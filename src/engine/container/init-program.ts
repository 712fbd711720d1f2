// `--init`: Docker's init (tini, at /sbin/docker-init) as PID 1. It runs the command as its child,
// forwards the signals it receives, reaps orphans, and exits with the child's status.
import { ExecError, type Program, type Signal } from '../process/types';

export const DOCKER_INIT_PATH = '/sbin/docker-init';

const FORWARDED: Signal[] = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGTERM', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'];

export const dockerInit: Program = async (ctx) => {
  const sep = ctx.argv.indexOf('--');
  const argv = ctx.argv.slice(sep < 0 ? 1 : sep + 1);
  let child;
  try {
    child = ctx.spawn(argv);
  } catch (err) {
    if (!(err instanceof ExecError)) throw err;
    const reason = err.code === 'EACCES' ? 'Permission denied' : 'No such file or directory';
    ctx.stderr.write(`[FATAL tini (7)] exec ${argv[0]} failed: ${reason}\n`);
    return err.code === 'EACCES' ? 126 : 127;
  }
  const forward = child;
  for (const s of FORWARDED) ctx.onSignal(s, (sig) => forward.kill(sig));
  return await child.wait();
};
