// Persistence benchmarks: snapshot and restore of a world with 20 containers (each with a file in its
// RW layer, half of them with a volume), the snapshot's size once structured-cloned, and what an
// incremental save still has to write when nothing changed.
import type { Bench, Measurement } from './types';
import { restoreEngine, snapshotEngine, type EngineSnapshot } from '../src/engine/persist';
import { machine, sh } from '../test/engine/persist/helpers';
import { median } from './stats';

/** Bytes of a snapshot's state as JSON plus its content bytes (what IndexedDB stores). */
function sizeOf(s: EngineSnapshot): number {
  const content = Object.values(s.content).reduce((n, b) => n + b.byteLength, 0);
  const state = JSON.stringify(s.state, (_k, v: unknown) =>
    v instanceof Uint8Array ? v.byteLength : v,
  ).length;
  const rw = s.state.containers.containers.reduce((n, c) => n + c.rw.byteLength, 0);
  return content + state + rw;
}

export const benches: Bench[] = [
  {
    name: 'snapshot + restore, 20 containers',
    async run(): Promise<Measurement[]> {
      const w = machine();
      await w.preload(['busybox', 'nginx']);
      for (let i = 0; i < 20; i++) {
        const volume = i % 2 === 0 ? `-v vol${i}:/data ` : '';
        await sh(
          w,
          `docker run --name c${i} ${volume}busybox sh -c 'echo ${i} > /etc/n; echo ${i} > /tmp/x'`,
        );
      }
      const snapTimes: number[] = [];
      const restoreTimes: number[] = [];
      let snapshot: EngineSnapshot | null = null;
      for (let run = 0; run < 5; run++) {
        let t0 = performance.now();
        snapshot = structuredClone(snapshotEngine(w.engine));
        snapTimes.push(performance.now() - t0);
        const fresh = machine();
        t0 = performance.now();
        restoreEngine(fresh.engine, snapshot);
        restoreTimes.push(performance.now() - t0);
      }
      const stored = new Set(Object.keys(snapshot!.content));
      const t0 = performance.now();
      const incremental = snapshotEngine(w.engine, { stored: (k) => stored.has(k) });
      const incrementalMs = performance.now() - t0;
      return [
        {
          name: 'snapshotEngine + structuredClone (median)',
          value: median(snapTimes),
          unit: 'ms',
          target: '< 100 ms',
          ok: median(snapTimes) < 100,
        },
        {
          name: 'restoreEngine (median)',
          value: median(restoreTimes),
          unit: 'ms',
          target: '< 100 ms',
          ok: median(restoreTimes) < 100,
        },
        { name: 'saved size', value: sizeOf(snapshot!) / 1024, unit: 'kB' },
        { name: 'incremental snapshot, nothing new', value: incrementalMs, unit: 'ms' },
        { name: 'incremental snapshot size', value: sizeOf(incremental) / 1024, unit: 'kB' },
      ];
    },
  },
];
