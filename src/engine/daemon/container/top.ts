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
  const columns = outputColumns(args);
  if (!columns) throw new InvalidParameter(`ps: unsupported option: ${args}`);
  const now = d.clock.now();
  const value = (key: string, p: ProcessInfo): string => {
    switch (key) {
      case 'pid':
        return String(host(p));
      case 'ppid':
        return String(hostPpid(p));
      case 'uid':
        return String(p.uid);
      case 'user':
        return user(p.uid);
      case 'comm':
        return (p.argv[0] ?? '').split('/').pop()!.slice(0, 15);
      case 'tty':
        return tty(p);
      case 'stat':
        return p.state;
      case 'time':
        return '00:00:00';
      case 'etime':
        return elapsed(now - p.startedAt);
      case '%cpu':
      case 'pcpu':
      case '%mem':
      case 'pmem':
        return '0.0';
      case 'rss':
      case 'vsz':
        return '0';
      default:
        return p.argv.join(' ');
    }
  };
  return psOutput(
    columns.map((c) => c.header),
    inNs.map((p) => columns.map((c) => value(c.key, p)).join(' ')),
  );
}

/** procps' headers of the `-o` keywords docker top is used with. */
const HEADERS: Record<string, string> = {
  pid: 'PID',
  ppid: 'PPID',
  uid: 'UID',
  user: 'USER',
  comm: 'COMMAND',
  args: 'COMMAND',
  command: 'COMMAND',
  cmd: 'CMD',
  tty: 'TT',
  stat: 'STAT',
  time: 'TIME',
  etime: 'ELAPSED',
  '%cpu': '%CPU',
  pcpu: '%CPU',
  '%mem': '%MEM',
  pmem: '%MEM',
  rss: 'RSS',
  vsz: 'VSZ',
};

/** The `-o LIST` (`-eo LIST`, `o LIST`) columns of ps arguments, `key=Header` renaming one; null without -o. */
function outputColumns(args: string): Array<{ key: string; header: string }> | null {
  const words = args.split(/\s+/);
  let list: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const m = /^-?[A-Za-z]*o(.*)$/.exec(words[i]);
    if (!m) continue;
    list = m[1] || words[i + 1] || '';
    break;
  }
  if (list === null) return null;
  const out: Array<{ key: string; header: string }> = [];
  for (const item of list.split(',')) {
    const eq = item.indexOf('=');
    const key = (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
    if (!(key in HEADERS)) return null;
    out.push({ key, header: eq < 0 ? HEADERS[key] : item.slice(eq + 1) });
  }
  return out;
}

/**
 * moby's parsePSOutput: titles are the header's words (PID among them, or an error); each line is
 * split on blanks, the fields beyond the titles merged into the last one.
 */
function psOutput(headers: string[], lines: string[]): ContainerTopResponse {
  const titles = headers.join(' ').split(/\s+/).filter(Boolean);
  if (!titles.includes('PID')) throw new Error("Couldn't find PID field in ps output");
  return {
    Titles: titles,
    Processes: lines.map((line) => {
      const fields = line.split(/\s+/).filter(Boolean);
      return [...fields.slice(0, titles.length - 1), fields.slice(titles.length - 1).join(' ')];
    }),
  };
}

/** ps' etime: [[dd-]hh:]mm:ss. */
function elapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const mmss = `${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
  if (days > 0) return `${days}-${two(hours)}:${mmss}`;
  return hours > 0 ? `${two(hours)}:${mmss}` : mmss;
}
