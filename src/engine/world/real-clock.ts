// The wall clock, for the browser terminal and real mode.
import type { Clock } from './types';

export class RealClock implements Clock {
  now(): number {
    return Date.now();
  }

  setTimer(ms: number, callback: () => void): () => void {
    const handle = globalThis.setTimeout(callback, Math.max(0, ms));
    return () => globalThis.clearTimeout(handle);
  }
}
