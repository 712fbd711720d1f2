// GET /containers/{id}/top (moby daemon/top_unix.go): the container's processes with host PIDs, as
// `ps -ef` (default) or `ps aux` print them.
import { Conflict, InvalidParameter } from '../../api/errors';
import type { ContainerTopResponse } from '../../api/types';
import type { ProcessInfo } from '../../process/types';
import type { Daemon } from '../daemon';

function hhmm(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

function user(uid: number): string {
  return uid === 0 ? 'root' : String(uid);
}

const EF = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];
const AUX = ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'];

export function containerTop(d: Daemon, ref: string, psArgs = '-ef'): ContainerTopResponse {
  const c = d.containers.get(ref);
  if (!c.isUp || !c.running) throw new Conflict(`Container ${c.id} is not running`);
  if (c.state === 'restarting')
    throw new Conflict(`Container ${c.id} is restarting, wait until the container is running`);
  const ns = c.running.ns;
  const inNs = d.kernel.processes(ns);
  const host = (p: ProcessInfo) => d.kernel.hostPidOf(ns, p.pid) ?? p.pid;
  const hostPpid = (p: ProcessInfo) => (p.ppid ? (d.kernel.hostPidOf(ns, p.ppid) ?? 0) : 0);
  const tty = (p: ProcessInfo) => p.tty ?? '?';
  const args = psArgs.trim();
  if (args === '' || args === '-ef' || args === '-e' || args === '-f') {
    return {
      Titles: EF,
      Processes: inNs.map((p) => [
        user(p.uid),
        String(host(p)),
        String(hostPpid(p)),
        '0',
        hhmm(p.startedAt),
        tty(p),
        '00:00:00',
        p.argv.join(' '),
      ]),
    };
  }
  if (args === 'aux' || args === '-aux') {
    return {
      Titles: AUX,
      Processes: inNs.map((p) => [
        user(p.uid),
        String(host(p)),
        '0.0',
        '0.0',
        '0',
        '0',
        tty(p),
        p.state,
        hhmm(p.startedAt),
        '0:00',
        p.argv.join(' '),
      ]),
    };
  }
  throw new InvalidParameter(`ps: unsupported option: ${args}`);
}
