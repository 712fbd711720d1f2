// Resource accounting for `docker stats` (the cgroup counters Docker reads): CPU time is charged for
// what a container does (processes started, output, allocations, disk and network bytes), capped by
// its CPU quota; memory is what its processes allocated plus a resident baseline per process; block
// I/O is what its RW layer holds; pids are its processes.
import type { StatsResponse } from '../api/types';
import type { ProcessInfo } from '../process/types';

/** Host CPUs and memory of the simulated machine (what `docker info` reports as NCPU and MemTotal). */
export const HOST_CPUS = 2;
export const HOST_MEMORY = 4_110_606_336;
/** Memory the simulated host's own system uses, before any container. */
export const HOST_MEMORY_BASELINE = 420 * 1024 * 1024;
/** Resident memory of an idle simulated process (what busybox `sleep` costs on Linux, about). */
export const PROCESS_BASELINE = 160 * 1024;

export interface ContainerCounters {
  processes: readonly ProcessInfo[];
  /** Bytes allocated in the cgroup (ctx.allocate). */
  allocated: number;
  memoryLimit: number | undefined;
  /** HostConfig.NanoCpus (0: no quota). */
  nanoCpus: number;
  rwBytes: number;
  network: { rx_bytes: number; tx_bytes: number } | null;
}

/** What a container did since it started: the work its CPU time is derived from. */
export interface Work {
  /** Processes started in its namespace (PID 1, execs, children). */
  processes: number;
  /** Bytes its processes wrote to their output. */
  outputBytes: number;
  /** Bytes allocated. */
  allocated: number;
  /** Bytes of its RW layer. */
  diskBytes: number;
  /** Bytes received and sent. */
  networkBytes: number;
}

/** CPU cost of each kind of work (a simulated machine's rough prices). */
export const CPU_COST_NS = {
  process: 2_000_000,
  outputByte: 2_000,
  allocatedByte: 1,
  diskByte: 5,
  networkByte: 20,
};

/**
 * Cumulative CPU time of one container: each sample charges the work done since the previous one,
 * capped by what its CPU quota allows in the elapsed time; the system counter advances with time.
 */
export class CpuAccount {
  totalNs = 0;
  systemNs = 0;
  private last: number | null = null;
  private done: Work = { processes: 0, outputBytes: 0, allocated: 0, diskBytes: 0, networkBytes: 0 };

  advance(now: number, work: Work, nanoCpus: number): void {
    const delta = (k: keyof Work) => Math.max(0, work[k] - this.done[k]);
    const cost =
      delta('processes') * CPU_COST_NS.process +
      delta('outputBytes') * CPU_COST_NS.outputByte +
      delta('allocated') * CPU_COST_NS.allocatedByte +
      delta('diskBytes') * CPU_COST_NS.diskByte +
      delta('networkBytes') * CPU_COST_NS.networkByte;
    this.done = { ...work };
    if (this.last === null) {
      this.totalNs += cost;
    } else {
      const elapsedNs = (now - this.last) * 1e6;
      const cap = (nanoCpus > 0 ? nanoCpus / 1e9 : HOST_CPUS) * elapsedNs;
      this.totalNs += elapsedNs > 0 ? Math.min(cost, cap) : cost;
      this.systemNs += elapsedNs * HOST_CPUS;
    }
    this.last = now;
  }
}

type CpuStats = StatsResponse['cpu_stats'];

function cpuStats(account: CpuAccount | null): CpuStats {
  const total = account?.totalNs ?? 0;
  return {
    cpu_usage: {
      total_usage: total,
      usage_in_kernelmode: Math.round(total * 0.1),
      usage_in_usermode: Math.round(total * 0.9),
    },
    system_cpu_usage: account?.systemNs ?? 0,
    online_cpus: HOST_CPUS,
    throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
  };
}

export function statsSample(
  id: string,
  name: string,
  now: string,
  counters: ContainerCounters | null,
  account: CpuAccount | null,
  previous: CpuStats | null,
  previousRead: string,
): StatsResponse {
  const running = counters !== null;
  const usage = running ? counters.allocated + PROCESS_BASELINE * counters.processes.length : 0;
  const sample: StatsResponse = {
    read: now,
    preread: previousRead,
    pids_stats: running ? { current: counters.processes.length } : {},
    blkio_stats: {
      io_service_bytes_recursive: running
        ? [
            { major: 8, minor: 0, op: 'read', value: 0 },
            { major: 8, minor: 0, op: 'write', value: counters.rwBytes },
          ]
        : null,
      io_serviced_recursive: null,
      io_queue_recursive: null,
      io_service_time_recursive: null,
      io_wait_time_recursive: null,
      io_merged_recursive: null,
      io_time_recursive: null,
      sectors_recursive: null,
    },
    num_procs: 0,
    storage_stats: {},
    cpu_stats: running ? cpuStats(account) : cpuStats(null),
    precpu_stats: previous ?? cpuStats(null),
    memory_stats: running
      ? { usage, limit: counters.memoryLimit ?? HOST_MEMORY, stats: { inactive_file: 0, anon: usage } }
      : {},
    name,
    id,
  };
  if (running && counters.network) {
    sample.networks = {
      eth0: {
        ...counters.network,
        rx_packets: 0,
        rx_errors: 0,
        rx_dropped: 0,
        tx_packets: 0,
        tx_errors: 0,
        tx_dropped: 0,
      },
    };
  }
  return sample;
}
