// createHost: the student's simulated Debian host — its filesystem, its kernel and programs, a
// terminal running an interactive bash, and one persistent non-interactive session for `run`.
//
//   const host = createHost({ world: { clock }, extraPrograms: { docker, curl } });
//   const term = host.openTerminal({ cols: 80, rows: 24 });   // PtyMaster for xterm.js
//   const { stdout, stderr, exit } = await host.run('echo bonjour | tr a-z A-Z');
import { MemFs } from '../engine/fs/memfs';
import { Kernel } from '../engine/process/kernel';
import type { Pty } from '../engine/process/pty';
import type { NetStack, Program, PtyMaster, WinSize } from '../engine/process/types';
import { RealClock } from '../engine/world/real-clock';
import type { Clock, Random } from '../engine/world/types';
import type { CompletionProvider } from '../shell/completion';
import { BASH } from '../shell/dialect';
import { History, MemoryHistoryStore, type HistoryStore } from '../shell/history';
import { createShellProgram } from '../shell/program';
import { SessionChannel, sessionProgram, type RunResult } from '../shell/session';
import { createProgramTable, type MutableProgramTable } from '../userland/index';
import { buildHostTree, ELEVE, installStubs, type HostUser } from './layout';
import { mountHostKernelFs } from './proc';

export interface HostOptions {
  world?: { clock: Clock; random?: Random };
  /** Programs installed in /usr/bin on top of the applets (docker, curl, …). */
  extraPrograms?: Record<string, Program>;
  /** A filesystem to boot from (restored from the browser's store); built fresh when absent. */
  fs?: MemFs;
  hostname?: string;
  user?: HostUser;
  /** Persistent history of the terminal's bash (IndexedDB in the UI). */
  historyStore?: HistoryStore;
  /** The host's network stack (loopback, the Docker bridges, published ports); loopback only when absent. */
  net?: NetStack;
}

export interface Terminal extends PtyMaster {
  /** Resolves with the shell's status when it exits (`exit`, Ctrl-D). */
  readonly exited: Promise<number>;
  readonly pid: number;
}

export interface Host {
  readonly kernel: Kernel;
  readonly fs: MemFs;
  readonly clock: Clock;
  readonly programs: MutableProgramTable;
  readonly user: HostUser;
  /** The login environment (HOME, USER, PATH, PS1, LANG, TERM…). */
  readonly env: Record<string, string>;
  /** Tab-completion providers consulted before commands and paths (the docker CLI adds its own). */
  readonly completions: CompletionProvider[];
  /** Installs a program in the table and its stub in /usr/bin. */
  addProgram(name: string, program: Program): void;
  /** Runs one command line in the host's persistent session (like typing it at the prompt). */
  run(line: string, stdin?: string): Promise<RunResult>;
  /** A separate persistent session (its own shell process), e.g. one per test or per lesson check. */
  openSession(opts?: { cwd?: string; env?: Record<string, string> }): Session;
  /** A new terminal with an interactive bash on it. */
  openTerminal(size?: WinSize): Terminal;
  /** Calls `listener` after each command line run in a terminal's bash, with its exit status; returns an unsubscribe. */
  onCommandLine(listener: (line: string, status: number) => void): () => void;
}

export interface Session {
  run(line: string, stdin?: string): Promise<RunResult>;
  /** Ends the session's shell. */
  close(): void;
}

export function loginEnv(user: HostUser): Record<string, string> {
  return {
    HOME: user.home,
    USER: user.name,
    LOGNAME: user.name,
    SHELL: '/bin/bash',
    PATH: '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games',
    PS1: '\\u@\\h:\\w\\$ ',
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
  };
}

export function createHost(opts: HostOptions = {}): Host {
  const clock = opts.world?.clock ?? new RealClock();
  const user = opts.user ?? ELEVE;
  const hostname = opts.hostname ?? 'baleine';
  const fs = opts.fs ?? new MemFs({ clock });
  const historyStore = opts.historyStore ?? new MemoryHistoryStore();
  const completions: CompletionProvider[] = [];
  const commandListeners = new Set<(line: string, status: number) => void>();
  const interactiveBash = createShellProgram({
    dialect: BASH,
    historyStore: () => historyStore,
    completions,
    onCommand: (line, status) => {
      for (const listener of [...commandListeners]) listener(line, status);
    },
  });
  const programs = createProgramTable({ extra: opts.extraPrograms });
  buildHostTree(fs, { hostname, user, programs: programs.names() });
  const kernelFs = mountHostKernelFs(fs, clock);
  const kernel = new Kernel({
    clock,
    programs,
    host: { fs: kernelFs.view, hostname, net: opts.net },
    firstHostPid: 1000,
    random: opts.world?.random,
  });
  kernelFs.attach(kernel);
  const env = loginEnv(user);

  const startSession = (cwd: string, extraEnv: Record<string, string>): SessionChannel => {
    const ch = new SessionChannel();
    kernel.spawn(kernel.host, ['bash'], {
      env: { ...env, ...extraEnv, PWD: cwd },
      cwd,
      uid: user.uid,
      gid: user.gid,
      program: sessionProgram(ch, BASH, new History(historyStore)),
    });
    return ch;
  };
  let channel: SessionChannel | null = null;
  const session = (): SessionChannel => {
    if (!channel || channel.closed) channel = startSession(user.home, {});
    return channel;
  };

  return {
    kernel,
    fs,
    clock,
    programs,
    user,
    env,
    completions,
    addProgram(name, program) {
      programs.set(name, program);
      installStubs(fs, [name]);
    },
    run: (line, stdin) => session().run(line, stdin ?? null),
    openSession(o = {}) {
      let ch: SessionChannel | null = null;
      const get = () => {
        if (!ch || ch.closed) ch = startSession(o.cwd ?? user.home, o.env ?? {});
        return ch;
      };
      return {
        run: (line, stdin) => get().run(line, stdin ?? null),
        close: () => ch?.close(),
      };
    },
    openTerminal(size) {
      const pty: Pty = kernel.openPty(size);
      const proc = kernel.spawn(kernel.host, ['bash'], {
        env: { ...env, PWD: user.home },
        cwd: user.home,
        uid: user.uid,
        gid: user.gid,
        pty,
        program: interactiveBash,
      });
      return {
        write: (data) => pty.master.write(data),
        onData: (listener) => pty.master.onData(listener),
        resize: (s) => pty.master.resize(s),
        exited: proc.wait().then((info) => info.status),
        pid: proc.pid,
      };
    },
    onCommandLine(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  };
}
