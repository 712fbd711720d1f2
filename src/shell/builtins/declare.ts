// declare / typeset (bash): -x export, -r readonly, -i integer (values evaluated), -p print, -f functions.
import { evaluateArith } from '../arith';
import { ShellError } from '../errors';
import type { Shell } from '../interpreter';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function show(sh: Shell, name: string): string | null {
  const v = sh.state.vars.get(name);
  if (!v) return null;
  const flags = (v.exported ? 'x' : '') + (v.readonly ? 'r' : '');
  const value = v.value === undefined ? '' : '="' + v.value.replace(/(["\\$`])/g, '\\$1') + '"';
  return `declare -${flags || '-'} ${name}${value}\n`;
}

export function declare(sh: Shell, argv: string[]): number {
  let exported = false;
  let readonly = false;
  let integer = false;
  let print = false;
  let functions = false;
  const names: string[] = [];
  for (const a of argv.slice(1)) {
    if (/^[-+][xripfgaAlu]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === 'x') exported = a[0] === '-';
        else if (f === 'r') readonly = true;
        else if (f === 'i') integer = true;
        else if (f === 'p') print = true;
        else if (f === 'f') functions = true;
      }
    } else names.push(a);
  }
  if (functions) {
    for (const n of names.length ? names : [...sh.state.functions.keys()].sort()) {
      const f = sh.state.functions.get(n);
      if (f) sh.stdout.write(f.source + '\n');
    }
    return 0;
  }
  if (print || names.length === 0) {
    let status = 0;
    for (const n of names.length ? names : [...sh.state.vars.keys()].sort()) {
      const line = show(sh, n);
      if (line) sh.stdout.write(line);
      else {
        sh.error(`declare: ${n}: not found`);
        status = 1;
      }
    }
    return status;
  }
  let status = 0;
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    let value = eq < 0 ? undefined : arg.slice(eq + 1);
    if (!NAME.test(name)) {
      sh.error(`declare: \`${arg}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (integer && value !== undefined) value = String(evaluateArith(value, sh.expander.arithVars()));
    const existing = sh.state.vars.get(name);
    const frame = sh.inFunction ? sh.state.localFrames[sh.state.localFrames.length - 1] : undefined;
    if (frame && !frame.has(name)) frame.set(name, existing ? { ...existing } : undefined);
    if (value !== undefined) {
      if (!sh.state.set(name, value)) throw new ShellError(`${name}: readonly variable`, 1, true);
    } else if (!existing) sh.state.vars.set(name, { value: undefined, exported: false, readonly: false });
    const v = sh.state.vars.get(name)!;
    if (exported) v.exported = true;
    if (readonly) v.readonly = true;
  }
  return status;
}
