// kill (bash builtin): signals by pid or job spec (%1), with bash's messages. `kill -l` is left to
// the kill program.
import { parseSignal } from '../../engine/process/signals';
import { ExecError, type Signal } from '../../engine/process/types';
import type { Shell } from '../interpreter';

const USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]';

export async function kill(sh: Shell, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  if (args[0] === '-l' || args[0] === '-L') {
    const child = await sh.spawnExternal(argv, sh.state.environment(), sh.fds, true);
    return typeof child === 'number' ? child : child.wait();
  }
  let signal: Signal = 'SIGTERM';
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-s' || a === '-n') {
      const spec = args[++i];
      const s = spec === undefined ? undefined : parseSignal(spec);
      if (!s) {
        sh.error(spec === undefined ? `kill: ${a}: option requires an argument` : `kill: ${spec}: invalid signal specification`);
        return 1;
      }
      signal = s;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      const s = parseSignal(a.slice(1));
      if (!s) {
        sh.error(`kill: ${a.slice(1)}: invalid signal specification`);
        return 1;
      }
      signal = s;
      continue;
    }
    break;
  }
  const targets = args.slice(i);
  if (targets.length === 0) {
    sh.writeErr(`${sh.prefix()}${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const t of targets) {
    let pid: number;
    if (t.startsWith('%')) {
      const job = sh.jobs.find(t);
      if (!job) {
        sh.error(`kill: ${t}: no such job`);
        status = 1;
        continue;
      }
      pid = job.pid;
    } else if (/^-?\d+$/.test(t)) pid = Number(t);
    else {
      sh.error(`kill: ${t}: arguments must be process or job IDs`);
      status = 1;
      continue;
    }
    try {
      sh.ctx.kill(pid, signal);
    } catch (err) {
      if (!(err instanceof ExecError)) throw err;
      sh.error(err.code === 'EPERM' ? `kill: (${pid}) - Operation not permitted` : `kill: (${pid}) - No such process`);
      status = 1;
    }
  }
  return status;
}
