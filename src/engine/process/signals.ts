// Linux default signal actions (signal(7)).
import { SIGNALS, type Signal } from './types';

export type DefaultAction = 'term' | 'core' | 'ign' | 'stop' | 'cont';

const IGNORED: ReadonlySet<Signal> = new Set<Signal>(['SIGCHLD', 'SIGWINCH']);
const CORE: ReadonlySet<Signal> = new Set<Signal>(['SIGQUIT', 'SIGSEGV']);

export function defaultAction(signal: Signal): DefaultAction {
  if (IGNORED.has(signal)) return 'ign';
  if (CORE.has(signal)) return 'core';
  if (signal === 'SIGSTOP' || signal === 'SIGTSTP') return 'stop';
  if (signal === 'SIGCONT') return 'cont';
  return 'term';
}

export function signalNumber(signal: Signal): number {
  return SIGNALS[signal];
}

/** The status a shell reports for a process killed by `signal`: 128 + n. */
export function signalStatus(signal: Signal): number {
  return 128 + SIGNALS[signal];
}

/** `TERM`, `SIGTERM`, `15` → 'SIGTERM'; undefined when unknown. */
export function parseSignal(text: string): Signal | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return (Object.keys(SIGNALS) as Signal[]).find((s) => SIGNALS[s] === n);
  }
  const name = (text.toUpperCase().startsWith('SIG') ? text.toUpperCase() : `SIG${text.toUpperCase()}`) as Signal;
  return name in SIGNALS ? name : undefined;
}
