// kill(1) (procps-ng /bin/kill and BusyBox): -s SIG, -SIG, -9, -l [N], names with or without SIG.

import type { Applet } from './lib/applet';
import { ExecError, SIGNALS, type Signal } from '../../engine/process/types';
import { usage } from './lib/usage';

/** Linux signal numbers 1–31 by name (for -l); the kernel delivers those in SIGNALS. */
const NAMES = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'POLL',
  'PWR',
  'SYS',
];

function parseSignal(spec: string): Signal | null {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    const entry = Object.entries(SIGNALS).find(([, v]) => v === n);
    return entry ? (entry[0] as Signal) : null;
  }
  const name = spec.toUpperCase().replace(/^SIG/, '');
  return `SIG${name}` in SIGNALS ? (`SIG${name}` as Signal) : null;
}

export const kill: Applet = async (t) => {
  const args = [...t.args];
  let signal: Signal = 'SIGTERM';
  if (args[0] === '-l' || args[0] === '-L' || args[0] === '--list') {
    if (args[1] !== undefined) {
      const n = Number(args[1]);
      const name = /^\d+$/.test(args[1])
        ? NAMES[(n > 128 ? n - 128 : n) - 1]
        : String(SIGNALS[`SIG${args[1].toUpperCase().replace(/^SIG/, '')}` as Signal] ?? '');
      if (!name) {
        t.error(t.gnu ? `unknown signal name ${args[1]}` : `bad signal name '${args[1]}'`);
        return 1;
      }
      t.out(name + '\n');
      return 0;
    }
    if (t.gnu) t.out(NAMES.slice(0, 16).join(' ') + '\n' + NAMES.slice(16).join(' ') + '\n');
    else t.out(NAMES.map((n, i) => `${String(i + 1).padStart(2)}) ${n}\n`).join(''));
    return 0;
  }
  if (args[0] === '-s' || args[0] === '--signal' || args[0] === '-n') {
    args.shift();
    const spec = args.shift() ?? '';
    const s = parseSignal(spec);
    if (!s) {
      t.error(t.gnu ? `unknown signal name ${spec}` : `bad signal name '${spec}'`);
      return 1;
    }
    signal = s;
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const s = parseSignal(args[0].slice(1));
    if (!s) {
      t.error(t.gnu ? `unknown signal name ${args[0].slice(1)}` : `bad signal name '${args[0].slice(1)}'`);
      return 1;
    }
    signal = s;
    args.shift();
  }
  if (args[0] === '--') args.shift();
  if (args.length === 0)
    return t.gnu ? usage(t, 'not enough arguments') : (t.error('you need to specify whom to kill'), 1);
  let status = 0;
  for (const a of args) {
    if (!/^-?\d+$/.test(a)) {
      t.error(t.gnu ? `cannot find process "${a}".` : `can't kill pid ${a}: No such process`);
      status = 1;
      continue;
    }
    try {
      t.ctx.kill(Number(a), signal);
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      const text = e.code === 'EPERM' ? 'Operation not permitted' : 'No such process';
      t.error(t.gnu ? `(${a}): ${text}` : `can't kill pid ${a}: ${text}`);
      status = 1;
    }
  }
  return status;
};
