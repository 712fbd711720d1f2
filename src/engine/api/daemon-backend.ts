// The simulated daemon as the router's EngineBackend: each backend method calls the daemon's
// operation (one file per operation in engine/daemon/…, the builder for /build). Parts of issue 6
// whose engine side is not there yet (networks, volumes) come from `extra` or answer 501.
import type { Daemon } from '../daemon/daemon';
import { containerArchive, containerExtract, containerStatPath } from '../daemon/container/archive';
import { containerAttach } from '../daemon/container/attach';
import { containerChanges } from '../daemon/container/changes';
import { containerCreate } from '../daemon/container/create';
import { containerExport } from '../daemon/container/export';
import { containerInspect } from '../daemon/container/inspect';
import { containerKill } from '../daemon/container/kill';
import { containerList } from '../daemon/container/list';
import { containerLogs } from '../daemon/container/logs';
import { containerPause } from '../daemon/container/pause';
import { containerPrune } from '../daemon/container/prune';
import { containerRemove } from '../daemon/container/remove';
import { containerRename } from '../daemon/container/rename';
import { containerResize } from '../daemon/container/resize';
import { containerRestart } from '../daemon/container/restart';
import { containerStart } from '../daemon/container/start';
import { containerStats } from '../daemon/container/stats';
import { containerStop } from '../daemon/container/stop';
import { containerTop } from '../daemon/container/top';
import { containerUnpause } from '../daemon/container/unpause';
import { containerUpdate } from '../daemon/container/update';
import { containerWait } from '../daemon/container/wait';
import { execCreate } from '../daemon/exec/create';
import { execInspect } from '../daemon/exec/inspect';
import { execResize } from '../daemon/exec/resize';
import { execStart } from '../daemon/exec/start';
import { commitContainer } from '../daemon/image/commit';
import type { ImageContext } from '../daemon/image/context';
import { imagesDiskUsage } from '../daemon/image/df';
import { buildCacheUsage } from '../builder/disk-usage';
import { pruneBuildCacheRecords } from '../builder/prune';
import { imageHistory } from '../daemon/image/history';
import { importImage } from '../daemon/image/import';
import { inspectImage } from '../daemon/image/inspect';
import { listImages } from '../daemon/image/list';
import { loadImages } from '../daemon/image/load';
import { login } from '../daemon/image/login';
import { pruneImages } from '../daemon/image/prune';
import { pullImage } from '../daemon/image/pull';
import { pushImage } from '../daemon/image/push';
import { removeImage } from '../daemon/image/remove';
import { saveImages } from '../daemon/image/save';
import { searchImages } from '../daemon/image/search';
import { tagImage } from '../daemon/image/tag';
import type { EventFilter } from '../events/filter';
import { buildFromApi } from '../builder/backend';
import type { EngineBackend } from './backend';
import { NotImplemented } from './errors';
import { readBody } from './http';
import { Channel, type Frame } from './stream';
import type { EventMessage, JsonMessage, SystemInfo, SystemVersion } from './types';
import { API_VERSION, MIN_API_VERSION } from './version';

/** The engine identity the simulator reports: the Docker 20.10 engine the golden tests recorded. */
export const ENGINE_IDENTITY = {
  version: '20.10.24+dfsg1',
  gitCommit: '5d6db84',
  goVersion: 'go1.19.8',
  kernelVersion: '6.1.0-baleine',
  buildTime: '2023-05-18T08:38:34.000000000+00:00',
};

async function* decode(input: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const d = new TextDecoder();
  for await (const chunk of input) yield d.decode(chunk, { stream: true });
}

/** Feeds a hijacked stdin into a session's `write`, closing it at EOF. */
function pipeStdin(
  stdin: AsyncIterable<Uint8Array> | null,
  write: (s: string) => void,
  close: () => void,
): void {
  if (!stdin) return;
  void (async () => {
    for await (const s of decode(stdin)) write(s);
    close();
  })().catch(() => close());
}

/**
 * A progress stream as Docker serves it: an error before any message is an HTTP error; after the
 * first one it becomes an `error`/`errorDetail` message at the end of the stream.
 */
async function progressStream(
  run: (progress: (m: JsonMessage) => void) => Promise<unknown>,
): Promise<AsyncIterable<JsonMessage>> {
  const ch = new Channel<JsonMessage>();
  let started = false;
  let first!: () => void;
  const firstMessage = new Promise<void>((r) => (first = r));
  const done = run((m) => {
    started = true;
    ch.push(m);
    first();
  }).then(
    () => ch.end(),
    (err: unknown) => {
      if (!started) throw err;
      const message = err instanceof Error ? err.message : String(err);
      ch.push({ errorDetail: { message }, error: message });
      ch.end();
    },
  );
  await Promise.race([firstMessage, done]);
  return ch;
}

function singleMessages(messages: JsonMessage[]): AsyncIterable<JsonMessage> {
  return (async function* () {
    yield* messages;
  })();
}

function notImplemented(what: string): never {
  throw new NotImplemented(`${what} is not implemented by this engine yet`);
}

export function daemonBackend(
  d: Daemon,
  images: ImageContext,
  extra: Partial<EngineBackend> = {},
): EngineBackend {
  const seconds = () => d.clock.now() / 1000;
  const backend: EngineBackend = {
    // ---- containers
    containerList: async (o) => containerList(d, o),
    containerCreate: async (name, config) => containerCreate(d, config, name || undefined),
    containerInspect: async (id, o) => containerInspect(d, id, o.size),
    containerTop: async (id, psArgs) => containerTop(d, id, psArgs || undefined),
    containerLogs: async (id, o) => {
      const tty = d.containers.get(id).config.Tty ?? false;
      const tail = o.tail === 'all' || o.tail === '' ? undefined : Number.parseInt(o.tail, 10);
      const output = containerLogs(d, id, {
        stdout: o.stdout,
        stderr: o.stderr,
        follow: o.follow,
        timestamps: o.timestamps,
        ...(tail !== undefined && !Number.isNaN(tail) && tail >= 0 ? { tail } : {}),
        ...(o.since !== undefined && o.since > 0 ? { since: o.since * 1000 } : {}),
        ...(o.until !== undefined && o.until > 0 ? { until: o.until * 1000 } : {}),
      });
      return { tty, output };
    },
    containerChanges: async (id) => {
      const changes = containerChanges(d, id);
      return changes.length ? changes : null;
    },
    containerExport: async (id) => containerExport(d, id),
    containerStats: async (id, o) => containerStats(d, id, o.stream && !o.oneShot),
    containerResize: async (id, h, w) => containerResize(d, id, h, w),
    containerStart: async (id) => containerStart(d, id),
    containerStop: (id, timeout) => containerStop(d, id, timeout === undefined ? {} : { timeout }),
    containerRestart: (id, timeout) => containerRestart(d, id, timeout === undefined ? {} : { timeout }),
    containerKill: (id, signal) => containerKill(d, id, signal || undefined),
    containerUpdate: async (id, u) => containerUpdate(d, id, u),
    containerRename: async (id, name) => containerRename(d, id, name),
    containerPause: async (id) => containerPause(d, id),
    containerUnpause: async (id) => containerUnpause(d, id),
    containerAttach: async (id, o, stdin) => {
      const a = containerAttach(d, id, o);
      pipeStdin(
        stdin,
        (s) => a.write(s),
        () => a.closeStdin(),
      );
      return { tty: a.tty, output: a.output };
    },
    containerWait: async (id, condition) => {
      d.containers.get(id);
      const result = containerWait(d, id, condition);
      return { result };
    },
    containerRemove: (id, o) => containerRemove(d, id, { force: o.force, volumes: o.removeVolumes }),
    containerArchiveStat: async (id, path) => containerStatPath(d, id, path),
    containerArchiveGet: async (id, path) => containerArchive(d, id, path),
    containerArchivePut: async (id, path, tar, o) =>
      containerExtract(d, id, path, tar, o.noOverwriteDirNonDir),
    containersPrune: async (filters) => containerPrune(d, filters),
    containerExecCreate: async (id, config) => execCreate(d, id, config),

    // ---- exec
    execStart: async (id, o, stdin) => {
      const s = execStart(d, id, o);
      if (o.Detach) return null;
      pipeStdin(
        stdin,
        (t) => s.write(t),
        () => s.closeStdin(),
      );
      return { tty: s.tty, output: s.output as AsyncIterable<Frame> };
    },
    execResize: async (id, h, w) => execResize(d, id, h, w),
    execInspect: async (id) => execInspect(d, id),

    // ---- images
    imageList: async (o) => listImages(images, { all: o.all, filters: o.filters }),
    imagePull: (image, tag, auth) =>
      progressStream((onProgress) =>
        pullImage(images, image, { tag, ...(auth ? { auth } : {}), onProgress }),
      ),
    imageImport: async (source, repo, tag, o) => {
      const id = importImage(images, await readBody(source), {
        repo,
        tag,
        message: o.message,
        changes: o.changes,
        source: '-',
      });
      return singleMessages([{ status: id }]);
    },
    imageInspect: async (name) => inspectImage(images, name),
    imageHistory: async (name) => imageHistory(images, name),
    imagePush: (name, tag, auth) =>
      progressStream((onProgress) => pushImage(images, name, { tag, ...(auth ? { auth } : {}), onProgress })),
    imageTag: async (name, repo, tag) => {
      tagImage(images, name, repo, tag || undefined);
    },
    imageRemove: async (name, o) => removeImage(images, name, { force: o.force, prune: !o.noprune }),
    imageSearch: (term, limit, filters) =>
      searchImages(images, term, { ...(limit !== undefined ? { limit } : {}), filters }),
    imagesPrune: async (filters) => pruneImages(images, filters),
    imageSave: async (names) => saveImages(images, names),
    imageLoad: async (tar) => singleMessages(loadImages(images, tar)),
    commit: async (container, o, config) => {
      const c = d.containers.get(container);
      const id = commitContainer(
        images,
        { id: c.id, imageId: c.imageId, config: { ...c.config, ...(config ?? {}) }, rw: c.rw },
        { repo: o.repo, tag: o.tag, author: o.author, comment: o.comment, changes: o.changes },
      );
      return { Id: id };
    },
    build: (context, opts) =>
      buildFromApi({ daemon: d, pullImage: (ref) => pullImage(images, ref) }, context, opts),
    auth: (config) => login(images, config),
    buildCachePrune: async (opts) => pruneBuildCacheRecords(images.store, opts, d.clock.now()),

    // ---- networks, volumes: issue 6's engine parts plug in through `extra`
    networkList: () => notImplemented('networks'),
    networkInspect: () => notImplemented('networks'),
    networkCreate: () => notImplemented('networks'),
    networkConnect: () => notImplemented('networks'),
    networkDisconnect: () => notImplemented('networks'),
    networkRemove: () => notImplemented('networks'),
    networksPrune: () => notImplemented('networks'),
    volumeList: () => notImplemented('volumes'),
    volumeCreate: () => notImplemented('volumes'),
    volumeInspect: () => notImplemented('volumes'),
    volumeRemove: () => notImplemented('volumes'),
    volumesPrune: () => notImplemented('volumes'),
    volumesDiskUsage: async () => [],

    // ---- system
    version: async () => versionOf(),
    info: async () => infoOf(d, images),
    events: async (o) => {
      const filter: EventFilter = new Map(o.filters.keys().map((k) => [k, o.filters.get(k)]));
      const ch = new Channel<EventMessage>();
      const sinceMs = o.since === undefined ? Number.POSITIVE_INFINITY : o.since * 1000;
      const untilMs = o.until === undefined ? Number.POSITIVE_INFINITY : o.until * 1000;
      if (o.since !== undefined) for (const e of d.events.history(sinceMs, untilMs, filter)) ch.push(e);
      if (untilMs <= d.clock.now()) {
        ch.end();
        return ch;
      }
      const unsubscribe = d.events.subscribe((e) => ch.push(e), filter);
      let cancelTimer = () => {};
      if (o.until !== undefined) {
        cancelTimer = d.clock.setTimer(untilMs - d.clock.now(), () => ch.end());
      }
      ch.onClose(() => {
        unsubscribe();
        cancelTimer();
      });
      return ch;
    },
    systemDf: async () => {
      const usage = imagesDiskUsage(images);
      const buildCache = buildCacheUsage(images.store);
      return {
        LayersSize: usage.LayersSize,
        Images: usage.Images,
        Containers: containerList(d, { all: true, size: true }),
        Volumes: await merged.volumesDiskUsage(),
        BuildCache: buildCache,
        BuilderSize: buildCache.reduce((n, r) => n + r.Size, 0),
      };
    },
    now: seconds,
  };
  const merged = { ...backend, ...extra };
  return merged;
}

function versionOf(): SystemVersion {
  const id = ENGINE_IDENTITY;
  return {
    Platform: { Name: '' },
    Components: [
      {
        Name: 'Engine',
        Version: id.version,
        Details: {
          ApiVersion: API_VERSION,
          Arch: 'amd64',
          BuildTime: id.buildTime,
          Experimental: 'false',
          GitCommit: id.gitCommit,
          GoVersion: id.goVersion,
          KernelVersion: id.kernelVersion,
          MinAPIVersion: MIN_API_VERSION,
          Os: 'linux',
        },
      },
      { Name: 'containerd', Version: '1.6.20~ds1', Details: { GitCommit: '1.6.20~ds1-1+deb12u3' } },
      { Name: 'runc', Version: '1.1.5+ds1', Details: { GitCommit: '1.1.5+ds1-1+deb12u1' } },
      { Name: 'docker-init', Version: '0.19.0', Details: { GitCommit: '' } },
    ],
    Version: id.version,
    ApiVersion: API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: id.gitCommit,
    GoVersion: id.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: id.kernelVersion,
    BuildTime: id.buildTime,
  };
}

function infoOf(d: Daemon, images: ImageContext): SystemInfo {
  const all = d.containers.all();
  const running = all.filter((c) => c.state === 'running').length;
  const paused = all.filter((c) => c.state === 'paused').length;
  const id = ENGINE_IDENTITY;
  // Fields in dockerd 20.10's order (GET /info), so `docker info --format '{{json .}}'` reads alike.
  return {
    ID: 'BALE:INE0:SIMU:LATE:DENG:INE0:0000:0000:0000:0000:0000:0001',
    Containers: all.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: all.length - running - paused,
    Images: images.store.all().length,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    Plugins: {
      Volume: ['local'],
      Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
      Authorization: null,
      Log: [
        'awslogs',
        'fluentd',
        'gcplogs',
        'gelf',
        'journald',
        'json-file',
        'local',
        'logentries',
        'splunk',
        'syslog',
      ],
    },
    MemoryLimit: true,
    SwapLimit: true,
    KernelMemory: true,
    KernelMemoryTCP: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    BridgeNfIptables: true,
    BridgeNfIp6tables: true,
    Debug: false,
    NFd: 24,
    OomKillDisable: true,
    NGoroutines: 34,
    SystemTime: new Date(d.clock.now()).toISOString().replace('Z', '000000Z'),
    LoggingDriver: 'json-file',
    CgroupDriver: 'cgroupfs',
    CgroupVersion: '1',
    NEventsListener: 0,
    KernelVersion: id.kernelVersion,
    OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
    OSVersion: '12',
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: {
      AllowNondistributableArtifactsCIDRs: [],
      AllowNondistributableArtifactsHostnames: [],
      InsecureRegistryCIDRs: ['127.0.0.0/8'],
      IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } },
      Mirrors: [],
    },
    NCPU: 2,
    MemTotal: 4_110_606_336,
    GenericResources: null,
    DockerRootDir: '/var/lib/docker',
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: 'baleine',
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: id.version,
    Runtimes: {
      'io.containerd.runc.v2': { path: 'runc' },
      'io.containerd.runtime.v1.linux': { path: 'runc' },
      runc: { path: 'runc' },
    },
    DefaultRuntime: 'runc',
    Swarm: {
      NodeID: '',
      NodeAddr: '',
      LocalNodeState: 'inactive',
      ControlAvailable: false,
      Error: '',
      RemoteManagers: null,
    },
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: '1.6.20~ds1-1+deb12u3', Expected: '1.6.20~ds1-1+deb12u3' },
    RuncCommit: { ID: '1.1.5+ds1-1+deb12u1', Expected: '1.1.5+ds1-1+deb12u1' },
    InitCommit: { ID: '', Expected: '' },
    SecurityOptions: ['name=seccomp,profile=default'],
    Warnings: null,
  };
}
