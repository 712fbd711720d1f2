// The Go types Docker decodes request bodies into (moby api/types), for Go's type errors and
// case-insensitive field matching. Field names are Docker's.
import { T, type GoType } from './gojson';

const labels = T.map(T.string);
const portSet = T.map(T.emptystruct);

const configFields: Record<string, GoType> = {
  Hostname: T.string,
  Domainname: T.string,
  User: T.string,
  AttachStdin: T.bool,
  AttachStdout: T.bool,
  AttachStderr: T.bool,
  ExposedPorts: portSet,
  Tty: T.bool,
  OpenStdin: T.bool,
  StdinOnce: T.bool,
  Env: T.slice(T.string),
  Cmd: T.strslice,
  Healthcheck: T.struct('HealthConfig', {
    Test: T.slice(T.string),
    Interval: T.int64,
    Timeout: T.int64,
    StartPeriod: T.int64,
    Retries: T.int,
  }),
  ArgsEscaped: T.bool,
  Image: T.string,
  Volumes: portSet,
  WorkingDir: T.string,
  Entrypoint: T.strslice,
  NetworkDisabled: T.bool,
  MacAddress: T.string,
  OnBuild: T.slice(T.string),
  Labels: labels,
  StopSignal: T.string,
  StopTimeout: T.int,
  Shell: T.strslice,
};

/** container.Config (the body of /commit, `Config` in inspect). */
export const ContainerConfig = T.struct('Config', configFields);

const restartPolicy = T.struct('RestartPolicy', { Name: T.string, MaximumRetryCount: T.int });

const resources: Record<string, GoType> = {
  CpuShares: T.int64,
  Memory: T.int64,
  NanoCpus: T.int64,
  CgroupParent: T.string,
  BlkioWeight: T.uint16,
  CpuPeriod: T.int64,
  CpuQuota: T.int64,
  CpuRealtimePeriod: T.int64,
  CpuRealtimeRuntime: T.int64,
  CpusetCpus: T.string,
  CpusetMems: T.string,
  KernelMemory: T.int64,
  KernelMemoryTCP: T.int64,
  MemoryReservation: T.int64,
  MemorySwap: T.int64,
  MemorySwappiness: T.int64,
  OomKillDisable: T.bool,
  PidsLimit: T.int64,
  CpuCount: T.int64,
  CpuPercent: T.int64,
  Ulimits: T.slice(T.struct('Ulimit', { Name: T.string, Hard: T.int64, Soft: T.int64 })),
};

const mount = T.struct('Mount', {
  Type: T.string,
  Source: T.string,
  Target: T.string,
  ReadOnly: T.bool,
  Consistency: T.string,
  BindOptions: T.struct('BindOptions', { Propagation: T.string, NonRecursive: T.bool }),
  VolumeOptions: T.struct('VolumeOptions', {
    NoCopy: T.bool,
    Labels: labels,
    DriverConfig: T.struct('Driver', { Name: T.string, Options: labels }),
  }),
  TmpfsOptions: T.struct('TmpfsOptions', { SizeBytes: T.int64, Mode: T.uint64 }),
});

export const HostConfig = T.struct('HostConfig', {
  Binds: T.slice(T.string),
  ContainerIDFile: T.string,
  LogConfig: T.struct('LogConfig', { Type: T.string, Config: labels }),
  NetworkMode: T.string,
  PortBindings: T.map(T.slice(T.struct('PortBinding', { HostIp: T.string, HostPort: T.string }))),
  RestartPolicy: restartPolicy,
  AutoRemove: T.bool,
  VolumeDriver: T.string,
  VolumesFrom: T.slice(T.string),
  CapAdd: T.strslice,
  CapDrop: T.strslice,
  CgroupnsMode: T.string,
  Dns: T.slice(T.string),
  DnsOptions: T.slice(T.string),
  DnsSearch: T.slice(T.string),
  ExtraHosts: T.slice(T.string),
  GroupAdd: T.slice(T.string),
  IpcMode: T.string,
  Cgroup: T.string,
  Links: T.slice(T.string),
  OomScoreAdj: T.int,
  PidMode: T.string,
  Privileged: T.bool,
  PublishAllPorts: T.bool,
  ReadonlyRootfs: T.bool,
  SecurityOpt: T.slice(T.string),
  StorageOpt: labels,
  Tmpfs: labels,
  UTSMode: T.string,
  UsernsMode: T.string,
  ShmSize: T.int64,
  Sysctls: labels,
  Runtime: T.string,
  Isolation: T.string,
  Mounts: T.slice(mount),
  MaskedPaths: T.slice(T.string),
  ReadonlyPaths: T.slice(T.string),
  Init: T.bool,
  ...resources,
});

const endpointSettings = T.struct('EndpointSettings', {
  IPAMConfig: T.struct('EndpointIPAMConfig', {
    IPv4Address: T.string,
    IPv6Address: T.string,
    LinkLocalIPs: T.slice(T.string),
  }),
  Links: T.slice(T.string),
  Aliases: T.slice(T.string),
  NetworkID: T.string,
  EndpointID: T.string,
  Gateway: T.string,
  IPAddress: T.string,
  IPPrefixLen: T.int,
  IPv6Gateway: T.string,
  GlobalIPv6Address: T.string,
  GlobalIPv6PrefixLen: T.int,
  MacAddress: T.string,
  DriverOpts: labels,
});

/** runconfig.ContainerConfigWrapper: the body of POST /containers/create (Config fields promoted). */
export const ContainerCreateBody = T.struct('ContainerConfigWrapper', {
  ...configFields,
  HostConfig,
  NetworkingConfig: T.struct('NetworkingConfig', { EndpointsConfig: T.map(endpointSettings) }),
});

/** The ContainerConfigWrapper fields that make its embedded Config non-nil. */
export const CONFIG_FIELDS = Object.keys(configFields);

export const ContainerUpdateBody = T.struct('UpdateConfig', { ...resources, RestartPolicy: restartPolicy });

export const ExecCreateBody = T.struct('ExecConfig', {
  User: T.string,
  Privileged: T.bool,
  Tty: T.bool,
  AttachStdin: T.bool,
  AttachStderr: T.bool,
  AttachStdout: T.bool,
  Detach: T.bool,
  DetachKeys: T.string,
  Env: T.slice(T.string),
  WorkingDir: T.string,
  Cmd: T.strslice,
});

export const ExecStartBody = T.struct('ExecStartCheck', { Detach: T.bool, Tty: T.bool });

const ipamConfig = T.struct('IPAMConfig', {
  Subnet: T.string,
  IPRange: T.string,
  Gateway: T.string,
  AuxiliaryAddresses: labels,
});

export const NetworkCreateBody = T.struct('NetworkCreateRequest', {
  Name: T.string,
  CheckDuplicate: T.bool,
  Driver: T.string,
  Scope: T.string,
  EnableIPv6: T.bool,
  IPAM: T.struct('IPAM', { Driver: T.string, Options: labels, Config: T.slice(ipamConfig) }),
  Internal: T.bool,
  Attachable: T.bool,
  Ingress: T.bool,
  ConfigOnly: T.bool,
  Options: labels,
  Labels: labels,
});

export const NetworkConnectBody = T.struct('NetworkConnect', {
  Container: T.string,
  EndpointConfig: endpointSettings,
});

export const NetworkDisconnectBody = T.struct('NetworkDisconnect', { Container: T.string, Force: T.bool });

export const VolumeCreateBody = T.struct('VolumeCreateBody', {
  Name: T.string,
  Driver: T.string,
  DriverOpts: labels,
  Labels: labels,
});

export const AuthBody = T.struct('AuthConfig', {
  username: T.string,
  password: T.string,
  auth: T.string,
  email: T.string,
  serveraddress: T.string,
  identitytoken: T.string,
  registrytoken: T.string,
});
