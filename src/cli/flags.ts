// Flag parsing as spf13/pflag does it for the docker CLI: short clusters (`-itd`), attached values
// (`-p8080:80`, `-f=x`), `--flag=value` and `--flag value`, bool flags taking `=false`, repeated list
// flags, `--` ending the flags, and interspersed=false (run/create/exec: the first argument that is not
// a flag ends the flags). Errors carry pflag's exact wording; the caller wraps them with the usage.

import { parseBool, parseFloat64, parseInt64, parseUint, quote, quoteRune } from './go/strconv';
import { parseFilterArg } from './opts/filters';
import { ramInBytes } from './opts/units';
import { parseNanoCpus } from './opts/cpus';
import { parseDuration } from './go/duration';

/** The value type shown in help (`--name string`); it also chooses how a value is parsed. */
export type FlagType =
  | 'bool'
  | 'string'
  | 'int'
  | 'int64'
  | 'uint16'
  | 'uint64'
  | 'float'
  | 'list'
  | 'strings'
  | 'stringArray'
  | 'map'
  | 'filter'
  | 'bytes'
  | 'decimal'
  | 'duration'
  | 'ulimit'
  | 'mount'
  | 'network'
  | 'gpu-request'
  | 'command'
  | 'pref'
  | 'port';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  usage: string;
  /** The text pflag prints after `(default `; also the initial value. */
  default?: string;
  hidden?: boolean;
  /** Shown by pflag as `Flag --x has been deprecated, <this>` when used. */
  deprecated?: string;
  /** Extra check of a single value (ListOpts validators); throws Error(message). */
  validate?: (value: string) => void;
}

export type FlagValue = boolean | number | string | string[];

/** A pflag error (unknown flag, bad value, missing argument): Docker prints it with the usage and exits 125. */
export class FlagError extends Error {}

export class ParsedFlags {
  private readonly values = new Map<string, FlagValue>();
  private readonly changed = new Set<string>();
  constructor(readonly specs: readonly FlagSpec[]) {
    for (const spec of specs) this.values.set(spec.name, initialValue(spec));
  }
  /** Whether the user gave the flag (pflag's Changed). */
  isSet(name: string): boolean {
    return this.changed.has(name);
  }
  bool(name: string): boolean {
    return this.get(name) === true;
  }
  string(name: string): string {
    const v = this.get(name);
    return typeof v === 'string' ? v : String(v);
  }
  number(name: string): number {
    const v = this.get(name);
    return typeof v === 'number' ? v : Number(v);
  }
  list(name: string): string[] {
    const v = this.get(name);
    return Array.isArray(v) ? v : [];
  }
  get(name: string): FlagValue {
    if (!this.values.has(name)) throw new Error(`undeclared flag --${name}`);
    return this.values.get(name) as FlagValue;
  }
  /** Sets a value as pflag's Value.Set would; throws the Value's own error. */
  set(spec: FlagSpec, raw: string): void {
    spec.validate?.(raw);
    const parsed = parseValue(spec.type, raw);
    const prev = this.values.get(spec.name);
    if (Array.isArray(parsed)) {
      const base = this.changed.has(spec.name) && Array.isArray(prev) ? prev : [];
      this.values.set(spec.name, [...base, ...parsed]);
    } else {
      this.values.set(spec.name, parsed);
    }
    this.changed.add(spec.name);
  }
}

const LIST_TYPES = new Set<FlagType>([
  'list',
  'strings',
  'stringArray',
  'map',
  'filter',
  'ulimit',
  'mount',
  'network',
  'gpu-request',
  'port',
]);

export function isListType(type: FlagType): boolean {
  return LIST_TYPES.has(type);
}

function initialValue(spec: FlagSpec): FlagValue {
  const d = spec.default;
  switch (spec.type) {
    case 'bool':
      return d === 'true';
    case 'string':
    case 'pref':
      return d !== undefined && d.startsWith('"') ? (JSON.parse(d) as string) : (d ?? '');
    case 'int':
    case 'int64':
    case 'uint16':
    case 'uint64':
    case 'float':
      return d !== undefined && /^-?[\d.]+$/.test(d) ? Number(d) : 0;
    case 'bytes':
    case 'decimal':
    case 'duration':
      return 0;
    case 'command':
      return '';
    default:
      return [];
  }
}

function parseValue(type: FlagType, raw: string): FlagValue {
  switch (type) {
    case 'bool':
      return parseBool(raw);
    case 'int':
    case 'int64':
      return parseInt64(raw, 64);
    case 'uint16':
      return parseUint(raw, 16);
    case 'uint64':
      return parseUint(raw, 64);
    case 'float':
      return parseFloat64(raw);
    case 'bytes':
      return ramInBytes(raw);
    case 'decimal':
      return parseNanoCpus(raw);
    case 'duration':
      return parseDuration(raw);
    case 'strings':
      return raw === '' ? [] : raw.split(',');
    case 'filter':
      parseFilterArg(raw);
      return [raw];
    case 'string':
    case 'pref':
    case 'command':
      return raw;
    default:
      return [raw];
  }
}

/** "-t, --time" or "--name", as pflag names a flag in `invalid argument` errors. */
export function flagDisplayName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

export interface ParseOptions {
  /** false for run/create/exec: the first non-flag argument ends the flags. */
  interspersed: boolean;
  /** Called for deprecated flags (pflag prints the notice on stdout). */
  onDeprecated?: (message: string) => void;
}

export interface ParseResult {
  flags: ParsedFlags;
  args: string[];
  /** `--help`/`-h` was given (and not declared as a flag of its own). */
  help: boolean;
}

/** Parses argv (without the command path) against the specs. Throws FlagError with pflag's wording. */
export function parseFlags(
  specs: readonly FlagSpec[],
  argv: readonly string[],
  opts: ParseOptions,
): ParseResult {
  const flags = new ParsedFlags(specs);
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const args: string[] = [];
  const rest = [...argv];
  let help = false;

  const apply = (spec: FlagSpec, value: string): void => {
    try {
      flags.set(spec, value);
    } catch (e) {
      throw new FlagError(
        `invalid argument ${quote(value)} for ${quote(flagDisplayName(spec))} flag: ${errorText(e)}`,
      );
    }
    if (spec.deprecated) opts.onDeprecated?.(`Flag --${spec.name} has been deprecated, ${spec.deprecated}\n`);
  };

  while (rest.length > 0) {
    const s = rest.shift() as string;
    if (s.length < 2 || s[0] !== '-') {
      args.push(s);
      if (!opts.interspersed) {
        args.push(...rest);
        break;
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        args.push(...rest);
        break;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const spec = byName.get(name);
      if (!spec) {
        if (name === 'help') {
          help = true;
          continue;
        }
        throw new FlagError(`unknown flag: --${name}`);
      }
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (spec.type === 'bool') value = 'true';
      else if (rest.length > 0) value = rest.shift() as string;
      else throw new FlagError(`flag needs an argument: ${s}`);
      apply(spec, value);
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = String.fromCodePoint(shorts.codePointAt(0) as number);
      const after = shorts.slice(c.length);
      const spec = byShort.get(c);
      if (!spec) {
        if (c === 'h') {
          // The docker CLI marks cobra's -h as deprecated (pflag prints the notice on stdout).
          opts.onDeprecated?.('Flag shorthand -h has been deprecated, use --help\n');
          help = true;
          shorts = after;
          continue;
        }
        throw new FlagError(`unknown shorthand flag: ${quoteRune(c)} in -${shorts}`);
      }
      let value: string;
      if (after.length > 1 && after[0] === '=') {
        value = after.slice(1);
        shorts = '';
      } else if (spec.type === 'bool') {
        value = 'true';
        shorts = after;
      } else if (after.length > 0) {
        value = after;
        shorts = '';
      } else if (rest.length > 0) {
        value = rest.shift() as string;
        shorts = '';
      } else {
        throw new FlagError(`flag needs an argument: ${quoteRune(c)} in -${shorts}`);
      }
      apply(spec, value);
    }
  }
  return { flags, args, help };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
