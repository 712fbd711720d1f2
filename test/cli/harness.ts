// Runs the docker program against a test client, with an in-memory process (streams, env, fs).

import { ConnectionError, dockerMain, type Connector } from '../../src/cli/main';
import type { EngineApi } from '../../src/cli/engine-api';
import type { CliFs, CliProcess } from '../../src/cli/process';

/** Optional members of EngineApi: absent from a test client means absent. */
const OPTIONAL_METHODS = new Set(['containerWaitStart', 'then']);

/** Stands for the kernel's ProcessExit on SIGINT. */
class Interrupted extends Error {}

export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export interface RunOptions {
  client?: Partial<EngineApi>;
  connect?: Connector;
  env?: Record<string, string>;
  stdin?: string[];
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  cols?: number;
  now?: number;
  files?: Record<string, string>;
}

export function memFs(files: Record<string, string> = {}): CliFs & { files: Map<string, Uint8Array> } {
  const enc = new TextEncoder();
  const map = new Map<string, Uint8Array>(Object.entries(files).map(([k, v]) => [k, enc.encode(v)]));
  const dirs = new Set<string>(['/']);
  for (const k of map.keys()) {
    const parts = k.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/') || '/');
  }
  return {
    files: map,
    exists: (p) => map.has(p) || dirs.has(p),
    readFile: (p) => {
      const f = map.get(p);
      if (!f) throw new Error(`ENOENT: ${p}`);
      return f;
    },
    readText: (p) => new TextDecoder().decode(map.get(p)),
    writeFile: (p, d) => void map.set(p, typeof d === 'string' ? enc.encode(d) : d),
    stat: (p) => ({ type: dirs.has(p) ? 'dir' : 'file', size: map.get(p)?.length ?? 0 }),
    readdir: (p) => [
      ...new Set(
        [...map.keys(), ...dirs]
          .filter((k) => k.startsWith(p === '/' ? '/' : `${p}/`) && k !== p)
          .map((k) => k.slice(p === '/' ? 1 : p.length + 1).split('/')[0]),
      ),
    ],
    mkdir: (p) => void dirs.add(p),
  };
}

/** A client whose every call fails as an unreachable daemon does. */
export const unreachable: Connector = (host) =>
  new Proxy({} as EngineApi, {
    get: () => () => {
      throw new ConnectionError(host);
    },
  });

export async function runDocker(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const input = [...(opts.stdin ?? [])];
  const size = { cols: opts.cols ?? 80, rows: 24 };
  let raw = false;
  let sleeps = 0;
  const proc: CliProcess = {
    argv: ['docker', ...argv],
    env: { HOME: '/root', ...(opts.env ?? {}) },
    cwd: '/root',
    fs: memFs(opts.files),
    stdin: {
      read: async () => (input.length ? (input.shift() as string) : null),
      isTTY: opts.stdinTTY ?? false,
    },
    stdout: {
      write: (c) => void (stdout += c),
      drain: async () => undefined,
      isTTY: opts.stdoutTTY ?? false,
    },
    stderr: {
      write: (c) => void (stderr += c),
      drain: async () => undefined,
      isTTY: opts.stderrTTY ?? false,
    },
    tty: opts.stdinTTY
      ? { size: () => size, onResize: () => () => undefined, setRaw: (r) => void (raw = r), isRaw: () => raw }
      : null,
    clock: { now: () => opts.now ?? Date.UTC(2026, 10, 23, 12, 0, 0) },
    // Long-running commands (stats, events -f) sleep between rounds: the third sleep is the user's ^C.
    sleep: async () => {
      if (++sleeps >= 3) throw new Interrupted();
    },
    onSignal: () => () => undefined,
  };
  // Methods the test client lacks answer as an engine without the feature would.
  const client = new Proxy((opts.client ?? {}) as EngineApi, {
    get: (target, prop) =>
      prop in target || OPTIONAL_METHODS.has(String(prop))
        ? target[prop as keyof EngineApi]
        : () => {
            const err = Object.assign(new Error('not implemented'), { status: 501 });
            // Both a rejected call and a stream that fails at once.
            return {
              then: (_ok: unknown, fail: (e: unknown) => void) => fail(err),
              [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(err) }),
            };
          },
  });
  const connect: Connector = opts.connect ?? (() => client);
  let exit: number;
  try {
    exit = await dockerMain(proc, connect);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    exit = 130;
  }
  return { stdout, stderr, exit };
}
