// A ProcessContext over a MemFs without the kernel: enough to run applets in tests, including the
// ones that spawn (xargs, env, find -exec) through a minimal PATH lookup over the applets table.

import { MemFs } from '../../../src/engine/fs/memfs';
import type { FileSystem } from '../../../src/engine/fs/types';
import {
  BINARY_MAGIC,
  ExecError,
  ProcessExit,
  binaryStub,
  type ChildProcess,
  type InputStream,
  type OutputStream,
  type ProcessContext,
  type ProcessInfo,
  type Program,
  type Signal,
  type SpawnOptions,
  type Tty,
  type WinSize,
} from '../../../src/engine/process/types';
import { resolvePath } from '../../../src/engine/fs/path';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import type { Clock } from '../../../src/engine/world/types';
import { applets } from '../../../src/userland/applets';

export const T0 = Date.UTC(2024, 0, 15, 10, 30, 0);

/** A small Debian-like host tree: users, /bin stubs for every applet, a home directory. */
export function makeHost(
  clock: Clock = new VirtualClock({ start: T0 }),
  table: Record<string, Program> = applets,
): MemFs {
  const fs = new MemFs({ clock });
  for (const d of ['/bin', '/usr/bin', '/etc', '/tmp', '/root', '/home/eleve', '/dev', '/proc'])
    fs.mkdir(d, { recursive: true });
  fs.chmod('/tmp', 0o1777);
  fs.chown('/home/eleve', 1000, 1000);
  fs.writeFile(
    '/etc/passwd',
    'root:x:0:0:root:/root:/bin/bash\neleve:x:1000:1000:Eleve,,,:/home/eleve:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
  );
  fs.writeFile('/etc/group', 'root:x:0:\nsudo:x:27:eleve\neleve:x:1000:\nnogroup:x:65534:\n');
  fs.writeFile('/etc/hostname', 'baleine\n');
  fs.mknod('/dev/null', 'chardev', 0o666, 259);
  for (const name of Object.keys(table)) fs.writeFile(`/usr/bin/${name}`, binaryStub(name), { mode: 0o755 });
  return fs;
}

export class Collector implements OutputStream {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): void {
    this.text += chunk;
  }
  async drain(): Promise<void> {}
}

export class StringInput implements InputStream {
  private chunks: string[];
  constructor(
    text: string | string[],
    readonly isTTY = false,
  ) {
    this.chunks = typeof text === 'string' ? (text ? [text] : []) : [...text];
  }
  async read(): Promise<string | null> {
    return this.chunks.length ? this.chunks.shift()! : null;
  }
}

export class FakeTty implements Tty {
  raw = false;
  constructor(public winsize: WinSize = { cols: 80, rows: 24 }) {}
  size(): WinSize {
    return this.winsize;
  }
  onResize(): () => void {
    return () => {};
  }
  setRaw(raw: boolean): void {
    this.raw = raw;
  }
  isRaw(): boolean {
    return this.raw;
  }
}

export interface RunOptions {
  fs?: FileSystem;
  stdin?: string | InputStream;
  cwd?: string;
  env?: Record<string, string>;
  uid?: number;
  gid?: number;
  tty?: Tty | null;
  /** stdout is a terminal (ls columns and colours). */
  stdoutTTY?: boolean;
  clock?: Clock;
  processes?: ProcessInfo[];
  killed?: Array<[number, Signal]>;
  table?: Record<string, Program>;
  /** Use exactly `env` (no default USER, HOME, PATH… added). */
  exactEnv?: boolean;
  /** Run this program instead of looking argv[0] up in the table (e.g. the busybox multi-call binary). */
  program?: Program;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

const DEFAULT_ENV = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/root',
  USER: 'root',
  LOGNAME: 'root',
  SHELL: '/bin/bash',
  TERM: 'xterm-256color',
};

let nextPid = 100;

function lookup(
  fs: FileSystem,
  table: Record<string, Program>,
  argv0: string,
  env: Record<string, string>,
  cwd: string,
): Program {
  const candidates = argv0.includes('/')
    ? [resolvePath(cwd, argv0)]
    : (env.PATH ?? '/bin:/usr/bin').split(':').map((d) => `${d || '.'}/${argv0}`);
  for (const c of candidates) {
    try {
      const st = fs.stat(c);
      if (st.type !== 'file' || !(st.mode & 0o111)) continue;
      const text = fs.readText(c);
      if (!text.startsWith(BINARY_MAGIC)) throw new ExecError('ENOEXEC', argv0);
      const program = table[text.slice(BINARY_MAGIC.length).trim()];
      if (program) return program;
    } catch (e) {
      if (e instanceof ExecError) throw e;
    }
  }
  throw new ExecError('ENOENT', argv0);
}

export function makeContext(
  argv: string[],
  opts: RunOptions = {},
): { ctx: ProcessContext; stdout: Collector; stderr: Collector } {
  const clock = opts.clock ?? new VirtualClock({ start: T0 });
  const fs = opts.fs ?? makeHost(clock);
  const table = opts.table ?? applets;
  const stdout = new Collector(opts.stdoutTTY ?? false);
  const stderr = new Collector(opts.stdoutTTY ?? false);
  const stdin = typeof opts.stdin === 'object' ? opts.stdin : new StringInput(opts.stdin ?? '');
  const env = opts.exactEnv ? { ...(opts.env ?? {}) } : { ...DEFAULT_ENV, ...(opts.env ?? {}) };
  const uid = opts.uid ?? 0;
  const pid = nextPid++;
  const ctx: ProcessContext = {
    argv,
    env,
    cwd: opts.cwd ?? '/root',
    fs,
    stdin,
    stdout,
    stderr,
    tty: opts.tty ?? null,
    pid,
    uid,
    gid: opts.gid ?? uid,
    hostname: 'baleine',
    clock,
    net: {
      resolve: async () => null,
      connect: async () => {
        throw new Error('no network in applet tests');
      },
      listen: () => () => {},
      addresses: () => ['127.0.0.1'],
    },
    sleep: (ms) => new Promise((resolve) => clock.setTimer(ms, resolve)),
    onSignal: () => () => {},
    ignoreSignal: () => {},
    spawn(childArgv: string[], so: SpawnOptions = {}): ChildProcess {
      const cwd = so.cwd ?? ctx.cwd;
      const childEnv = so.env ?? { ...ctx.env };
      const program = lookup(fs, table, childArgv[0], childEnv, cwd);
      const child: ProcessContext = {
        ...ctx,
        argv: so.argv0 ? [so.argv0, ...childArgv.slice(1)] : childArgv,
        env: childEnv,
        cwd,
        stdin: so.stdin ?? ctx.stdin,
        stdout: so.stdout ?? ctx.stdout,
        stderr: so.stderr ?? ctx.stderr,
        pid: nextPid++,
      };
      const done = program(child).catch((e) => {
        if (e instanceof ProcessExit) return e.status;
        throw e;
      });
      return { pid: child.pid, wait: () => done, kill: () => {} };
    },
    processes: () => opts.processes ?? [],
    kill(target: number, signal: Signal) {
      if (!(opts.processes ?? []).some((p) => p.pid === target)) throw new ExecError('ESRCH', String(target));
      opts.killed?.push([target, signal]);
    },
    pipe() {
      const queue: string[] = [];
      let closed = false;
      let wake: (() => void) | null = null;
      return {
        reader: {
          isTTY: false,
          async read() {
            while (!queue.length && !closed) await new Promise<void>((r) => (wake = r));
            return queue.length ? queue.shift()! : null;
          },
        },
        writer: {
          isTTY: false,
          write(chunk: string) {
            queue.push(chunk);
            wake?.();
          },
          async drain() {},
          end() {
            closed = true;
            wake?.();
          },
        } as OutputStream,
      };
    },
    allocate: () => {},
    exit(status: number): never {
      throw new ProcessExit(status);
    },
  };
  return { ctx, stdout, stderr };
}

/** Runs one program by name from the applets table, the way a shell would (argv[0] as typed). */
export async function run(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const table = opts.table ?? applets;
  const { ctx, stdout, stderr } = makeContext(argv, opts);
  const program = opts.program ?? table[argv[0]];
  if (!program) throw new Error(`no applet ${argv[0]}`);
  let status: number;
  try {
    status = await program(ctx);
  } catch (e) {
    if (!(e instanceof ProcessExit)) throw e;
    status = e.status;
  }
  return { stdout: stdout.text, stderr: stderr.text, status };
}
