// curl's command line: the options Baleine's lessons use, short ones combinable (`-fsSL`, `-XPOST`).

export interface CurlOptions {
  url: string | null;
  method: string | null;
  headers: string[];
  data: string | null;
  output: string | null;
  writeOut: string | null;
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  fail: boolean;
  location: boolean;
  verbose: boolean;
  unixSocket: string | null;
  /** `-u user:password`: HTTP Basic authentication. */
  user: string | null;
  /** `-g`: `[]` and `{}` in the URL are literal (Baleine's curl never globs: parsed, nothing more). */
  globoff: boolean;
  /** `-m`/`--max-time SECONDS`: the whole operation's limit, in milliseconds. */
  maxTime: number | null;
  /** `--connect-timeout SECONDS`: the connection's limit, in milliseconds. */
  connectTimeout: number | null;
}

export class CurlUsageError extends Error {}

const FLAGS: Record<string, keyof CurlOptions> = {
  s: 'silent',
  S: 'showError',
  i: 'include',
  I: 'head',
  f: 'fail',
  L: 'location',
  v: 'verbose',
  g: 'globoff',
};
const LONG_FLAGS: Record<string, keyof CurlOptions> = {
  silent: 'silent',
  'show-error': 'showError',
  include: 'include',
  head: 'head',
  fail: 'fail',
  location: 'location',
  verbose: 'verbose',
  globoff: 'globoff',
};
const VALUED = new Set(['X', 'H', 'd', 'o', 'w', 'u', 'm']);
const LONG_VALUED: Record<string, string> = {
  request: 'X',
  header: 'H',
  data: 'd',
  'data-raw': 'd',
  'data-binary': 'd',
  output: 'o',
  'write-out': 'w',
  'unix-socket': 'unix-socket',
  user: 'u',
  'max-time': 'm',
  'connect-timeout': 'connect-timeout',
};

/** Seconds as curl takes them (`2`, `0.5`), in milliseconds. */
function seconds(option: string, value: string): number {
  if (!/^(\d+\.?\d*|\.\d+)$/.test(value)) throw new CurlUsageError(`option ${option}: expected a proper numerical parameter`);
  return Math.round(Number(value) * 1000);
}

export function parseCurlArgs(args: string[]): CurlOptions {
  const o: CurlOptions = {
    url: null,
    method: null,
    headers: [],
    data: null,
    output: null,
    writeOut: null,
    silent: false,
    showError: false,
    include: false,
    head: false,
    fail: false,
    location: false,
    verbose: false,
    unixSocket: null,
    user: null,
    globoff: false,
    maxTime: null,
    connectTimeout: null,
  };
  const set = (key: string, value: string, option: string): void => {
    if (key === 'X') o.method = value;
    else if (key === 'H') o.headers.push(value);
    else if (key === 'd') o.data = o.data === null ? value : `${o.data}&${value}`;
    else if (key === 'o') o.output = value;
    else if (key === 'w') o.writeOut = value;
    else if (key === 'u') o.user = value;
    else if (key === 'm') o.maxTime = seconds(option, value);
    else if (key === 'connect-timeout') o.connectTimeout = seconds(option, value);
    else o.unixSocket = value;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const flag = LONG_FLAGS[name];
      if (flag) {
        (o[flag] as boolean) = true;
        continue;
      }
      const key = LONG_VALUED[name];
      if (!key) throw new CurlUsageError(`option ${a}: is unknown`);
      const value = inline ?? args[++i];
      if (value === undefined) throw new CurlUsageError(`option ${a}: requires parameter`);
      set(key, value, `--${name}`);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const flag = FLAGS[c];
        if (flag) {
          (o[flag] as boolean) = true;
          continue;
        }
        if (!VALUED.has(c)) throw new CurlUsageError(`option -${c}: is unknown`);
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) throw new CurlUsageError(`option -${c}: requires parameter`);
        set(c, value, `-${c}`);
        break;
      }
    } else o.url = a;
  }
  return o;
}
