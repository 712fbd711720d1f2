// getopts OPTSTRING NAME [ARG…]: POSIX option parsing with OPTIND/OPTARG (silent mode with a leading ':').
import type { Shell } from '../interpreter';

/** Position inside a group of options (`-abc`), per shell, as bash keeps it. */
const subIndex = new WeakMap<Shell, { optind: number; pos: number }>();

export function getopts(sh: Shell, argv: string[]): number {
  const [, spec, name, ...given] = argv;
  if (spec === undefined || name === undefined) {
    sh.error('getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const args = given.length ? given : sh.state.positional;
  const silent = spec.startsWith(':');
  const optstring = silent ? spec.slice(1) : spec;
  let optind = Number(sh.getVar('OPTIND') ?? '1') || 1;
  let state = subIndex.get(sh);
  if (!state || state.optind !== optind) state = { optind, pos: 1 };
  const arg = args[optind - 1];
  const finish = () => {
    sh.setVar(name, '?');
    sh.state.unset('OPTARG');
    subIndex.delete(sh);
    return 1;
  };
  if (arg === undefined || arg === '-' || !arg.startsWith('-')) return finish();
  if (arg === '--') {
    sh.setVar('OPTIND', String(optind + 1));
    return finish();
  }
  const ch = arg[state.pos];
  let next = state.pos + 1;
  const advance = () => {
    if (next >= arg.length) {
      optind++;
      next = 1;
    }
    sh.setVar('OPTIND', String(optind));
    subIndex.set(sh, { optind, pos: next });
  };
  const i = optstring.indexOf(ch);
  if (ch === ':' || i < 0) {
    if (silent) {
      sh.setVar('OPTARG', ch);
    } else {
      sh.writeErr(`${sh.name}: illegal option -- ${ch}\n`);
      sh.state.unset('OPTARG');
    }
    sh.setVar(name, '?');
    advance();
    return 0;
  }
  if (optstring[i + 1] === ':') {
    let value: string | undefined;
    if (next < arg.length) value = arg.slice(next);
    else value = args[optind];
    if (next >= arg.length) optind++;
    next = arg.length;
    if (value === undefined) {
      if (silent) {
        sh.setVar(name, ':');
        sh.setVar('OPTARG', ch);
      } else {
        sh.writeErr(`${sh.name}: option requires an argument -- ${ch}\n`);
        sh.setVar(name, '?');
        sh.state.unset('OPTARG');
      }
      advance();
      return 0;
    }
    sh.setVar('OPTARG', value);
    sh.setVar(name, ch);
    advance();
    return 0;
  }
  sh.setVar(name, ch);
  sh.state.unset('OPTARG');
  advance();
  return 0;
}
