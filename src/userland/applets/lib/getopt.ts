// Option parsing as getopt_long does it: clustered short options, `-nVALUE` / `-n VALUE`,
// `--long[=value]` with unambiguous prefixes, `--` ends options, operands may come before options
// (GNU permutation) unless POSIXLY_CORRECT-style `stopAtOperand` is asked for.

import type { Tool } from './tool';
import { busyboxUsage } from './usage';

export interface LongOption {
  name: string;
  /** The key reported in the result (defaults to the name). */
  key?: string;
  arg?: 'none' | 'required' | 'optional';
}

export interface Parsed {
  /** Options in command-line order: [key, value]. Short options use their letter as key. */
  opts: Array<[string, string | undefined]>;
  operands: string[];
}

export interface GetoptSpec {
  /** getopt(3) string: `"n:vf"` — a letter followed by `:` takes an argument. */
  short: string;
  long?: LongOption[];
  stopAtOperand?: boolean;
}

export class UsageError extends Error {}

/** Parses, or prints the coreutils/BusyBox usage error and returns null. */
export function getopt(t: Tool, args: string[], spec: GetoptSpec): Parsed | null {
  try {
    return parse(args, spec);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    t.error(e.message);
    if (t.gnu) t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
    else t.ctx.stderr.write(busyboxUsage(t));
    return null;
  }
}

export function parse(args: string[], spec: GetoptSpec): Parsed {
  const opts: Parsed['opts'] = [];
  const operands: string[] = [];
  /** 'none', 'required' (`c:`), 'optional' (`c::`, value attached only), or null if unknown. */
  const takesArg = (c: string): 'none' | 'required' | 'optional' | null => {
    const i = spec.short.indexOf(c);
    if (i < 0 || c === ':') return null;
    if (spec.short[i + 1] !== ':') return 'none';
    return spec.short[i + 2] === ':' ? 'optional' : 'required';
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && spec.long) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = spec.long.find((l) => l.name === name);
      const matches = exact ? [exact] : spec.long.filter((l) => l.name.startsWith(name));
      if (matches.length === 0) throw new UsageError(`unrecognized option '${a}'`);
      if (matches.length > 1) throw new UsageError(`option '${a}' is ambiguous`);
      const opt = matches[0];
      const key = opt.key ?? opt.name;
      const mode = opt.arg ?? 'none';
      if (eq >= 0) {
        if (mode === 'none') throw new UsageError(`option '--${opt.name}' doesn't allow an argument`);
        opts.push([key, a.slice(eq + 1)]);
      } else if (mode === 'required') {
        if (i + 1 >= args.length) throw new UsageError(`option '--${opt.name}' requires an argument`);
        opts.push([key, args[++i]]);
      } else opts.push([key, undefined]);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const needs = takesArg(c);
        if (needs === null) throw new UsageError(`invalid option -- '${c}'`);
        if (needs === 'none') {
          opts.push([c, undefined]);
          continue;
        }
        if (j + 1 < a.length) opts.push([c, a.slice(j + 1)]);
        else if (needs === 'optional') opts.push([c, undefined]);
        else if (i + 1 < args.length) opts.push([c, args[++i]]);
        else throw new UsageError(`option requires an argument -- '${c}'`);
        break;
      }
      continue;
    }
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return { opts, operands };
}

/** True when the option was given at least once. */
export function has(p: Parsed, key: string): boolean {
  return p.opts.some(([k]) => k === key);
}

/** The last value of an option. */
export function last(p: Parsed, key: string): string | undefined {
  for (let i = p.opts.length - 1; i >= 0; i--) if (p.opts[i][0] === key) return p.opts[i][1];
  return undefined;
}
