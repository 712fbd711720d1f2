// ps(1) over ctx.processes(): `ps` (this terminal's processes), `ps aux` / `ps -e -f` in the formats of
// procps-ng 4.0.2 as this Debian machine prints them, and BusyBox's `PID   USER     COMMAND`. The simulation has no CPU/memory accounting per
// process, so %CPU, %MEM, VSZ and RSS are 0 and TIME is 0:00.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import type { ProcessInfo } from '../../engine/process/types';
import { userName } from './lib/users';
import { strftime } from './lib/time';

const cmdline = (p: ProcessInfo): string => p.argv.join(' ');
const comm = (p: ProcessInfo): string => (p.argv[0] ?? '').split('/').pop()!.slice(0, 15);
const stateOf = (p: ProcessInfo): string => p.state + (p.pid === 1 ? 's' : '');

function startColumn(t: Tool, ms: number): string {
  const now = t.ctx.clock.now();
  if (now - ms < 86_400_000) return strftime('%H:%M', ms);
  if (now - ms < 365 * 86_400_000) return strftime('%b%d', ms);
  return strftime('%Y', ms);
}

export const ps: Applet = async (t) => {
  const procs = [...t.ctx.processes()].sort((a, b) => a.pid - b.pid);
  const fs = t.ctx.fs;
  const user = (uid: number): string => {
    const n = userName(fs, uid) ?? String(uid);
    return n.length > 8 ? `${n.slice(0, 7)}+` : n;
  };
  if (!t.gnu) {
    let out = 'PID   USER     COMMAND\n';
    for (const p of procs) out += `${String(p.pid).padStart(5)} ${user(p.uid).padEnd(8)} ${cmdline(p)}\n`;
    t.out(out);
    return 0;
  }
  const args = t.args.join(' ');
  const bsd = /^[a-z]*$/.test(args.replace(/\s/g, '')) && args !== '';
  const flags = new Set(args.replace(/[-\s]/g, ''));
  const all = flags.has('e') || flags.has('A') || (bsd && flags.has('a') && flags.has('x'));
  const mine = t.ctx.tty ? procs.filter((p) => p.tty !== null) : procs.filter((p) => p.uid === t.ctx.uid);
  const list = all
    ? procs
    : bsd && flags.has('x')
      ? procs.filter((p) => p.uid === t.ctx.uid)
      : bsd && flags.has('a')
        ? procs.filter((p) => p.tty !== null)
        : mine;
  let out: string;
  if (bsd && flags.has('u')) {
    out = 'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
    for (const p of list)
      out += `${user(p.uid).padEnd(8)} ${String(p.pid).padStart(5)}  0.0  0.0      0     0 ${(p.tty ?? '?').padEnd(8)} ${stateOf(p).padEnd(4)} ${startColumn(t, p.startedAt).padStart(5)}   0:00 ${cmdline(p)}\n`;
  } else if (flags.has('f')) {
    out = 'UID        PID  PPID  C STIME TTY          TIME CMD\n';
    for (const p of list)
      out += `${user(p.uid).padEnd(8)} ${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)}  0 ${startColumn(t, p.startedAt)} ${(p.tty ?? '?').padEnd(8)} 00:00:00 ${cmdline(p)}\n`;
  } else {
    out = '  PID TTY          TIME CMD\n';
    for (const p of list)
      out += `${String(p.pid).padStart(5)} ${(p.tty ?? '?').padEnd(8)} 00:00:00 ${comm(p)}\n`;
  }
  t.out(out);
  return 0;
};
