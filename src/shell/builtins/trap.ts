// trap ACTION SIGNAL…: EXIT and catchable signals run ACTION in the shell.
import { parseSignal } from '../../engine/process/signals';
import type { Shell } from '../interpreter';

export function trap(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  if (args.length === 0 || args[0] === '-p') {
    for (const [sig, action] of sh.traps) sh.stdout.write(`trap -- '${action.replace(/'/g, `'\\''`)}' ${sig}\n`);
    return 0;
  }
  if (args.length === 1) args.unshift('-');
  const [action, ...sigs] = args;
  let status = 0;
  for (const spec of sigs) {
    if (spec === 'EXIT' || spec === '0') {
      if (action === '-') sh.traps.delete('EXIT');
      else sh.traps.set('EXIT', action);
      continue;
    }
    const signal = parseSignal(spec);
    if (!signal) {
      sh.error(`trap: ${spec}: invalid signal specification`);
      status = 1;
      continue;
    }
    const name = signal.slice(3);
    sh.uninstallTrap(name);
    if (action === '-') {
      sh.traps.delete(name);
      continue;
    }
    sh.traps.set(name, action);
    if (action === '') sh.ctx.ignoreSignal(signal);
    else sh.installTrap(name, signal, action);
  }
  return status;
}
