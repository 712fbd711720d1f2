// Starting a container's first process (moby daemon/start.go containerStart + libcontainerd): network,
// /etc files, namespace with its cgroup limits, PID 1 (or docker-init), then the monitor takes over.
// Shared by `start`, `restart`, `run` and the restart policy.
import { InvalidParameter, System } from '../../api/errors';
import { runtimeEnv } from '../../container/config';
import type { Container } from '../../container/container';
import {
  hostnameFile,
  hostsFile,
  resolvConf,
  type HostsEntry,
  type ResolvOptions,
} from '../../container/etc-files';
import { DOCKER_INIT_PATH, dockerInit } from '../../container/init-program';
import { meminfoFile, mountsFile, sysFiles, type MountLine } from '../../container/kernel-files';
import { CpuAccount, HOST_MEMORY, HOST_MEMORY_BASELINE } from '../../stats/sampler';
import { runtimeFailure } from '../../container/runtime-error';
import { resolveUser } from '../../container/user';
import { Pipe } from '../../process/pipe';
import { ExecError } from '../../process/types';
import { NO_INPUT } from '../../container/null-io';
import { DEFAULT_DNS, type Daemon } from '../daemon';
import { scheduleHealthcheck } from './health';
import { onContainerExit } from './monitor';
import { volumeMountEvents, volumeUnmountEvents } from '../volume/events';

function ensureDir(c: Container, dir: string): void {
  try {
    c.fs.mkdir(dir, { recursive: true });
  } catch {
    // A read-only rootfs or a file in the way: the process will fail on chdir as it would.
  }
}

/** What the simulated host uses: its own baseline and every running container's allocations. */
function hostMemoryUsed(d: Daemon): number {
  let used = HOST_MEMORY_BASELINE;
  for (const other of d.containers.all()) used += other.running?.ns.cgroup.memoryUsage ?? 0;
  return used;
}

function mountLines(c: Container): MountLine[] {
  const tmpfs = new Set(Object.keys(c.hostConfig.Tmpfs ?? {}));
  return c.fs.mounts().map((m) => ({
    path: m.path,
    readOnly: m.readOnly,
    kind:
      m.path === '/'
        ? 'rootfs'
        : m.path === '/proc'
          ? 'proc'
          : m.path === '/sys'
            ? 'sys'
            : m.path.startsWith('/etc/') && m.fs === c.files
              ? 'file'
              : tmpfs.has(m.path)
                ? 'tmpfs'
                : 'volume',
  }));
}

/** `--add-host name:ip` entries, in the order given. */
function addedHosts(spec: readonly string[] | null | undefined): HostsEntry[] {
  return (spec ?? []).map((h) => {
    const colon = h.indexOf(':');
    return { names: [h.slice(0, colon)], ip: h.slice(colon + 1) };
  });
}

/** `--dns`, `--dns-search`, `--dns-option` override what the network layer (or the host) gives. */
function resolverOf(c: Container, fromNetwork: ResolvOptions | undefined): ResolvOptions {
  const base = fromNetwork ?? DEFAULT_DNS;
  const h = c.hostConfig;
  return {
    nameservers: h.Dns?.length ? h.Dns : base.nameservers,
    search: h.DnsSearch?.length ? h.DnsSearch : base.search,
    options: h.DnsOptions?.length ? h.DnsOptions : base.options,
  };
}

/** Throws Docker's error when the process cannot start; the container then records the failure. */
export function launch(d: Daemon, c: Container): void {
  const hostname = c.config.Hostname || c.shortId;
  let user;
  try {
    user = resolveUser(c.fs, c.config.User ?? '');
  } catch (err) {
    c.send({
      type: 'container.startFailed',
      exitCode: 128,
      error: (err as Error).message,
      at: d.clock.now(),
    });
    throw err;
  }
  const attachment = d.networking.connect(c);
  volumeMountEvents(d, c);
  c.files.writeFile('/hostname', hostnameFile(hostname));
  const extraHosts = [...addedHosts(c.hostConfig.ExtraHosts), ...(attachment.extraHosts ?? [])];
  c.files.writeFile('/hosts', hostsFile(hostname, attachment.ip, extraHosts));
  c.files.writeFile('/resolv.conf', resolvConf(resolverOf(c, attachment.dns)));
  const env = runtimeEnv(c.config, hostname, user.home);
  const cwd = c.config.WorkingDir || '/';
  if (cwd !== '/') ensureDir(c, cwd);
  const ns = d.kernel.createNamespace({
    fs: c.fs,
    hostname,
    programs: d.containerPrograms,
    net: attachment.net,
    env,
    memoryLimit: c.hostConfig.Memory || undefined,
    pidsLimit: c.hostConfig.PidsLimit || undefined,
    onOom: () => d.containerEvent(c, 'oom'),
  });
  const argv = [c.path, ...c.args];
  const shown = c.hostConfig.Init ? [DOCKER_INIT_PATH, '--', ...argv] : argv;
  c.proc.attach({
    kernel: d.kernel,
    ns,
    mounts: () => mountsFile(c.id, mountLines(c)),
    meminfo: () => meminfoFile(HOST_MEMORY, hostMemoryUsed(d)),
  });
  sysFiles(c.sys, c.hostConfig);
  const pty = c.config.Tty ? d.kernel.openPty() : null;
  const stdin = c.config.OpenStdin && !pty ? new Pipe() : null;
  let init;
  try {
    init = d.kernel.spawn(ns, shown, {
      env,
      cwd,
      uid: user.uid,
      gid: user.gid,
      pty: pty ?? undefined,
      stdin: pty ? undefined : (stdin?.reader ?? NO_INPUT),
      stdout: pty ? undefined : c.output.stdout,
      stderr: pty ? undefined : c.output.stderr,
      program: c.hostConfig.Init ? dockerInit : undefined,
    });
  } catch (err) {
    d.networking.disconnect(c);
    volumeUnmountEvents(d, c);
    if (!(err instanceof ExecError)) throw err;
    const failure = runtimeFailure(err, c.path);
    c.send({
      type: 'container.startFailed',
      exitCode: failure.exitCode,
      error: failure.message,
      at: d.clock.now(),
    });
    throw failure.exitCode === 127 || failure.exitCode === 126
      ? new InvalidParameter(failure.message)
      : new System(failure.message);
  }
  const detachPty = pty ? pty.master.onData((data) => c.output.write('stdout', data)) : null;
  c.running = { ns, init, pty, stdin: stdin?.writer ?? null, detachPty };
  // A new cgroup: its CPU counters start again.
  c.cpu = new CpuAccount();
  c.lastStats = null;
  c.generation++;
  c.send({ type: 'container.start', pid: init.hostPid, at: d.clock.now() });
  d.containerEvent(c, 'start');
  c.flushInput();
  const generation = c.generation;
  void init.wait().then((info) => onContainerExit(d, c, generation, info));
  scheduleHealthcheck(d, c);
}
