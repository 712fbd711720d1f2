// The process kernel: one process table with host PIDs, PID namespaces (containers), process groups,
// sessions and controlling terminals, signals, cgroups (memory, pids, freezer), exec and pipes.
//
// The container layer uses it like this:
//   const ns = kernel.createNamespace({ fs, hostname, memoryLimit, pidsLimit, onOom });
//   const init = kernel.spawn(ns, ['nginx', '-g', 'daemon off;'], { env, cwd: '/', stdout, stderr });
//   init.pid === 1; init.hostPid; await init.wait() → { status, signal, oomKilled }
//   kernel.signal(init.hostPid, 'SIGTERM'); kernel.freeze(ns); kernel.thaw(ns); kernel.processes(ns)
import type { Clock, Random } from '../world/types';
import { resolveExec, type ExecEnv } from './exec';
import { loopbackNet } from './loopback';
import { Namespace, type NamespaceOptions } from './namespace';
import { Pipe } from './pipe';
import { KProcess, type ExitInfo } from './process';
import { Pty } from './pty';
import { selfView } from './self-view';
import {
  ExecError,
  ProcessExit,
  type ChildProcess,
  type InputStream,
  type OutputStream,
  type Program,
  type ProcessContext,
  type ProcessInfo,
  type ProgramTable,
  type Signal,
  type SpawnOptions,
  type WinSize,
} from './types';

export interface KernelOptions {
  clock: Clock;
  programs: ProgramTable;
  /** The host's namespace: its filesystem, hostname, network. */
  host: NamespaceOptions;
  /** First host PID handed out (a booted host has system daemons below its login shell). */
  firstHostPid?: number;
  /** The machine's entropy (/dev/urandom, $RANDOM…), handed to every process as ctx.random. */
  random?: Random;
}

export interface KernelSpawnOptions {
  env?: Record<string, string>;
  cwd?: string;
  uid?: number;
  gid?: number;
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
  /** Make this process a session leader controlling this terminal (its stdio default to the tty). */
  pty?: Pty;
  /** Run this program instead of resolving argv[0] (argv is still what `ps` shows). */
  program?: Program;
}

/** A process started by the kernel's owner (the container layer, the host): the host's handle on it. */
export interface KernelProcess {
  /** PID inside its namespace (1 for a container's first process). */
  readonly pid: number;
  readonly hostPid: number;
  wait(): Promise<ExitInfo>;
  signal(signal: Signal): void;
  readonly alive: boolean;
}

const NULL_INPUT: InputStream = { isTTY: false, read: async () => null };
const NULL_OUTPUT: OutputStream = { isTTY: false, write: () => {}, drain: async () => {} };

export class Kernel {
  readonly clock: Clock;
  private readonly random: Random | undefined;
  readonly programs: ProgramTable;
  readonly host: Namespace;
  private readonly table = new Map<number, KProcess>();
  private nextHostPid = 1;
  /** When the simulated machine booted (/proc/uptime). */
  readonly bootTime: number;
  private nextPty = 0;

  constructor(opts: KernelOptions) {
    this.clock = opts.clock;
    this.bootTime = opts.clock.now();
    this.programs = opts.programs;
    this.host = new Namespace(opts.host, true);
    this.nextHostPid = opts.firstHostPid ?? 1;
    this.random = opts.random;
  }

  createNamespace(opts: NamespaceOptions): Namespace {
    return new Namespace(opts, false);
  }

  openPty(size?: WinSize): Pty {
    const pty = new Pty(`pts/${this.nextPty++}`, size);
    pty.hooks = { signalForeground: (signal) => this.signalGroup(pty.foregroundGroup, signal) };
    return pty;
  }

  /** Start a process in `ns` with no parent process (a container's init, the host's login shell). */
  spawn(ns: Namespace, argv: string[], opts: KernelSpawnOptions = {}): KernelProcess {
    const env = { ...(opts.env ?? ns.options.env ?? {}) };
    const cwd = opts.cwd ?? '/';
    const uid = opts.uid ?? 0;
    const gid = opts.gid ?? uid;
    const resolved = opts.program
      ? { program: opts.program, argv }
      : resolveExec(this.execEnv(ns, cwd, env.PATH, uid, gid), argv);
    const pty = opts.pty ?? null;
    const proc = this.create(ns, null, resolved.argv, {
      env,
      cwd,
      uid,
      gid,
      pgid: 0,
      sid: 0,
      pty,
      stdin: opts.stdin ?? pty?.input ?? NULL_INPUT,
      stdout: opts.stdout ?? pty?.output ?? NULL_OUTPUT,
      stderr: opts.stderr ?? pty?.output ?? NULL_OUTPUT,
    });
    if (pty) {
      pty.session = proc.sid;
      pty.foregroundGroup = proc.pgid;
    }
    proc.run(resolved.program, this.context(proc));
    return this.handle(proc);
  }

  private handle(proc: KProcess): KernelProcess {
    return {
      pid: proc.pid,
      hostPid: proc.hostPid,
      wait: () => new Promise<ExitInfo>((resolve) => proc.onExit(resolve)),
      signal: (signal) => proc.signal(signal),
      get alive() {
        return proc.alive;
      },
    };
  }

  /** Every live or zombie process of `ns` (its own PIDs), or of the whole machine (host PIDs). */
  processes(ns: Namespace = this.host): ProcessInfo[] {
    const out: ProcessInfo[] = [];
    for (const p of this.table.values()) {
      if (!ns.isRoot && p.ns !== ns) continue;
      const pid = ns.isRoot ? p.hostPid : p.pid;
      const parent = p.parent;
      let ppid = 0;
      if (parent) ppid = ns.isRoot ? parent.hostPid : parent.ns === ns ? parent.pid : 0;
      out.push({
        pid,
        ppid,
        uid: p.uid,
        argv: [...p.argv],
        state: p.state,
        startedAt: p.startedAt,
        tty: p.tty ? p.tty.name : null,
      });
    }
    return out.sort((a, b) => a.pid - b.pid);
  }

  /** The last host PID handed out (/proc/loadavg). */
  get lastHostPid(): number {
    return this.nextHostPid - 1;
  }

  /** The records of `ns`'s processes with their PIDs there (procfs); null: the whole machine. */
  procEntries(ns: Namespace | null): { pid: number; ppid: number; proc: KProcess }[] {
    const view = ns ?? this.host;
    return this.processes(view).map((info) => ({
      pid: info.pid,
      ppid: info.ppid,
      proc: view.isRoot ? this.table.get(info.pid)! : this.byNsPid(view, info.pid)!,
    }));
  }

  private byNsPid(ns: Namespace, pid: number): KProcess | undefined {
    for (const p of this.table.values()) if (p.ns === ns && p.pid === pid) return p;
    return undefined;
  }

  /** kill(2) from the host, by host PID. Throws ExecError('ESRCH'). */
  signal(hostPid: number, signal: Signal): void {
    const p = this.table.get(hostPid);
    if (!p || !p.alive) throw new ExecError('ESRCH', String(hostPid));
    p.signal(signal);
  }

  /** Signal every process of a namespace (SIGKILL when a container is killed or removed). */
  signalNamespace(ns: Namespace, signal: Signal): void {
    for (const p of [...this.table.values()]) if (p.ns === ns && p.alive) p.signal(signal);
  }

  signalGroup(pgid: number, signal: Signal): void {
    if (!pgid) return;
    for (const p of [...this.table.values()]) if (p.pgid === pgid && p.alive) p.signal(signal);
  }

  /** cgroup freezer: a frozen process is not scheduled and its sleeps do not advance. */
  freeze(ns: Namespace): void {
    ns.cgroup.frozen = true;
    for (const p of this.table.values()) if (p.ns === ns) p.freeze();
  }

  thaw(ns: Namespace): void {
    ns.cgroup.frozen = false;
    for (const p of [...this.table.values()]) if (p.ns === ns) p.thaw();
  }

  /** Change a namespace's cgroup limits (docker update). */
  setLimits(ns: Namespace, limits: { memoryLimit?: number; pidsLimit?: number }): void {
    if ('memoryLimit' in limits) ns.cgroup.memoryLimit = limits.memoryLimit;
    if ('pidsLimit' in limits) ns.cgroup.pidsLimit = limits.pidsLimit;
  }

  /** Host PID of a namespace's process, or undefined. */
  hostPidOf(ns: Namespace, pid: number): number | undefined {
    return this.byNsPid(ns, pid)?.hostPid;
  }

  private execEnv(ns: Namespace, cwd: string, path: string | undefined, uid: number, gid: number): ExecEnv {
    return { fs: ns.fs, cwd, path, uid, gid, programs: ns.options.programs ?? this.programs };
  }

  private create(
    ns: Namespace,
    parent: KProcess | null,
    argv: string[],
    o: {
      env: Record<string, string>;
      cwd: string;
      uid: number;
      gid: number;
      pgid: number;
      sid: number;
      pty: Pty | null;
      stdin: InputStream;
      stdout: OutputStream;
      stderr: OutputStream;
    },
  ): KProcess {
    const limit = ns.cgroup.pidsLimit;
    if (limit !== undefined && limit > 0) {
      let count = 0;
      for (const p of this.table.values()) if (p.ns === ns && p.alive) count++;
      if (count >= limit) throw new ExecError('EAGAIN', argv[0] ?? '');
    }
    const hostPid = this.nextHostPid++;
    const pid = ns.isRoot ? hostPid : ns.nextPid++;
    const proc = new KProcess(
      hostPid,
      pid,
      parent,
      ns,
      argv,
      o.uid,
      o.gid,
      o.pgid || hostPid,
      o.sid || hostPid,
      o.pty,
      this.clock.now(),
      o.env,
      o.cwd,
      ns.fs,
      { stdin: o.stdin, stdout: o.stdout, stderr: o.stderr },
      this.clock,
    );
    this.table.set(hostPid, proc);
    parent?.children.add(proc);
    if (ns.cgroup.frozen) proc.freeze();
    proc.onExit(() => this.exited(proc));
    return proc;
  }

  private exited(proc: KProcess): void {
    // Orphans are adopted by their namespace's init (PID 1) when it lives; their zombies are reaped.
    const init = [...this.table.values()].find(
      (p) => p.ns === proc.ns && p.pid === 1 && p.alive && p !== proc,
    );
    for (const child of proc.children) {
      if (!child.alive) {
        this.table.delete(child.hostPid);
        continue;
      }
      child.parent = init ?? null;
      init?.children.add(child);
    }
    proc.children.clear();
    if (!proc.parent || proc.waited || !proc.parent.alive) this.reap(proc);
  }

  private reap(proc: KProcess): void {
    this.table.delete(proc.hostPid);
    proc.parent?.children.delete(proc);
  }

  /** A child of `parent`: exec'd from argv, or a fork running `program`. */
  private child(parent: KProcess, argv: string[], opts: SpawnOptions, program?: Program): ChildProcess {
    if (!parent.alive) throw new ProcessExit(parent.exit!.status, parent.exit!.signal);
    const env = { ...(opts.env ?? parent.env) };
    const cwd = opts.cwd ?? parent.cwd;
    let run: Program;
    let shownArgv = argv;
    if (program) run = program;
    else {
      const resolved = resolveExec(this.execEnv(parent.ns, cwd, env.PATH, parent.uid, parent.gid), argv);
      run = resolved.program;
      shownArgv = resolved.argv;
    }
    if (opts.argv0 && shownArgv.length) shownArgv = [opts.argv0, ...shownArgv.slice(1)];
    const switching = (opts.uid ?? parent.uid) !== parent.uid || (opts.gid ?? parent.gid) !== parent.gid;
    if (switching && parent.uid !== 0) throw new ExecError('EPERM', argv[0] ?? '');
    const proc = this.create(parent.ns, parent, shownArgv, {
      env,
      cwd,
      uid: opts.uid ?? parent.uid,
      gid: opts.gid ?? parent.gid,
      pgid: opts.background ? 0 : parent.pgid,
      sid: parent.sid,
      pty: parent.tty,
      stdin: opts.stdin ?? parent.stdin,
      stdout: opts.stdout ?? parent.stdout,
      stderr: opts.stderr ?? parent.stderr,
    });
    proc.run(run, this.context(proc));
    return {
      pid: proc.pid,
      wait: () =>
        parent.block(
          new Promise<number>((resolve) =>
            proc.onExit((info) => {
              proc.waited = true;
              if (!this.table.has(proc.hostPid) || !proc.alive) this.reap(proc);
              resolve(info.status);
            }),
          ),
        ),
      kill: (signal = 'SIGTERM') => proc.signal(signal),
    };
  }

  private context(proc: KProcess): ProcessContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const kernel = this;
    const ns = proc.ns;
    const ctx: ProcessContext = {
      argv: [...proc.argv],
      env: proc.env,
      get cwd() {
        return proc.cwd;
      },
      set cwd(dir: string) {
        proc.cwd = dir;
      },
      fs: selfView(proc.fs, proc.pid),
      stdin: proc.stdin,
      stdout: proc.stdout,
      stderr: proc.stderr,
      tty: proc.tty ? proc.tty.tty : null,
      pid: proc.pid,
      uid: proc.uid,
      gid: proc.gid,
      get hostname() {
        return ns.hostname;
      },
      clock: this.clock,
      ...(this.random ? { random: this.random } : {}),
      net: ns.options.net ?? loopbackNet(),
      get pgid() {
        return ns.isRoot ? proc.pgid : (kernel.table.get(proc.pgid)?.pid ?? proc.pgid);
      },
      sleep: (ms) => proc.sleep(ms),
      onSignal: (signal, handler) => {
        let set = proc.handlers.get(signal);
        if (!set) proc.handlers.set(signal, (set = new Set()));
        set.add(handler);
        proc.ignored.delete(signal);
        return () => set!.delete(handler);
      },
      ignoreSignal: (signal) => {
        proc.ignored.add(signal);
      },
      spawn: (argv, opts = {}) => this.child(proc, argv, opts),
      fork: (program, opts = {}) => this.child(proc, opts.argv ?? proc.argv, opts, program),
      exec: (argv, opts = {}) => this.exec(proc, argv, opts),
      processes: () => this.processes(ns),
      kill: (pid, signal) => this.killFrom(proc, pid, signal),
      pipe: () => {
        const pipe = new Pipe();
        proc.adopt(pipe.reader);
        proc.adopt(pipe.writer);
        return { reader: pipe.reader, writer: pipe.writer };
      },
      allocate: (bytes) => this.allocate(proc, bytes),
      exit: (status) => {
        throw new ProcessExit(status);
      },
      setForegroundGroup: (pgid) => {
        if (!proc.tty) return;
        const target = ns.isRoot
          ? pgid
          : [...this.table.values()].find((p) => p.ns === ns && p.pid === pgid)?.hostPid;
        if (target) proc.tty.foregroundGroup = target;
      },
    };
    return ctx;
  }

  /** execve(2): `proc` runs `argv` in place of its program, then ends with its status. */
  private async exec(
    proc: KProcess,
    argv: string[],
    opts: { env?: Record<string, string>; uid?: number; gid?: number },
  ): Promise<never> {
    if (!proc.alive) throw new ProcessExit(proc.exit!.status, proc.exit!.signal);
    const env = { ...(opts.env ?? proc.env) };
    const uid = opts.uid ?? proc.uid;
    const gid = opts.gid ?? proc.gid;
    if ((uid !== proc.uid || gid !== proc.gid) && proc.uid !== 0) throw new ExecError('EPERM', argv[0] ?? '');
    const resolved = resolveExec(this.execEnv(proc.ns, proc.cwd, env.PATH, uid, gid), argv);
    proc.argv = resolved.argv;
    proc.env = env;
    proc.uid = uid;
    proc.gid = gid;
    // Caught signals go back to their default action; ignored ones stay ignored.
    proc.handlers.clear();
    const status = await resolved.program(this.context(proc));
    throw new ProcessExit((Number(status) || 0) & 0xff);
  }

  private killFrom(proc: KProcess, pid: number, signal: Signal): void {
    const ns = proc.ns;
    const inNs = (p: KProcess) => ns.isRoot || p.ns === ns;
    let targets: KProcess[];
    if (pid > 0) {
      targets = [...this.table.values()].filter((p) => inNs(p) && (ns.isRoot ? p.hostPid : p.pid) === pid);
    } else {
      const pgid = pid === 0 ? proc.pgid : ns.isRoot ? -pid : this.hostPidOf(ns, -pid);
      targets = [...this.table.values()].filter((p) => inNs(p) && p.pgid === pgid);
    }
    targets = targets.filter((p) => p.alive);
    if (targets.length === 0) throw new ExecError('ESRCH', String(pid));
    if (proc.uid !== 0 && targets.some((p) => p.uid !== proc.uid)) throw new ExecError('EPERM', String(pid));
    for (const p of targets) {
      // Inside its own namespace, init ignores even SIGKILL unless it has a handler (which it cannot for KILL).
      if (p.pid === 1 && !ns.isRoot && p.ns === ns && (signal === 'SIGKILL' || signal === 'SIGSTOP'))
        continue;
      p.signal(signal);
    }
  }

  private allocate(proc: KProcess, bytes: number): void {
    const cg = proc.ns.cgroup;
    proc.memory += bytes;
    cg.memoryUsage += bytes;
    if (bytes > 0 && cg.memoryLimit !== undefined && cg.memoryUsage > cg.memoryLimit) {
      cg.oomKilled = true;
      proc.ns.options.onOom?.(proc.pid);
      proc.terminate({ status: 137, signal: 'SIGKILL', oomKilled: true });
      throw new ProcessExit(137, 'SIGKILL');
    }
  }
}
