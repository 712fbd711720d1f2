// GET /containers/{id}/stats (moby daemon/stats.go): one sample (`stream=false`) or one per second
// until the container stops; CPU, memory, block and network I/O and pids move with its processes.
import type { StatsResponse } from '../../api/types';
import type { Container } from '../../container/container';
import { AsyncQueue } from '../../container/queue';
import { rfc3339Nano } from '../../container/time';
import { statsSample } from '../../stats/sampler';
import type { Daemon } from '../daemon';

const GO_ZERO = '0001-01-01T00:00:00Z';
export const STATS_INTERVAL = 1000;

export function sampleContainer(d: Daemon, c: Container): StatsResponse {
  const now = d.clock.now();
  const run = c.running;
  let counters = null;
  if (run && c.isUp) {
    const processes = d.kernel.processes(run.ns);
    const network = d.networking.counters?.(c) ?? { rx_bytes: 0, tx_bytes: 0 };
    const work = {
      processes: run.ns.nextPid - 1,
      outputBytes: c.output.bytes,
      allocated: run.ns.cgroup.memoryUsage,
      diskBytes: c.rw.size,
      networkBytes: network.rx_bytes + network.tx_bytes,
    };
    c.cpu.advance(now, work, c.hostConfig.NanoCpus ?? 0);
    counters = {
      processes,
      allocated: run.ns.cgroup.memoryUsage,
      memoryLimit: c.hostConfig.Memory || undefined,
      nanoCpus: c.hostConfig.NanoCpus ?? 0,
      rwBytes: c.rw.size,
      network,
    };
  }
  const prev = c.lastStats;
  const sample = statsSample(
    c.id,
    c.name,
    rfc3339Nano(now),
    counters,
    c.cpu,
    prev?.cpu_stats ?? null,
    prev?.read ?? GO_ZERO,
  );
  c.lastStats = sample;
  return sample;
}

export function containerStats(d: Daemon, ref: string, stream = true): AsyncIterable<StatsResponse> {
  const c = d.containers.get(ref);
  const queue = new AsyncQueue<StatsResponse>();
  queue.push(sampleContainer(d, c));
  if (!stream || !c.isUp) {
    queue.end();
    return queue;
  }
  let cancel = () => {};
  const next = () => {
    cancel = d.clock.setTimer(STATS_INTERVAL, () => {
      if (queue.closed) return;
      queue.push(sampleContainer(d, c));
      if (c.isUp) next();
      else queue.end();
    });
  };
  next();
  queue.finally(() => cancel());
  return queue;
}
