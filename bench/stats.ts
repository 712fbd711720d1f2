// What every benchmark computes: the median of timings, and the median time of an async operation
// after a warm-up.

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time (ms) of `runs` calls of `fn`, after `warmup` calls that are not timed. */
export async function timeIt(runs: number, fn: () => Promise<unknown>, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
