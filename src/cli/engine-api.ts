// What the docker CLI needs from an engine, in Docker Engine API v1.41 shapes (field names as in the
// JSON). The API engineer's EngineClient (src/client) implements it; the CLI never sees the engine.
// Errors: every method rejects with an ApiErrorLike (HTTP status + Docker's message) on a daemon error.

import type { FilterArgs } from './opts/filters';
import type { ApiMount } from './opts/mounts';

export interface ApiErrorLike {
  status: number;
  message: string;
}

export function isApiError(e: unknown): e is ApiErrorLike {
  return (
    typeof e === 'object' && e !== null && typeof (e as ApiErrorLike).status === 'number' && 'message' in e
  );
}

/** One frame of a multiplexed stream (logs, attach, exec); `data` is text. */
export interface StreamFrame {
  stream: 'stdout' | 'stderr';
  data: string;
}

/** A hijacked attach/exec connection. */
export interface AttachSession {
  output: AsyncIterable<StreamFrame>;
  write(data: string): void;
  /** Close the write side (stdin EOF). */
  closeWrite(): void;
  /** Drop the connection (detach). */
  close(): void;
}

/** A JSON progress message of pull/push/load/import/build (jsonmessage.JSONMessage). */
export interface JSONMessage {
  id?: string;
  status?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  stream?: string;
  aux?: Record<string, unknown>;
  errorDetail?: { code?: number; message: string };
  error?: string;
}

export interface Port {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

export interface MountPoint {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  Created: number;
  Ports: Port[];
  SizeRw?: number;
  SizeRootFs?: number;
  Labels: Record<string, string>;
  State: string;
  Status: string;
  HostConfig: { NetworkMode: string };
  NetworkSettings: { Networks: Record<string, EndpointSettings> };
  Mounts: MountPoint[];
}

export interface EndpointSettings {
  IPAMConfig?: { IPv4Address?: string; IPv6Address?: string; LinkLocalIPs?: string[] } | null;
  Links?: string[] | null;
  Aliases?: string[] | null;
  NetworkID?: string;
  EndpointID?: string;
  Gateway?: string;
  IPAddress?: string;
  IPPrefixLen?: number;
  MacAddress?: string;
  [key: string]: unknown;
}

export type PortMap = Record<string, Array<{ HostIp: string; HostPort: string }> | null>;

export interface ContainerConfig {
  Hostname?: string;
  Domainname?: string;
  User?: string;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  Env?: string[] | null;
  Cmd?: string[] | null;
  Healthcheck?: {
    Test?: string[];
    Interval?: number;
    Timeout?: number;
    Retries?: number;
    StartPeriod?: number;
  };
  Image?: string;
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Entrypoint?: string[] | null;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
  StopTimeout?: number;
  [key: string]: unknown;
}

export interface HostConfig {
  Binds?: string[] | null;
  LogConfig?: { Type: string; Config: Record<string, string> };
  NetworkMode?: string;
  PortBindings?: PortMap | null;
  RestartPolicy?: { Name: string; MaximumRetryCount?: number };
  AutoRemove?: boolean;
  VolumesFrom?: string[] | null;
  Mounts?: ApiMount[] | null;
  CapAdd?: string[] | null;
  CapDrop?: string[] | null;
  Dns?: string[] | null;
  DnsOptions?: string[] | null;
  DnsSearch?: string[] | null;
  ExtraHosts?: string[] | null;
  Links?: string[] | null;
  Privileged?: boolean;
  PublishAllPorts?: boolean;
  ReadonlyRootfs?: boolean;
  Tmpfs?: Record<string, string> | null;
  Init?: boolean | null;
  Memory?: number;
  MemorySwap?: number;
  NanoCpus?: number;
  CpuShares?: number;
  PidsLimit?: number | null;
  ShmSize?: number;
  [key: string]: unknown;
}

export interface ContainerCreateBody extends ContainerConfig {
  HostConfig?: HostConfig;
  NetworkingConfig?: { EndpointsConfig?: Record<string, EndpointSettings> };
}

export interface ContainerInspect {
  Id: string;
  Created: string;
  Path: string;
  Args: string[];
  State: {
    Status: string;
    Running: boolean;
    Paused: boolean;
    Restarting: boolean;
    OOMKilled: boolean;
    Dead: boolean;
    Pid: number;
    ExitCode: number;
    Error: string;
    StartedAt: string;
    FinishedAt: string;
  };
  Image: string;
  Name: string;
  RestartCount: number;
  Config: ContainerConfig;
  HostConfig: HostConfig;
  NetworkSettings: { Ports: PortMap; Networks: Record<string, EndpointSettings>; [key: string]: unknown };
  Mounts: MountPoint[];
  [key: string]: unknown;
}

export interface ImageSummary {
  Id: string;
  ParentId: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  Created: number;
  Size: number;
  VirtualSize?: number;
  SharedSize: number;
  Labels: Record<string, string> | null;
  Containers: number;
}

export interface ImageInspect {
  Id: string;
  RepoTags: string[];
  RepoDigests: string[];
  Created: string;
  Size: number;
  Config: ContainerConfig;
  [key: string]: unknown;
}

export interface HistoryItem {
  Id: string;
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

export interface NetworkResource {
  Name: string;
  Id: string;
  Created: string;
  Scope: string;
  Driver: string;
  EnableIPv6: boolean;
  Internal: boolean;
  Attachable: boolean;
  Ingress: boolean;
  IPAM: { Driver: string; Options: Record<string, string> | null; Config: Array<Record<string, string>> };
  Containers?: Record<
    string,
    { Name: string; EndpointID: string; MacAddress: string; IPv4Address: string; IPv6Address: string }
  >;
  Options: Record<string, string>;
  Labels: Record<string, string>;
  [key: string]: unknown;
}

export interface NetworkCreateBody {
  Name: string;
  CheckDuplicate?: boolean;
  Driver?: string;
  Internal?: boolean;
  Attachable?: boolean;
  EnableIPv6?: boolean;
  IPAM?: { Driver: string; Options?: Record<string, string>; Config: Array<Record<string, string>> };
  Options?: Record<string, string>;
  Labels?: Record<string, string>;
}

export interface Volume {
  Name: string;
  Driver: string;
  Mountpoint: string;
  CreatedAt?: string;
  Labels: Record<string, string> | null;
  Scope: string;
  Options: Record<string, string> | null;
  UsageData?: { Size: number; RefCount: number } | null;
  [key: string]: unknown;
}

export interface PruneReport {
  ContainersDeleted?: string[] | null;
  ImagesDeleted?: Array<{ Untagged?: string; Deleted?: string }> | null;
  NetworksDeleted?: string[] | null;
  VolumesDeleted?: string[] | null;
  SpaceReclaimed?: number;
}

export interface StatsJSON {
  read: string;
  preread: string;
  id: string;
  name: string;
  pids_stats: { current?: number; limit?: number };
  cpu_stats: {
    cpu_usage: { total_usage: number; percpu_usage?: number[] };
    system_cpu_usage?: number;
    online_cpus?: number;
  };
  precpu_stats: { cpu_usage: { total_usage: number }; system_cpu_usage?: number; online_cpus?: number };
  memory_stats: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes: number; tx_bytes: number }>;
  blkio_stats?: { io_service_bytes_recursive?: Array<{ op: string; value: number }> | null };
}

export interface EventMessage {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  scope?: string;
  time: number;
  timeNano: number;
  status?: string;
  id?: string;
  from?: string;
}

export interface DiskUsage {
  LayersSize: number;
  Images: ImageSummary[];
  Containers: ContainerSummary[];
  Volumes: Volume[];
  BuildCache: Array<{ Size: number; InUse: boolean; Shared: boolean }> | null;
}

export interface PathStat {
  name: string;
  size: number;
  mode: number;
  mtime: string;
  linkTarget: string;
}

export interface AuthConfig {
  username?: string;
  password?: string;
  serveraddress?: string;
}

/**
 * The engine as the CLI uses it. Binary payloads (tar archives) are Uint8Array.
 * Streams are AsyncIterables that end when the daemon closes the stream.
 */
export interface EngineApi {
  ping(): Promise<void>;
  version(): Promise<Record<string, unknown>>;
  info(): Promise<Record<string, unknown>>;
  diskUsage(): Promise<DiskUsage>;
  events(opts: { since?: string; until?: string; filters?: FilterArgs }): AsyncIterable<EventMessage>;
  login(auth: AuthConfig): Promise<{ Status: string; IdentityToken?: string }>;

  containerList(opts: {
    all?: boolean;
    limit?: number;
    size?: boolean;
    filters?: FilterArgs;
  }): Promise<ContainerSummary[]>;
  containerCreate(
    body: ContainerCreateBody,
    opts: { name?: string; platform?: string },
  ): Promise<{ Id: string; Warnings: string[] | null }>;
  containerInspect(id: string, opts?: { size?: boolean }): Promise<ContainerInspect>;
  containerStart(id: string, opts?: { detachKeys?: string }): Promise<void>;
  containerStop(id: string, opts?: { signal?: string; timeout?: number }): Promise<void>;
  containerRestart(id: string, opts?: { signal?: string; timeout?: number }): Promise<void>;
  containerKill(id: string, signal?: string): Promise<void>;
  containerPause(id: string): Promise<void>;
  containerUnpause(id: string): Promise<void>;
  containerRemove(id: string, opts?: { force?: boolean; volumes?: boolean; link?: boolean }): Promise<void>;
  containerRename(id: string, name: string): Promise<void>;
  containerWait(
    id: string,
    condition?: 'not-running' | 'next-exit' | 'removed',
  ): Promise<{ StatusCode: number; Error?: { Message: string } | null }>;
  /** Registers the wait (the daemon answers the headers at once) and gives the final status later: what run/start need before starting. */
  containerWaitStart?(
    id: string,
    condition?: 'not-running' | 'next-exit' | 'removed',
  ): Promise<{ result: Promise<{ StatusCode: number; Error?: { Message: string } | null }> }>;
  containerLogs(
    id: string,
    opts: {
      follow?: boolean;
      stdout?: boolean;
      stderr?: boolean;
      since?: string;
      until?: string;
      timestamps?: boolean;
      tail?: string;
      details?: boolean;
    },
  ): AsyncIterable<StreamFrame>;
  containerAttach(
    id: string,
    opts: {
      stream: boolean;
      stdin: boolean;
      stdout: boolean;
      stderr: boolean;
      logs?: boolean;
      detachKeys?: string;
    },
  ): Promise<AttachSession>;
  containerResize(id: string, size: { h: number; w: number }): Promise<void>;
  containerTop(id: string, psArgs?: string): Promise<{ Titles: string[]; Processes: string[][] }>;
  containerStats(id: string, opts: { stream: boolean }): AsyncIterable<StatsJSON>;
  containerChanges(id: string): Promise<Array<{ Path: string; Kind: 0 | 1 | 2 }> | null>;
  containerExport(id: string): Promise<Uint8Array>;
  containerArchiveStat(id: string, path: string): Promise<PathStat>;
  containerArchiveGet(id: string, path: string): Promise<{ stat: PathStat; tar: Uint8Array }>;
  containerArchivePut(
    id: string,
    path: string,
    tar: Uint8Array,
    opts?: { noOverwriteDirNonDir?: boolean; copyUIDGID?: boolean },
  ): Promise<void>;
  containerUpdate(id: string, update: Partial<HostConfig>): Promise<{ Warnings: string[] | null }>;
  containerPrune(filters: FilterArgs): Promise<PruneReport>;
  containerCommit(
    id: string,
    opts: {
      repo?: string;
      tag?: string;
      comment?: string;
      author?: string;
      pause?: boolean;
      changes?: string[];
      config?: Partial<ContainerConfig>;
    },
  ): Promise<{ Id: string }>;

  execCreate(
    id: string,
    config: {
      AttachStdin: boolean;
      AttachStdout: boolean;
      AttachStderr: boolean;
      Tty: boolean;
      Env?: string[];
      Cmd: string[];
      User?: string;
      WorkingDir?: string;
      Privileged?: boolean;
      DetachKeys?: string;
    },
  ): Promise<{ Id: string }>;
  execStart(execId: string, opts: { detach: boolean; tty: boolean }): Promise<AttachSession | null>;
  execResize(execId: string, size: { h: number; w: number }): Promise<void>;
  execInspect(execId: string): Promise<{ ExitCode: number | null; Running: boolean; Pid: number }>;

  imageList(opts: { all?: boolean; digests?: boolean; filters?: FilterArgs }): Promise<ImageSummary[]>;
  /** POST /images/create?fromImage=…&tag=…: the pull's progress messages. */
  imageCreate(opts: { fromImage: string; tag: string; platform?: string }): AsyncIterable<JSONMessage>;
  imagePush(name: string, opts: { tag?: string; auth?: AuthConfig }): AsyncIterable<JSONMessage>;
  imageInspect(name: string): Promise<ImageInspect>;
  imageHistory(name: string): Promise<HistoryItem[]>;
  imageTag(source: string, repo: string, tag: string): Promise<void>;
  imageRemove(
    name: string,
    opts: { force?: boolean; noprune?: boolean },
  ): Promise<Array<{ Untagged?: string; Deleted?: string }>>;
  imagePrune(filters: FilterArgs): Promise<PruneReport>;
  imageSave(names: string[]): Promise<Uint8Array>;
  imageLoad(tar: Uint8Array, opts: { quiet: boolean }): AsyncIterable<JSONMessage>;
  imageImport(
    tar: Uint8Array,
    opts: { repo?: string; tag?: string; message?: string; changes?: string[]; platform?: string },
  ): AsyncIterable<JSONMessage>;
  imageSearch(
    term: string,
    opts: { limit?: number; filters?: FilterArgs },
  ): Promise<
    Array<{
      name: string;
      description: string;
      star_count: number;
      is_official: boolean;
      is_automated: boolean;
    }>
  >;
  /** POST /build with the context tar; the builder engineer implements the engine side. */
  imageBuild(context: Uint8Array, opts: Record<string, unknown>): AsyncIterable<JSONMessage>;

  networkList(filters: FilterArgs): Promise<NetworkResource[]>;
  networkCreate(body: NetworkCreateBody): Promise<{ Id: string; Warning?: string }>;
  networkInspect(id: string, opts?: { verbose?: boolean; scope?: string }): Promise<NetworkResource>;
  networkRemove(id: string): Promise<void>;
  networkConnect(
    id: string,
    body: { Container: string; EndpointConfig?: Partial<EndpointSettings> },
  ): Promise<void>;
  networkDisconnect(id: string, body: { Container: string; Force?: boolean }): Promise<void>;
  networkPrune(filters: FilterArgs): Promise<PruneReport>;

  volumeList(filters: FilterArgs): Promise<{ Volumes: Volume[] | null; Warnings: string[] | null }>;
  volumeCreate(body: {
    Name?: string;
    Driver?: string;
    DriverOpts?: Record<string, string>;
    Labels?: Record<string, string>;
  }): Promise<Volume>;
  volumeInspect(name: string): Promise<Volume>;
  volumeRemove(name: string, opts?: { force?: boolean }): Promise<void>;
  volumePrune(filters: FilterArgs): Promise<PruneReport>;
}
