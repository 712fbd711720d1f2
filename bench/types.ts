// Benchmarks (`npm run bench`): each area adds a file bench/<area>.bench.ts exporting `benches`.
// A benchmark returns measurements; the runner prints them, with ratios computed within one run
// (never compared to fixed wall-clock thresholds in tests).

export interface Measurement {
  /** e.g. "docker run --rm busybox true (median)" */
  name: string;
  value: number;
  unit: 'ms' | 'µs' | 'kB' | 'MB' | 'ops/s' | 'x' | 'count';
  /** Optional target, printed beside the value, e.g. "< 2 ms" or "≥ 100×". */
  target?: string;
  /** Whether the value meets the target, when one is given. */
  ok?: boolean;
}

export interface Bench {
  name: string;
  run(): Promise<Measurement[]>;
}
