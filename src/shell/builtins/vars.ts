// Variable builtins: export, unset, readonly, local, set, shift, umask.
import { ShellError } from '../errors';
import type { Shell } from '../interpreter';
import { quoteForTrace } from '../interpreter';
import { OPTION_LETTERS, type Options } from '../state';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function declareValue(v: string): string {
  return '"' + v.replace(/(["\\$`])/g, '\\$1') + '"';
}

function splitAssignment(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

export function exportBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1).filter((a) => a !== '--');
  const unexport = args[0] === '-n';
  if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
    const names = [...sh.state.vars.keys()].filter((k) => sh.state.vars.get(k)!.exported).sort();
    for (const k of names) {
      const v = sh.state.vars.get(k)!.value;
      sh.stdout.write(sh.dialect.name === 'bash' ? `declare -x ${k}${v === undefined ? '' : '=' + declareValue(v)}\n` : `export ${k}='${v ?? ''}'\n`);
    }
    return 0;
  }
  let status = 0;
  for (const arg of unexport ? args.slice(1) : args) {
    const [name, value] = splitAssignment(arg);
    if (!NAME.test(name)) {
      sh.error(`export: \`${arg}': not a valid identifier`);
      status = 1;
      continue;
    }
    const v = sh.state.vars.get(name);
    if (unexport) {
      if (v) v.exported = false;
      continue;
    }
    if (value !== undefined) {
      if (!sh.state.set(name, value, true)) throw new ShellError(`${name}: readonly variable`);
    } else if (v) v.exported = true;
    else sh.state.vars.set(name, { value: undefined, exported: true, readonly: false });
  }
  return status;
}

export function readonly(sh: Shell, argv: string[]): number {
  const args = argv.slice(1).filter((a) => a !== '-p' && a !== '--');
  if (args.length === 0) {
    for (const [k, v] of [...sh.state.vars].sort()) {
      if (v.readonly) sh.stdout.write(`declare -r ${k}${v.value === undefined ? '' : '=' + declareValue(v.value)}\n`);
    }
    return 0;
  }
  for (const arg of args) {
    const [name, value] = splitAssignment(arg);
    if (!NAME.test(name)) {
      sh.error(`readonly: \`${arg}': not a valid identifier`);
      return 1;
    }
    if (value !== undefined && !sh.state.set(name, value)) throw new ShellError(`${name}: readonly variable`);
    const v = sh.state.vars.get(name);
    if (v) v.readonly = true;
    else sh.state.vars.set(name, { value: undefined, exported: false, readonly: true });
  }
  return 0;
}

export function unset(sh: Shell, argv: string[]): number {
  let mode: 'v' | 'f' | 'any' = 'any';
  let status = 0;
  for (const arg of argv.slice(1)) {
    if (arg === '-v' || arg === '-f') {
      mode = arg === '-v' ? 'v' : 'f';
      continue;
    }
    if (mode !== 'f' && sh.state.vars.has(arg)) {
      if (!sh.state.unset(arg)) {
        sh.error(`unset: ${arg}: cannot unset: readonly variable`);
        status = 1;
      }
      continue;
    }
    if (mode !== 'v') sh.state.functions.delete(arg);
  }
  return status;
}

export function local(sh: Shell, argv: string[]): number {
  if (!sh.inFunction) {
    sh.error('local: can only be used in a function');
    return 1;
  }
  const frame = sh.state.localFrames[sh.state.localFrames.length - 1];
  for (const arg of argv.slice(1)) {
    const [name, value] = splitAssignment(arg);
    if (!NAME.test(name)) {
      sh.error(`local: \`${arg}': not a valid identifier`);
      return 1;
    }
    if (!frame.has(name)) {
      const prev = sh.state.vars.get(name);
      frame.set(name, prev ? { ...prev } : undefined);
    }
    const prev = sh.state.vars.get(name);
    sh.state.vars.set(name, { value: value ?? (prev ? prev.value : undefined), exported: prev?.exported ?? false, readonly: false });
  }
  return 0;
}

const LONG_OPTIONS: Record<string, keyof Options> = {
  errexit: 'errexit',
  nounset: 'nounset',
  noglob: 'noglob',
  xtrace: 'xtrace',
  noclobber: 'noclobber',
  pipefail: 'pipefail',
  allexport: 'allexport',
  verbose: 'verbose',
};

export function set(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  if (args.length === 0) {
    for (const k of [...sh.state.vars.keys()].sort()) {
      const v = sh.state.vars.get(k)!.value;
      if (v !== undefined) sh.stdout.write(`${k}=${quoteForTrace(v)}\n`);
    }
    return 0;
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      sh.state.positional = args.slice(i);
      return 0;
    }
    if (a === '-' ) {
      sh.state.positional = args.slice(i + 1);
      return 0;
    }
    if (!/^[-+]/.test(a)) break;
    const on = a[0] === '-';
    if (a.slice(1) === 'o') {
      const name = args[++i];
      if (name === undefined) {
        for (const [long, key] of Object.entries(LONG_OPTIONS)) sh.stdout.write(`${long.padEnd(15)}\t${sh.state.options[key] ? 'on' : 'off'}\n`);
        continue;
      }
      const key = LONG_OPTIONS[name];
      if (!key) {
        sh.error(`set: ${name}: invalid option name`);
        return 2;
      }
      sh.state.options[key] = on;
      continue;
    }
    for (const letter of a.slice(1)) {
      const key = OPTION_LETTERS[letter];
      if (!key) {
        sh.error(`set: ${a[0]}${letter}: invalid option`);
        return 2;
      }
      sh.state.options[key] = on;
    }
  }
  if (i < args.length) sh.state.positional = args.slice(i);
  return 0;
}

export function shift(sh: Shell, argv: string[]): number {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0) {
    sh.error(`shift: ${argv[1]}: numeric argument required`);
    return 1;
  }
  if (n > sh.state.positional.length) {
    if (sh.dialect.name === 'bash') sh.error(`shift: ${n}: shift count out of range`);
    return 1;
  }
  sh.state.positional = sh.state.positional.slice(n);
  return 0;
}

export function umask(sh: Shell, argv: string[]): number {
  const current = sh.getVar('__UMASK') ?? '0022';
  if (argv[1] === undefined) {
    sh.stdout.write(current + '\n');
    return 0;
  }
  if (argv[1] === '-S') {
    const m = parseInt(current, 8);
    const part = (shift: number) => 'rwx'.split('').filter((_, i) => !(m & (4 >> i) << shift)).join('');
    sh.stdout.write(`u=${part(6)},g=${part(3)},o=${part(0)}\n`);
    return 0;
  }
  if (!/^[0-7]{1,4}$/.test(argv[1])) {
    sh.error(`umask: ${argv[1]}: octal number out of range`);
    return 1;
  }
  sh.state.vars.set('__UMASK', { value: argv[1].padStart(4, '0'), exported: false, readonly: false });
  return 0;
}
