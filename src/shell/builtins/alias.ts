// alias / unalias.
import type { Shell } from '../interpreter';

/** bash in POSIX mode lists `name='value'`; ash too. */
function show(name: string, value: string): string {
  return `${name}='${value.replace(/'/g, `'\\''`)}'\n`;
}

export function alias(sh: Shell, argv: string[]): number {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    for (const [k, v] of [...sh.state.aliases].sort()) sh.stdout.write(show(k, v));
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) sh.state.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
    else if (sh.state.aliases.has(arg)) sh.stdout.write(show(arg, sh.state.aliases.get(arg)!));
    else {
      sh.error(`alias: ${arg}: not found`);
      status = 1;
    }
  }
  return status;
}

export function unalias(sh: Shell, argv: string[]): number {
  if (argv[1] === '-a') {
    sh.state.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const name of argv.slice(1)) {
    if (!sh.state.aliases.delete(name)) {
      sh.error(`unalias: ${name}: not found`);
      status = 1;
    }
  }
  return status;
}
