// The HostConfig inspect shows: every field of Go's container.HostConfig in its declaration order
// (zero values included, `omitempty` ones only when set), with what the daemon fills at create
// (moby adaptContainerSettings: shm size, ipc and cgroupns modes, masked paths, the runtime).
import type { HostConfig } from '../api/types';

/** Paths the runtime masks or makes read-only in a non-privileged container (moby oci defaults). */
export const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
];
export const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** 64 MiB: /dev/shm when the request does not size it. */
export const DEFAULT_SHM_SIZE = 67108864;

type Field = [name: string, zero: unknown, omitEmpty?: true];

/** Go's HostConfig (api/types/container/host_config.go, v20.10) with Resources inlined, in order. */
const FIELDS: Field[] = [
  ['Binds', null],
  ['ContainerIDFile', ''],
  ['LogConfig', { Type: '', Config: null }],
  ['NetworkMode', ''],
  ['PortBindings', null],
  ['RestartPolicy', { Name: '', MaximumRetryCount: 0 }],
  ['AutoRemove', false],
  ['VolumeDriver', ''],
  ['VolumesFrom', null],
  ['CapAdd', null],
  ['CapDrop', null],
  ['CgroupnsMode', ''],
  ['Dns', null],
  ['DnsOptions', null],
  ['DnsSearch', null],
  ['ExtraHosts', null],
  ['GroupAdd', null],
  ['IpcMode', ''],
  ['Cgroup', ''],
  ['Links', null],
  ['OomScoreAdj', 0],
  ['PidMode', ''],
  ['Privileged', false],
  ['PublishAllPorts', false],
  ['ReadonlyRootfs', false],
  ['SecurityOpt', null],
  ['StorageOpt', null, true],
  ['Tmpfs', null, true],
  ['UTSMode', ''],
  ['UsernsMode', ''],
  ['ShmSize', 0],
  ['Sysctls', null, true],
  ['Runtime', '', true],
  ['ConsoleSize', [0, 0]],
  ['Isolation', ''],
  ['CpuShares', 0],
  ['Memory', 0],
  ['NanoCpus', 0],
  ['CgroupParent', ''],
  ['BlkioWeight', 0],
  ['BlkioWeightDevice', null],
  ['BlkioDeviceReadBps', null],
  ['BlkioDeviceWriteBps', null],
  ['BlkioDeviceReadIOps', null],
  ['BlkioDeviceWriteIOps', null],
  ['CpuPeriod', 0],
  ['CpuQuota', 0],
  ['CpuRealtimePeriod', 0],
  ['CpuRealtimeRuntime', 0],
  ['CpusetCpus', ''],
  ['CpusetMems', ''],
  ['Devices', null],
  ['DeviceCgroupRules', null],
  ['DeviceRequests', null],
  ['KernelMemory', 0],
  ['KernelMemoryTCP', 0],
  ['MemoryReservation', 0],
  ['MemorySwap', 0],
  ['MemorySwappiness', null],
  ['OomKillDisable', false],
  ['PidsLimit', null],
  ['Ulimits', null],
  ['CpuCount', 0],
  ['CpuPercent', 0],
  ['IOMaximumIOps', 0],
  ['IOMaximumBandwidth', 0],
  ['Mounts', null, true],
  ['MaskedPaths', null],
  ['ReadonlyPaths', null],
  ['Init', null, true],
];

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === false || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/**
 * The stored HostConfig for a create request: Go's field order and zero values, then the daemon's
 * defaults. Without a HostConfig in the request there is no Runtime, as dockerd shows it.
 */
export function normalizeHostConfig(request: HostConfig | undefined): HostConfig {
  const h: Record<string, unknown> = { ...(request ?? {}) };
  if (!h.LogConfig || !(h.LogConfig as { Type?: string }).Type)
    h.LogConfig = { Type: 'json-file', Config: {} };
  h.NetworkMode ||= 'default';
  if (!h.RestartPolicy) h.RestartPolicy = { Name: '', MaximumRetryCount: 0 };
  h.CgroupnsMode ||= 'private';
  h.IpcMode ||= 'private';
  if (!h.ShmSize || (h.ShmSize as number) <= 0) h.ShmSize = DEFAULT_SHM_SIZE;
  if (request) h.Runtime ||= 'runc';
  if (!h.Privileged) {
    h.MaskedPaths ??= [...MASKED_PATHS];
    h.ReadonlyPaths ??= [...READONLY_PATHS];
  }
  const out: Record<string, unknown> = {};
  for (const [name, zero, omitEmpty] of FIELDS) {
    const v = h[name];
    if (omitEmpty) {
      if (!isEmpty(v)) out[name] = v;
    } else out[name] = v === undefined ? structuredClone(zero) : v;
  }
  return out as HostConfig;
}
