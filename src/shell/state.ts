// The shell's variables, functions, options and positional parameters: what a subshell copies.
import type { FuncDef } from './ast';

export interface Var {
  value: string | undefined;
  exported: boolean;
  readonly: boolean;
}

export interface Options {
  errexit: boolean;
  nounset: boolean;
  noglob: boolean;
  xtrace: boolean;
  noclobber: boolean;
  pipefail: boolean;
  allexport: boolean;
  verbose: boolean;
}

export const OPTION_LETTERS: Record<string, keyof Options> = {
  e: 'errexit',
  u: 'nounset',
  f: 'noglob',
  x: 'xtrace',
  C: 'noclobber',
  a: 'allexport',
  v: 'verbose',
};

export class ShellState {
  vars = new Map<string, Var>();
  functions = new Map<string, FuncDef>();
  aliases = new Map<string, string>();
  positional: string[] = [];
  options: Options = {
    errexit: false,
    nounset: false,
    noglob: false,
    xtrace: false,
    noclobber: false,
    pipefail: false,
    allexport: false,
    verbose: false,
  };
  /** Saved variables of enclosing function calls (`local`). */
  localFrames: Map<string, Var | undefined>[] = [];

  static fromEnv(env: Record<string, string>): ShellState {
    const s = new ShellState();
    for (const [k, v] of Object.entries(env)) s.vars.set(k, { value: v, exported: true, readonly: false });
    return s;
  }

  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) s.vars.set(k, { ...v });
    s.functions = new Map(this.functions);
    s.aliases = new Map(this.aliases);
    s.positional = [...this.positional];
    s.options = { ...this.options };
    return s;
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  /** Returns false when the variable is read-only. */
  set(name: string, value: string, exported?: boolean): boolean {
    const v = this.vars.get(name);
    if (v?.readonly) return false;
    if (v) {
      v.value = value;
      if (exported !== undefined) v.exported = v.exported || exported;
      if (this.options.allexport) v.exported = true;
    } else this.vars.set(name, { value, exported: exported ?? this.options.allexport, readonly: false });
    return true;
  }

  unset(name: string): boolean {
    const v = this.vars.get(name);
    if (v?.readonly) return false;
    this.vars.delete(name);
    return true;
  }

  /** The environment a child process receives. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported && v.value !== undefined) env[k] = v.value;
    return env;
  }

  optionFlags(interactive: boolean): string {
    let flags = '';
    for (const [letter, name] of Object.entries(OPTION_LETTERS)) if (this.options[name]) flags += letter;
    return flags + 'hB' + (interactive ? 'i' : '');
  }
}
