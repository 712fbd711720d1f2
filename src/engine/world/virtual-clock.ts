// A discrete-event clock: time stands still while anything is runnable and jumps to the next timer
// when the simulation is idle. `sleep 3` costs no wall time and runs are reproducible.
import type { Clock } from './types';

interface Timer {
  due: number;
  seq: number;
  callback: () => void;
}

export interface VirtualClockOptions {
  /** Start time in ms since the epoch (default 2024-01-01T00:00:00Z). */
  start?: number;
  /**
   * Advance automatically when idle (default true). Idleness is detected with macrotask hops:
   * a hop runs only after the microtask queue has drained, i.e. when no simulated process can run.
   */
  auto?: boolean;
  /**
   * How a macrotask hop is scheduled (default: setTimeout(fn, 0), whose 1–4 ms clamp paces the
   * clock; `fastHop()` jumps as soon as the world is idle, for headless runs such as transcripts).
   */
  hop?: (fn: () => void) => void;
}

export const DEFAULT_EPOCH = Date.UTC(2024, 0, 1, 0, 0, 0);

/** Number of consecutive quiet hops before the clock considers the world idle. */
const QUIET_HOPS = 2;

export class VirtualClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private seq = 0;
  private readonly auto: boolean;
  private readonly hop: (fn: () => void) => void;
  private armed = false;
  /** Bumped whenever something happens; a hop that sees it unchanged found the world quiet. */
  private activity = 0;

  constructor(opts: VirtualClockOptions = {}) {
    this.current = opts.start ?? DEFAULT_EPOCH;
    this.auto = opts.auto ?? true;
    this.hop = opts.hop ?? ((fn) => void globalThis.setTimeout(fn, 0));
  }

  now(): number {
    return this.current;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const timer: Timer = { due: this.current + Math.max(0, ms), seq: this.seq++, callback };
    this.insert(timer);
    this.activity++;
    this.arm();
    return () => {
      const i = this.timers.indexOf(timer);
      if (i >= 0) this.timers.splice(i, 1);
    };
  }

  /** Timers not yet fired. */
  pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const next = this.timers[0];
      if (!next || next.due > target) break;
      this.fireNext();
    }
    this.current = Math.max(this.current, target);
  }

  /** Fires the earliest timer, jumping time to it. Returns false when there is none. */
  fireNext(): boolean {
    const next = this.timers.shift();
    if (!next) return false;
    this.current = Math.max(this.current, next.due);
    this.activity++;
    next.callback();
    return true;
  }

  /** Resolves once no timer is pending and the world is quiet (for tests with auto off or on). */
  async settle(): Promise<void> {
    for (;;) {
      await this.quiet();
      if (!this.fireNext()) {
        await this.quiet();
        if (this.timers.length === 0) return;
      }
    }
  }

  private quiet(): Promise<void> {
    return new Promise((resolve) => {
      let remaining = QUIET_HOPS;
      const step = () => (--remaining <= 0 ? resolve() : this.hop(step));
      this.hop(step);
    });
  }

  private insert(timer: Timer): void {
    let i = this.timers.length;
    while (i > 0) {
      const t = this.timers[i - 1];
      if (t.due < timer.due || (t.due === timer.due && t.seq < timer.seq)) break;
      i--;
    }
    this.timers.splice(i, 0, timer);
  }

  private arm(): void {
    if (!this.auto || this.armed) return;
    this.armed = true;
    let seen = this.activity;
    let quietHops = 0;
    const check = () => {
      if (this.timers.length === 0) {
        this.armed = false;
        return;
      }
      if (this.activity !== seen) {
        seen = this.activity;
        quietHops = 0;
      } else if (++quietHops >= QUIET_HOPS) {
        quietHops = 0;
        this.fireNext();
        seen = this.activity;
      }
      this.hop(check);
    };
    this.hop(check);
  }
}

/**
 * A macrotask hop that runs after every pending microtask without setTimeout's 1–4 ms clamp:
 * setImmediate (node) or a MessageChannel (browsers), so virtual sleeps cost next to nothing.
 */
export function fastHop(): (fn: () => void) => void {
  const g = globalThis as { setImmediate?: (fn: () => void) => unknown; MessageChannel?: typeof MessageChannel; document?: unknown };
  if (typeof g.setImmediate === 'function') return (fn) => void g.setImmediate!(fn);
  if (typeof g.MessageChannel === 'function' && g.document !== undefined) {
    const channel = new g.MessageChannel();
    const queue: (() => void)[] = [];
    channel.port1.onmessage = () => queue.shift()?.();
    return (fn) => {
      queue.push(fn);
      channel.port2.postMessage(null);
    };
  }
  return (fn) => void globalThis.setTimeout(fn, 0);
}
