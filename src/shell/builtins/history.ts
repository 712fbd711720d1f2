// history [-c] [N]: the interactive shell's command history, numbered like bash.
import type { Shell } from '../interpreter';

export function history(sh: Shell, argv: string[]): number {
  const store = sh.history;
  if (!store) return 0;
  if (argv[1] === '-c') {
    store.clear();
    return 0;
  }
  const entries = store.list();
  let from = 0;
  if (argv[1] !== undefined) {
    if (!/^\d+$/.test(argv[1])) {
      sh.error(`history: ${argv[1]}: numeric argument required`);
      return 1;
    }
    from = Math.max(0, entries.length - Number(argv[1]));
  }
  let out = '';
  for (let i = from; i < entries.length; i++) out += `${String(i + 1).padStart(5)}  ${entries[i]}\n`;
  sh.stdout.write(out);
  return 0;
}
