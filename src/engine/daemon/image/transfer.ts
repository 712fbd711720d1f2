// Timing and messages shared by pull and push: progress updates paced on the injected clock,
// proportional to the (declared) size of what travels, and Docker's JSON progress message shapes.
import type { JsonMessage } from '../../api/types';
import { progressBar } from '../../image/hub/progress';
import type { ImageContext } from './context';

export const DEFAULT_BANDWIDTH = 12_500_000;
const UPDATE_EVERY = 512 * 1024;
/** At most this many progress updates per transfer (Docker sends one per 512 KiB; the CLI overwrites them). */
const MAX_UPDATES = 40;

export type Progress = (m: JsonMessage) => void;

export function sleep(ctx: ImageContext, ms: number): Promise<void> {
  return new Promise((resolve) => ctx.clock.setTimer(ms, resolve));
}

export function layerStatus(id: string, status: string): JsonMessage {
  return { status, progressDetail: {}, id };
}

/** Emits `status` progress updates for `total` bytes at `bytesPerSecond`, sleeping between them. */
export async function paced(ctx: ImageContext, progress: Progress, id: string, status: string, total: number, bytesPerSecond: number): Promise<void> {
  const step = Math.max(UPDATE_EVERY, Math.ceil(total / MAX_UPDATES));
  let current = 0;
  while (current < total) {
    const chunk = Math.min(step, total - current);
    await sleep(ctx, Math.max(1, Math.round((chunk / bytesPerSecond) * 1000)));
    current += chunk;
    progress({ status, progressDetail: { current, total }, progress: progressBar(current, total), id });
  }
}

/** Runs tasks with at most `limit` at a time, in order; returns their results in order. */
export function limited<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T>[] {
  let active = 0;
  const queue: (() => void)[] = [];
  return tasks.map(async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      queue.shift()?.();
    }
  });
}
