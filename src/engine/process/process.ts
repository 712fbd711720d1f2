// One simulated process: its record in the process table, its signal dispositions, the promises it
// is blocked on (which a fatal signal rejects and a freeze holds back), and the resources it holds.
import type { FileSystem } from '../fs/types';
import type { Namespace } from './namespace';
import type { Pty } from './pty';
import { defaultAction, signalStatus } from './signals';
import { isCancellable, isKernelEnd, type KernelEnd } from './pipe';
import { ProcessExit, type InputStream, type OutputStream, type Program, type Signal } from './types';

export interface ExitInfo {
  status: number;
  signal?: Signal;
  /** Killed by the cgroup's OOM killer. */
  oomKilled: boolean;
}

interface Blocker {
  reject(err: ProcessExit): void;
  cancel?: () => void;
}

interface Sleep {
  remaining: number;
  startedAt: number;
  cancelTimer: (() => void) | null;
  resolve(): void;
}

const UNDERLYING = Symbol('underlying');

/** The stream a process-level wrapper stands for (so pipes can be counted across processes). */
export function underlying<T extends object>(stream: T): T {
  return ((stream as Record<symbol, unknown>)[UNDERLYING] as T | undefined) ?? stream;
}

export class KProcess {
  state: 'R' | 'S' | 'T' | 'Z' = 'R';
  exit: ExitInfo | null = null;
  readonly handlers = new Map<Signal, Set<(s: Signal) => void>>();
  readonly ignored = new Set<Signal>();
  readonly children = new Set<KProcess>();
  memory = 0;
  waited = false;
  private blockers = new Set<Blocker>();
  private sleeps = new Set<Sleep>();
  private frozenQueue: (() => void)[] = [];
  private stopped = false;
  private held: KernelEnd[] = [];
  private exitListeners: ((info: ExitInfo) => void)[] = [];
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;

  constructor(
    readonly hostPid: number,
    readonly pid: number,
    public parent: KProcess | null,
    readonly ns: Namespace,
    /** What `ps` shows; execve(2) replaces it, as it does the credentials and environment. */
    public argv: string[],
    public uid: number,
    public gid: number,
    public pgid: number,
    readonly sid: number,
    readonly tty: Pty | null,
    readonly startedAt: number,
    public env: Record<string, string>,
    public cwd: string,
    readonly fs: FileSystem,
    streams: { stdin: InputStream; stdout: OutputStream; stderr: OutputStream },
    private readonly clock: { now(): number; setTimer(ms: number, cb: () => void): () => void },
  ) {
    this.stdin = this.wrapInput(streams.stdin);
    this.stdout = this.wrapOutput(streams.stdout);
    this.stderr = this.wrapOutput(streams.stderr);
  }

  get alive(): boolean {
    return this.exit === null;
  }

  get frozen(): boolean {
    return this.ns.cgroup.frozen || this.stopped;
  }

  /** Take a reference to a kernel stream end for the lifetime of this process. */
  hold(stream: object): void {
    const end = underlying(stream);
    if (!isKernelEnd(end)) return;
    end.ref();
    this.held.push(end);
  }

  /** Adopt an end created on this process's behalf (already referenced once). */
  adopt(end: KernelEnd): void {
    this.held.push(end);
  }

  release(stream: object): void {
    const end = underlying(stream);
    const i = this.held.indexOf(end as KernelEnd);
    if (i < 0) return;
    this.held.splice(i, 1);
    (end as KernelEnd).unref();
  }

  onExit(listener: (info: ExitInfo) => void): void {
    if (this.exit) listener(this.exit);
    else this.exitListeners.push(listener);
  }

  run(program: Program, ctx: Parameters<Program>[0]): void {
    const start = () => {
      if (!this.alive) return;
      Promise.resolve()
        .then(() => program(ctx))
        .then(
          (status) => this.finish({ status: (Number(status) || 0) & 0xff, oomKilled: false }),
          (err: unknown) => {
            if (err instanceof ProcessExit) {
              this.finish({ status: err.status, signal: err.signal, oomKilled: false });
              return;
            }
            const message = err instanceof Error ? err.message : String(err);
            try {
              this.stderr.write(`${this.argv[0]}: ${message}\n`);
            } catch {}
            this.finish({ status: 1, oomKilled: false });
          },
        );
    };
    this.whenRunnable(start);
  }

  /** Await `promise` on behalf of the process: a fatal signal rejects it, a freeze holds it back. */
  block<T>(promise: Promise<T>, cancel?: () => void): Promise<T> {
    if (this.exit) return Promise.reject(this.exitError());
    return new Promise<T>((resolve, reject) => {
      const blocker: Blocker = { reject, cancel };
      this.blockers.add(blocker);
      this.updateState();
      promise.then(
        (value) =>
          this.whenRunnable(() => {
            if (!this.blockers.delete(blocker)) return;
            this.updateState();
            resolve(value);
          }),
        (err) =>
          this.whenRunnable(() => {
            if (!this.blockers.delete(blocker)) return;
            this.updateState();
            reject(err);
          }),
      );
    });
  }

  sleep(ms: number): Promise<void> {
    return this.block(
      new Promise<void>((resolve) => {
        const sleep: Sleep = { remaining: Math.max(0, ms), startedAt: 0, cancelTimer: null, resolve };
        this.sleeps.add(sleep);
        if (!this.frozen) this.startSleep(sleep);
      }),
    );
  }

  private startSleep(sleep: Sleep): void {
    sleep.startedAt = this.clock.now();
    sleep.cancelTimer = this.clock.setTimer(sleep.remaining, () => {
      this.sleeps.delete(sleep);
      sleep.resolve();
    });
  }

  private whenRunnable(fn: () => void): void {
    if (this.frozen) this.frozenQueue.push(fn);
    else fn();
  }

  freeze(): void {
    for (const s of this.sleeps) {
      if (!s.cancelTimer) continue;
      s.cancelTimer();
      s.cancelTimer = null;
      s.remaining = Math.max(0, s.remaining - (this.clock.now() - s.startedAt));
    }
    this.updateState();
  }

  thaw(): void {
    if (this.frozen) return;
    for (const s of this.sleeps) if (!s.cancelTimer) this.startSleep(s);
    const queue = this.frozenQueue;
    this.frozenQueue = [];
    for (const fn of queue) fn();
    this.updateState();
  }

  private updateState(): void {
    if (this.exit) this.state = 'Z';
    else if (this.frozen) this.state = 'T';
    else this.state = this.blockers.size > 0 ? 'S' : 'R';
  }

  private exitError(): ProcessExit {
    return new ProcessExit(this.exit!.status, this.exit!.signal);
  }

  /** Deliver a signal. `fromParentNs`: sent from an ancestor namespace (docker kill/stop). */
  signal(signal: Signal): void {
    if (!this.alive) return;
    if (signal === 'SIGKILL')
      return this.terminate({ status: signalStatus(signal), signal, oomKilled: false });
    if (signal === 'SIGSTOP') return this.setStopped(true);
    if (signal === 'SIGCONT') this.setStopped(false);
    if (this.ignored.has(signal)) return;
    const handlers = this.handlers.get(signal);
    if (handlers && handlers.size) {
      for (const h of [...handlers]) {
        try {
          h(signal);
        } catch (err) {
          if (err instanceof ProcessExit)
            return this.terminate({ status: err.status, signal: err.signal, oomKilled: false });
        }
      }
      return;
    }
    const action = defaultAction(signal);
    if (action === 'ign' || action === 'cont') return;
    // The init of a PID namespace only dies of the signals it catches (and SIGKILL).
    if (this.pid === 1 && !this.ns.isRoot) return;
    if (action === 'stop') return this.setStopped(true);
    this.terminate({ status: signalStatus(signal), signal, oomKilled: false });
  }

  private setStopped(stopped: boolean): void {
    if (this.stopped === stopped) return;
    this.stopped = stopped;
    if (stopped) this.freeze();
    else this.thaw();
  }

  /** Ends the process now: blocked awaits reject with ProcessExit, resources are released. */
  terminate(info: ExitInfo): void {
    if (!this.alive) return;
    this.finish(info);
    const err = this.exitError();
    for (const b of this.blockers) {
      b.cancel?.();
      b.reject(err);
    }
    this.blockers.clear();
  }

  private finish(info: ExitInfo): void {
    if (!this.alive) return;
    this.exit = info;
    for (const s of this.sleeps) s.cancelTimer?.();
    this.sleeps.clear();
    this.frozenQueue = [];
    const held = this.held;
    this.held = [];
    for (const end of held) end.unref();
    this.ns.cgroup.memoryUsage -= this.memory;
    this.memory = 0;
    this.updateState();
    const listeners = this.exitListeners;
    this.exitListeners = [];
    for (const l of listeners) l(info);
  }

  private checkAlive(): void {
    if (this.exit) throw this.exitError();
  }

  private wrapInput(stream: InputStream): InputStream {
    this.hold(stream);
    const inner = underlying(stream);
    return {
      [UNDERLYING]: inner,
      isTTY: inner.isTTY,
      read: () => {
        if (isCancellable(inner)) {
          const r = inner.readCancellable();
          return this.block(r.promise, r.cancel);
        }
        return this.block(inner.read());
      },
      close: () => this.release(inner),
    } as InputStream;
  }

  private wrapOutput(stream: OutputStream): OutputStream {
    this.hold(stream);
    const inner = underlying(stream);
    return {
      [UNDERLYING]: inner,
      isTTY: inner.isTTY,
      write: (chunk: string) => {
        this.checkAlive();
        try {
          inner.write(chunk);
        } catch (err) {
          if (err instanceof ProcessExit && err.signal === 'SIGPIPE') {
            this.signal('SIGPIPE');
            if (!this.alive) throw this.exitError();
          }
          throw err;
        }
      },
      drain: () => this.block(inner.drain()),
      close: () => this.release(inner),
    } as OutputStream;
  }
}
