// type, command, hash: where a name leads.
import type { Shell } from '../interpreter';

function describe(sh: Shell, name: string, terse: boolean, pathOnly = false): boolean {
  const found = sh.lookup(name);
  switch (found.kind) {
    case 'keyword':
      sh.stdout.write(terse ? (pathOnly ? '' : 'keyword\n') : `${name} is a shell keyword\n`);
      return !pathOnly;
    case 'alias':
      sh.stdout.write(terse ? (pathOnly ? '' : 'alias\n') : `${name} is aliased to \`${found.value}'\n`);
      return !pathOnly;
    case 'function':
      if (terse) sh.stdout.write(pathOnly ? '' : 'function\n');
      else sh.stdout.write(`${name} is a function\n${sh.state.functions.get(name)!.source}\n`);
      return !pathOnly;
    case 'builtin':
      sh.stdout.write(terse ? (pathOnly ? '' : 'builtin\n') : `${name} is a shell builtin\n`);
      return !pathOnly;
    case 'file':
      sh.stdout.write(terse ? (pathOnly ? `${found.path}\n` : 'file\n') : `${name} is ${found.path}\n`);
      return true;
    default:
      return false;
  }
}

export function type(sh: Shell, argv: string[]): number {
  let terse = false;
  let pathOnly = false;
  let status = 0;
  for (const a of argv.slice(1)) {
    if (a === '-t') terse = true;
    else if (a === '-p' || a === '-P') {
      terse = true;
      pathOnly = true;
    } else if (a === '-a' || a === '--') continue;
    else if (!describe(sh, a, terse, pathOnly)) {
      if (!terse) sh.error(`type: ${a}: not found`);
      status = 1;
    }
  }
  return status;
}

export async function command(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let mode: 'run' | 'v' | 'V' = 'run';
  for (; i < argv.length; i++) {
    if (argv[i] === '-v') mode = 'v';
    else if (argv[i] === '-V') mode = 'V';
    else if (argv[i] === '-p') continue;
    else if (argv[i] === '--') {
      i++;
      break;
    } else break;
  }
  const args = argv.slice(i);
  if (args.length === 0) return 0;
  if (mode === 'v') {
    let status = 0;
    for (const name of args) {
      const found = sh.lookup(name);
      if (found.kind === 'file') sh.stdout.write(`${found.path}\n`);
      else if (found.kind === 'alias') sh.stdout.write(`alias ${name}='${found.value}'\n`);
      else if (found.kind !== 'none') sh.stdout.write(`${name}\n`);
      else status = 1;
    }
    return status;
  }
  if (mode === 'V') {
    let status = 0;
    for (const name of args) {
      if (!describe(sh, name, false)) {
        sh.error(`command: ${name}: not found`);
        status = 1;
      }
    }
    return status;
  }
  const { BUILTINS } = await import('./index');
  const builtin = BUILTINS.get(args[0]);
  if (builtin) return sh.runBuiltin(builtin, args);
  const child = await sh.spawnExternal(args, sh.state.environment(), sh.fds, true);
  return typeof child === 'number' ? child : child.wait();
}

export function hash(sh: Shell, argv: string[]): number {
  if (argv.length === 1) {
    sh.stdout.write('hash: hash table empty\n');
    return 0;
  }
  let status = 0;
  for (const name of argv.slice(1)) {
    if (name === '-r') continue;
    if (sh.lookup(name).kind === 'none') {
      sh.error(`hash: ${name}: not found`);
      status = 1;
    }
  }
  return status;
}
