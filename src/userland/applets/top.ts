// top(1): the processes of ctx.processes() with what /proc says of memory, load and each process
// (VmSize, VmRSS), so `ps`, `top` and `cat /proc/...` agree. BusyBox's layout (`top -b -n 1` as
// busybox 1.35/1.36 prints it) and procps-ng 4's. Batch mode (-b) prints frames; on a terminal each
// frame clears the screen and `q` (or ^C) quits. The simulation keeps no per-process CPU time: 0 %.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, last } from './lib/getopt';
import { userName } from './lib/users';
import { strftime } from './lib/time';
import { readMeminfo } from './lib/meminfo';
import type { ProcessInfo } from '../../engine/process/types';

interface Frame {
  meminfo: Record<string, number>;
  loadavg: string;
  uptime: number;
  procs: (ProcessInfo & { vsz: number; rss: number })[];
}

function readOr(t: Tool, path: string, fallback: string): string {
  try {
    return t.ctx.fs.readText(path);
  } catch {
    return fallback;
  }
}

function kbField(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : 0;
}

function sample(t: Tool): Frame {
  const meminfo = readMeminfo(t.ctx.fs);
  const procs = [...t.ctx.processes()]
    .sort((a, b) => a.pid - b.pid)
    .map((p) => {
      const status = readOr(t, `/proc/${p.pid}/status`, '');
      return { ...p, vsz: kbField(status, 'VmSize'), rss: kbField(status, 'VmRSS') };
    });
  const uptime = Number(readOr(t, '/proc/uptime', '0').split(' ')[0]) || 0;
  return { meminfo, loadavg: readOr(t, '/proc/loadavg', '0.00 0.00 0.00 0/0 0').trim(), uptime, procs };
}

function busyboxVsz(kb: number): string {
  if (kb < 100_000) return String(kb);
  if (kb < 10_000_000) return `${Math.round(kb / 1024)}m`;
  return `${(kb / 1048576).toFixed(1)}g`;
}

function busyboxFrame(t: Tool, f: Frame): string {
  const m = (k: string) => f.meminfo[k] ?? 0;
  const total = m('MemTotal');
  let out = `Mem: ${total - m('MemFree')}K used, ${m('MemFree')}K free, ${m('Shmem')}K shrd, ${m('Buffers')}K buff, ${m('Cached')}K cached\n`;
  out += 'CPU:   0% usr   0% sys   0% nic 100% idle   0% io   0% irq   0% sirq\n';
  out += `Load average: ${f.loadavg}\n`;
  out += '  PID  PPID USER     STAT   VSZ %VSZ %CPU COMMAND\n';
  for (const p of f.procs) {
    const user = (userName(t.ctx.fs, p.uid) ?? String(p.uid)).slice(0, 8);
    const pct = total ? Math.floor((p.vsz * 100) / total) : 0;
    out += `${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)} ${user.padEnd(8)} ${p.state.padEnd(4)} ${busyboxVsz(p.vsz).padStart(5)} ${String(pct).padStart(3)}%   0% ${p.argv.join(' ')}\n`;
  }
  return out;
}

function upText(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const clock = hours ? `${String(hours).padStart(2)}:${String(minutes).padStart(2, '0')}` : `${minutes} min`;
  return days ? `${days} day${days > 1 ? 's' : ''}, ${clock}` : clock;
}

const COMMAND_ROOM = 10;

function procpsFrame(t: Tool, f: Frame): string {
  const m = (k: string) => (f.meminfo[k] ?? 0) / 1024;
  const load = f.loadavg.split(' ').slice(0, 3).join(', ');
  const count = (s: string) => f.procs.filter((p) => p.state === s).length;
  const cache = m('Buffers') + m('Cached') + m('SReclaimable');
  const used = m('MemTotal') - m('MemFree') - cache;
  const mib = (v: number) => v.toFixed(1).padStart(8);
  let out = `top - ${strftime('%H:%M:%S', t.ctx.clock.now())} up ${upText(f.uptime)},  0 user,  load average: ${load}\n`;
  out += `Tasks:${String(f.procs.length).padStart(4)} total,${String(count('R')).padStart(4)} running,${String(count('S')).padStart(4)} sleeping,${String(count('T')).padStart(4)} stopped,${String(count('Z')).padStart(4)} zombie\n`;
  out += '%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st \n';
  out += `MiB Mem : ${mib(m('MemTotal'))} total, ${mib(m('MemFree'))} free, ${mib(used)} used, ${mib(cache)} buff/cache     \n`;
  out += `MiB Swap: ${mib(m('SwapTotal'))} total, ${mib(m('SwapFree'))} free, ${mib(m('SwapTotal') - m('SwapFree'))} used. ${mib(m('MemAvailable'))} avail Mem \n\n`;
  out += '  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n';
  const total = f.meminfo.MemTotal || 1;
  for (const p of f.procs) {
    const user = userName(t.ctx.fs, p.uid) ?? String(p.uid);
    const shown = user.length > 8 ? `${user.slice(0, 7)}+` : user;
    const name = (p.argv[0] ?? '').split('/').pop()!.slice(0, 15);
    // Batch mode lays lines out on 80 columns: a longer command is cut and marked with '+'.
    const comm = name.length > COMMAND_ROOM ? `${name.slice(0, COMMAND_ROOM - 1)}+` : name;
    out += `${String(p.pid).padStart(5)} ${shown.padEnd(8)}  20   0 ${String(p.vsz).padStart(7)} ${String(p.rss).padStart(6)} ${String(Math.floor(p.rss * 0.8)).padStart(6)} ${p.state}   0.0 ${((p.rss * 100) / total).toFixed(1).padStart(5)}   0:00.00 ${comm}\n`;
  }
  return out;
}

export const top: Applet = async (t) => {
  const p = getopt(t, t.args, { short: t.gnu ? 'bn:d:Hi' : 'bn:d:H' });
  if (!p) return 1;
  const batch = p.opts.some(([k]) => k === 'b') || !t.ctx.tty;
  const countText = last(p, 'n');
  const iterations = countText === undefined ? Infinity : Math.max(1, Number(countText) || 1);
  const delay = Math.max(0.1, Number(last(p, 'd') ?? (t.gnu ? '3' : '5')) || 1) * 1000;
  const tty = batch ? null : t.ctx.tty;
  tty?.setRaw(true);
  let key: Promise<string | null> | null = null;
  try {
    for (let i = 0; i < iterations; i++) {
      const frame = sample(t);
      const text = t.gnu ? procpsFrame(t, frame) : busyboxFrame(t, frame);
      // BusyBox ends each batch frame with an empty line; procps separates frames with one.
      if (batch) t.out(t.gnu ? `${i > 0 ? '\n' : ''}${text}` : `${text}\n`);
      else t.out(`\x1b[H\x1b[J${text.replace(/\n/g, '\r\n')}`);
      if (i === iterations - 1) break;
      if (!tty) {
        await t.ctx.sleep(delay);
        continue;
      }
      key ??= t.ctx.stdin.read();
      const pressed = await Promise.race([key, t.ctx.sleep(delay).then(() => undefined)]);
      if (pressed === undefined) continue;
      key = null;
      if (pressed === null || /[qQ\x03]/.test(pressed)) break;
    }
  } finally {
    tty?.setRaw(false);
  }
  if (tty) t.out('\r\n');
  return 0;
};
