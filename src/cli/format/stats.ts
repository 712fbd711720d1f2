// formatter.containerStatsContext: `docker stats` rows computed from the API's stats JSON.

import type { StatsResponse } from '../../client/api-types';
import { goStruct, truncateId } from './struct';
import type { GoStruct } from './template/values';
import { bytesSize, humanSize } from './units';

export const STATS_TABLE =
  '{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
export const STATS_HEADERS: Record<string, string> = {
  Container: 'CONTAINER',
  ID: 'CONTAINER ID',
  Name: 'NAME',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

export function statsContext(s: StatsResponse, trunc: boolean): GoStruct {
  const cpuDelta = s.cpu_stats.cpu_usage.total_usage - s.precpu_stats.cpu_usage.total_usage;
  const systemDelta = (s.cpu_stats.system_cpu_usage ?? 0) - (s.precpu_stats.system_cpu_usage ?? 0);
  const online = s.cpu_stats.online_cpus || s.cpu_stats.cpu_usage.percpu_usage?.length || 1;
  const cpu = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * online * 100 : 0;
  const stats = s.memory_stats.stats ?? {};
  const inactive = stats.total_inactive_file ?? stats.inactive_file ?? 0;
  const usage = s.memory_stats.usage ?? 0;
  const mem = inactive < usage ? usage - inactive : usage;
  const limit = s.memory_stats.limit ?? 0;
  const memPerc = limit > 0 ? (mem / limit) * 100 : 0;
  let rx = 0;
  let tx = 0;
  for (const n of Object.values(s.networks ?? {})) {
    rx += n.rx_bytes;
    tx += n.tx_bytes;
  }
  let read = 0;
  let write = 0;
  for (const b of s.blkio_stats?.io_service_bytes_recursive ?? []) {
    if (b.op.toLowerCase() === 'read') read += b.value;
    if (b.op.toLowerCase() === 'write') write += b.value;
  }
  const name = s.name.replace(/^\//, '');
  return goStruct('*formatter.statsContext', {
    Container: () => name,
    ID: () => (trunc ? truncateId(s.id) : s.id),
    Name: () => name || '--',
    CPUPerc: () => `${cpu.toFixed(2)}%`,
    MemUsage: () => `${bytesSize(mem)} / ${bytesSize(limit)}`,
    MemPerc: () => `${memPerc.toFixed(2)}%`,
    NetIO: () => `${humanSize(rx, 3)} / ${humanSize(tx, 3)}`,
    BlockIO: () => `${humanSize(read, 3)} / ${humanSize(write, 3)}`,
    PIDs: () => String(s.pids_stats.current ?? 0),
  });
}
