// The standard modules of the subset: os, os.path, sys, time, math, json (dumps).
import { resolvePath } from '../../engine/fs/path';
import { strftime } from '../applets/lib/time';
import { datetimeModule } from './datetime';
import { randomModule } from './random';
import { raise } from './errors';
import { osError, type PyIo } from './io';
import {
  floatRepr,
  isNumber,
  PyBuiltin,
  PyDict,
  PyList,
  PyModule,
  PyObject,
  PyTuple,
  str,
  strRepr,
  toNumber,
  typeName,
  type Call,
  type PyValue,
} from './values';

export interface ModuleContext {
  io: PyIo;
  env: Record<string, string>;
  argv: string[];
  version: string;
  now(): number;
  sleep(ms: number): Promise<void>;
  pid: number;
}

function module(name: string, entries: [string, PyValue][]): PyModule {
  return new PyModule(name, new Map(entries));
}

const fn = (name: string, f: Call): [string, PyBuiltin] => [name, new PyBuiltin(name, f)];

function stream(name: string, write: (text: string) => void, flush: () => void): PyObject {
  return new PyObject(
    '_io.TextIOWrapper',
    new Map<string, PyValue>([
      fn('write', (a) => (write(str(a[0])), BigInt(str(a[0]).length))),
      fn('flush', () => (flush(), null)),
    ]),
    undefined,
    `<_io.TextIOWrapper name='<${name}>' mode='w' encoding='utf-8'>`,
  );
}

function jsonDumps(v: PyValue, indent: number | null, level = 0): string {
  const pad = (n: number) => (indent === null ? '' : `\n${' '.repeat(indent * n)}`);
  const sep = indent === null ? ', ' : ',';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number')
    return Number.isFinite(v) ? floatRepr(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  if (typeof v === 'string')
    return JSON.stringify(v).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (v instanceof PyList || v instanceof PyTuple) {
    if (!v.items.length) return '[]';
    return `[${v.items.map((x) => pad(level + 1) + jsonDumps(x, indent, level + 1)).join(sep)}${pad(level)}]`;
  }
  if (v instanceof PyDict) {
    const entries = [...v.map.values()];
    if (!entries.length) return '{}';
    return `{${entries.map(([k, x]) => `${pad(level + 1)}${jsonDumps(typeof k === 'string' ? k : str(k), indent, level + 1)}: ${jsonDumps(x, indent, level + 1)}`).join(sep)}${pad(level)}}`;
  }
  throw raise('TypeError', `Object of type ${typeName(v)} is not JSON serializable`);
}

function fromJson(x: unknown): PyValue {
  if (x === null || typeof x === 'boolean' || typeof x === 'string') return x;
  if (typeof x === 'number') return Number.isInteger(x) ? BigInt(x) : x;
  if (Array.isArray(x)) return new PyList(x.map(fromJson));
  const d = new PyDict();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) d.set(k, fromJson(v));
  return d;
}

/** Builds the importable modules for one interpreter; `stdout`/`stderr` flush hooks come from the program. */
export function makeModules(c: ModuleContext, flush: () => void): Map<string, PyModule> {
  const { io } = c;
  const environ = new PyDict();
  for (const [k, v] of Object.entries(c.env)) environ.set(k, v);
  const abs = (p: PyValue) => resolvePath(io.cwd(), str(p));
  const path = module('posixpath', [
    fn('exists', (a) => io.fs.exists(abs(a[0]))),
    fn('isfile', (a) => io.fs.exists(abs(a[0])) && io.fs.stat(abs(a[0])).type === 'file'),
    fn('isdir', (a) => io.fs.exists(abs(a[0])) && io.fs.stat(abs(a[0])).type === 'dir'),
    fn('join', (a) =>
      a
        .map(str)
        .reduce(
          (acc, p) => (p.startsWith('/') || acc === '' ? p : acc.endsWith('/') ? acc + p : `${acc}/${p}`),
          '',
        ),
    ),
    fn('basename', (a) => str(a[0]).slice(str(a[0]).lastIndexOf('/') + 1)),
    fn('dirname', (a) => str(a[0]).slice(0, Math.max(0, str(a[0]).lastIndexOf('/')))),
    fn('abspath', (a) => abs(a[0])),
  ]);
  const os = module('os', [
    ['environ', environ],
    ['path', path],
    ['sep', '/'],
    ['name', 'posix'],
    fn('getenv', (a) => environ.get(a[0] ?? null) ?? a[1] ?? null),
    fn('getcwd', () => io.cwd()),
    fn('getpid', () => BigInt(c.pid)),
    fn('listdir', (a) => {
      const p = a.length ? str(a[0]) : '.';
      try {
        return new PyList(io.fs.readdir(abs(p)).sort());
      } catch (err) {
        throw osError(err, p);
      }
    }),
    fn('makedirs', (a, k) => {
      try {
        if (io.fs.exists(abs(a[0])) && !(k.get('exist_ok') ?? a[2]))
          throw raise('FileExistsError', `[Errno 17] File exists: ${strRepr(str(a[0]))}`);
        io.fs.mkdir(abs(a[0]), { recursive: true });
      } catch (err) {
        if (err instanceof Error && err.name === 'PyError') throw err;
        throw osError(err, str(a[0]));
      }
      return null;
    }),
    fn('remove', (a) => {
      try {
        io.fs.unlink(abs(a[0]));
      } catch (err) {
        throw osError(err, str(a[0]));
      }
      return null;
    }),
  ]);
  const sys = module('sys', [
    ['argv', new PyList(c.argv)],
    ['version', `${c.version} (main, Oct 19 2024, 04:10:31) [GCC 12.2.0]`],
    ['platform', 'linux'],
    ['executable', '/usr/local/bin/python3'],
    [
      'path',
      new PyList([
        '',
        '/usr/local/lib/python312.zip',
        '/usr/local/lib/python3.12',
        '/usr/local/lib/python3.12/site-packages',
      ]),
    ],
    ['stdout', stream('stdout', (t) => io.stdout(t, false), flush)],
    [
      'stderr',
      stream(
        'stderr',
        (t) => io.stderr(t),
        () => {},
      ),
    ],
    ['version_info', new PyTuple(c.version.split('.').map((n) => BigInt(n)))],
    fn('exit', (a) => io.exit(a[0] ?? null)),
  ]);
  const time = module('time', [
    fn('time', () => c.now() / 1000),
    fn('sleep', async (a) => {
      if (!isNumber(a[0] ?? null))
        throw raise('TypeError', `'${typeName(a[0] ?? null)}' object cannot be interpreted as an integer`);
      await c.sleep(toNumber(a[0]) * 1000);
      return null;
    }),
    fn('strftime', (a) => strftime(str(a[0] ?? ''), c.now())),
  ]);
  const num = (a: PyValue[]) => {
    if (!isNumber(a[0] ?? null))
      throw raise('TypeError', `must be real number, not ${typeName(a[0] ?? null)}`);
    return toNumber(a[0]);
  };
  const math = module('math', [
    ['pi', Math.PI],
    ['e', Math.E],
    ['inf', Infinity],
    fn('sqrt', (a) => {
      const x = num(a);
      if (x < 0) throw raise('ValueError', 'math domain error');
      return Math.sqrt(x);
    }),
    fn('floor', (a) => BigInt(Math.floor(num(a)))),
    fn('ceil', (a) => BigInt(Math.ceil(num(a)))),
    fn('pow', (a) => num(a) ** toNumber(a[1])),
    fn('fabs', (a) => Math.abs(num(a))),
  ]);
  const json = module('json', [
    fn('dumps', (a, k) =>
      jsonDumps(
        a[0] ?? null,
        k.get('indent') === undefined || k.get('indent') === null ? null : Number(k.get('indent')),
      ),
    ),
    fn('loads', (a) => {
      try {
        return fromJson(JSON.parse(str(a[0])));
      } catch (err) {
        if (err instanceof SyntaxError)
          throw raise('ValueError', 'Expecting value: line 1 column 1 (char 0)');
        throw err;
      }
    }),
  ]);
  const mods = new Map<string, PyModule>([
    ['os', os],
    ['os.path', path],
    ['sys', sys],
    ['time', time],
    ['math', math],
    ['json', json],
    ['datetime', datetimeModule(c.now)],
    ['random', randomModule(c.now() ^ (c.pid * 2654435761))],
  ]);
  return mods;
}
