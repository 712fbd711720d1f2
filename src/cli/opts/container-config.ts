// The flags of `docker run`/`docker create` → the body of POST /containers/create (cli/command/container/opts.go).
// Errors thrown here are Docker's texts; run/create wrap them as `docker: …`.

import type { ContainerCreateRequest, EndpointSettings, HostConfig } from '../../client/api-types';
import type { ParsedFlags } from '../flags';
import type { CliFs } from '../process';
import { expandEnv, readKVFile } from './env';
import { keyValues } from './labels';
import { parseMount, parseVolumeSpec } from './mounts';
import { exposeToApi, publishToApi } from './ports';
import { parseRestartPolicy } from './restart';

export interface CreateRequest {
  body: ContainerCreateRequest;
  name?: string;
  platform?: string;
  pull: string;
  image: string;
}

interface Env {
  fs: CliFs;
  cwd: string;
  env: Record<string, string>;
}

function abs(cwd: string, p: string): string {
  if (p.startsWith('/')) return p;
  const parts = `${cwd}/${p}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function ulimits(values: readonly string[]): Array<{ Name: string; Soft: number; Hard: number }> {
  return values.map((v) => {
    const [name, limits = ''] = v.split('=');
    const [soft, hard = soft] = limits.split(':');
    if (!name || soft === undefined || !/^-?\d+$/.test(soft) || !/^-?\d+$/.test(hard))
      throw new Error(`invalid ulimit argument: ${v}`);
    return { Name: name, Soft: Number(soft), Hard: Number(hard) };
  });
}

export function buildCreateRequest(
  flags: ParsedFlags,
  args: string[],
  env: Env,
  detach: boolean,
): CreateRequest {
  const [image, ...cmd] = args;
  const attach = flags.list('attach').map((a) => a.toLowerCase());
  let attachStdin = attach.includes('stdin');
  let attachStdout = attach.includes('stdout');
  let attachStderr = attach.includes('stderr');
  if (flags.bool('interactive')) attachStdin = true;
  if (attach.length === 0) {
    attachStdout = true;
    attachStderr = true;
  }
  if (detach) {
    attachStdin = false;
    attachStdout = false;
    attachStderr = false;
  }
  const restart = flags.string('restart');
  if (flags.bool('rm') && restart !== '' && restart !== 'no')
    throw new Error('conflicting options: cannot specify both --restart and --rm');

  const envList = [
    ...flags.list('env-file').flatMap((f) => readKVFile(env.fs, abs(env.cwd, f), env.env)),
    ...expandEnv(flags.list('env'), env.env),
  ];
  const labels = keyValues([
    ...flags.list('label-file').flatMap((f) => readKVFile(env.fs, abs(env.cwd, f), null)),
    ...flags.list('label'),
  ]);

  const { exposed, bindings } = publishToApi(flags.list('publish'));
  const exposedPorts = { ...exposeToApi(flags.list('expose')), ...exposed };

  const binds: string[] = [];
  const volumes: Record<string, Record<string, never>> = {};
  for (const spec of flags.list('volume')) {
    const v = parseVolumeSpec(spec);
    if (v.source === '') volumes[v.target] = {};
    else if (v.type === 'bind' && v.source.startsWith('.'))
      binds.push([abs(env.cwd, v.source), v.target, ...(v.mode ? [v.mode] : [])].join(':'));
    else binds.push(spec);
  }
  const mounts = flags.list('mount').map(parseMount);
  const tmpfs: Record<string, string> = {};
  for (const t of flags.list('tmpfs')) {
    const i = t.indexOf(':');
    tmpfs[i < 0 ? t : t.slice(0, i)] = i < 0 ? '' : t.slice(i + 1);
  }

  let entrypoint: string[] | null = null;
  if (flags.string('entrypoint') !== '') entrypoint = [flags.string('entrypoint')];
  else if (flags.isSet('entrypoint')) entrypoint = [''];

  // Several --network: the first is the network mode, each gets an endpoint (docker/cli's parseNetworkOpts).
  const networks = flags.list('network');
  const network = networks[0] || 'default';
  const hostConfig: HostConfig = {
    Binds: binds.length ? binds : undefined,
    NetworkMode: network,
    PortBindings: bindings,
    RestartPolicy: parseRestartPolicy(restart),
    AutoRemove: flags.bool('rm'),
    Mounts: mounts.length ? mounts : undefined,
    Memory: flags.number('memory'),
    MemorySwap: flags.number('memory-swap'),
    MemoryReservation: flags.number('memory-reservation'),
    NanoCpus: flags.number('cpus'),
    CpuShares: flags.number('cpu-shares'),
    PidsLimit: flags.isSet('pids-limit') ? flags.number('pids-limit') : null,
    Privileged: flags.bool('privileged'),
    PublishAllPorts: flags.bool('publish-all'),
    ReadonlyRootfs: flags.bool('read-only'),
    ExtraHosts: flags.list('add-host').length ? flags.list('add-host') : null,
    Dns: flags.list('dns'),
    DnsOptions: flags.list('dns-option'),
    DnsSearch: flags.list('dns-search'),
    CapAdd: flags.list('cap-add').length ? flags.list('cap-add') : null,
    CapDrop: flags.list('cap-drop').length ? flags.list('cap-drop') : null,
    Init: flags.isSet('init') ? flags.bool('init') : null,
    LogConfig: { Type: flags.string('log-driver'), Config: keyValues(flags.list('log-opt')) },
    Tmpfs: Object.keys(tmpfs).length ? tmpfs : undefined,
    VolumesFrom: flags.list('volumes-from').length ? flags.list('volumes-from') : null,
    Links: flags.list('link').length ? flags.list('link') : null,
    ShmSize: flags.number('shm-size'),
    SecurityOpt: flags.list('security-opt').length ? flags.list('security-opt') : null,
    Sysctls: Object.keys(keyValues(flags.list('sysctl'))).length
      ? keyValues(flags.list('sysctl'))
      : undefined,
    Ulimits: ulimits(flags.list('ulimit')),
    IpcMode: flags.string('ipc'),
    PidMode: flags.string('pid'),
    UTSMode: flags.string('uts'),
    UsernsMode: flags.string('userns'),
    CgroupnsMode: flags.string('cgroupns'),
    GroupAdd: flags.list('group-add').length ? flags.list('group-add') : null,
    OomKillDisable: flags.bool('oom-kill-disable'),
    OomScoreAdj: flags.number('oom-score-adj'),
    Runtime: flags.string('runtime'),
  };

  const healthCmd = flags.string('health-cmd');
  let healthcheck: ContainerCreateRequest['Healthcheck'];
  if (flags.bool('no-healthcheck')) healthcheck = { Test: ['NONE'] };
  else if (
    healthCmd ||
    flags.isSet('health-interval') ||
    flags.isSet('health-retries') ||
    flags.isSet('health-timeout') ||
    flags.isSet('health-start-period')
  ) {
    healthcheck = {
      Test: healthCmd ? ['CMD-SHELL', healthCmd] : undefined,
      Interval: flags.number('health-interval'),
      Timeout: flags.number('health-timeout'),
      StartPeriod: flags.number('health-start-period'),
      Retries: flags.number('health-retries'),
    };
  }

  const endpoints: Record<string, EndpointSettings> = {};
  if (
    network !== 'default' &&
    (flags.list('network-alias').length || flags.string('ip') || flags.list('link').length)
  ) {
    endpoints[network] = {
      Aliases: flags.list('network-alias').length ? flags.list('network-alias') : undefined,
      IPAMConfig: flags.string('ip') ? { IPv4Address: flags.string('ip') } : undefined,
    };
  }

  const openStdin = flags.bool('interactive');
  const body: ContainerCreateRequest = {
    Hostname: flags.string('hostname'),
    Domainname: flags.string('domainname'),
    User: flags.string('user'),
    AttachStdin: attachStdin,
    AttachStdout: attachStdout,
    AttachStderr: attachStderr,
    ExposedPorts: Object.keys(exposedPorts).length ? exposedPorts : undefined,
    Tty: flags.bool('tty'),
    OpenStdin: openStdin,
    StdinOnce: openStdin && attachStdin && !detach,
    Env: envList,
    Cmd: cmd.length ? cmd : null,
    Image: image,
    Volumes: Object.keys(volumes).length ? volumes : undefined,
    WorkingDir: flags.string('workdir'),
    Entrypoint: entrypoint,
    Labels: labels,
    StopSignal: flags.string('stop-signal') || undefined,
    StopTimeout: flags.isSet('stop-timeout') ? flags.number('stop-timeout') : undefined,
    Healthcheck: healthcheck,
    HostConfig: hostConfig,
    NetworkingConfig: { EndpointsConfig: withEveryNetwork(endpoints, networks) },
  };
  return {
    body,
    name: flags.string('name') || undefined,
    platform: flags.string('platform') || undefined,
    pull: flags.string('pull'),
    image,
  };
}

/** With more than one --network, every network has an endpoint, even without options. */
function withEveryNetwork(
  endpoints: Record<string, EndpointSettings>,
  networks: string[],
): Record<string, EndpointSettings> {
  if (networks.length < 2) return endpoints;
  const all = { ...endpoints };
  for (const n of networks) all[n] ??= {};
  return all;
}
