// Saving and restoring the containers with the rest of the engine (a browser reload is a host reboot):
// configuration, lifecycle, RW layer (as a layer tar), log. A container that was up comes back
// stopped with exit code 255, as after a reboot, and the restart policy decides what starts again, as
// dockerd does at boot (the restart manager's verdict on the last exit; recorded on a real dockerd in
// test/engine/persist/fixtures/daemon-restart.txt: always, unless-stopped and on-failure come back).
import type { ContainerConfig, HostConfig, NetworkingConfig } from '../../api/types';
import type { Container } from '../../container/container';
import type { LogEntry } from '../../container/logs';
import { containerMachine, type ContainerContext, type ContainerStateValue } from '../../container/machine';
import { restartDecision } from '../../container/restart-policy';
import { tarEntries } from '../../layer/layer-tar';
import { RwLayer } from '../../layer/rwlayer';
import { readTar } from '../../layer/tar';
import { arr, bytes, list, num, obj, str, strings } from '../../persist/check';
import { decoding, EngineSnapshotError } from '../../persist/errors';
import type { Daemon } from '../daemon';
import { assembleContainer } from './assemble';
import { launch } from './launch';

export const SAVED_CONTAINERS_VERSION = 1;

export interface SavedContainer {
  id: string;
  name: string;
  created: number;
  config: ContainerConfig;
  hostConfig: HostConfig;
  networkingConfig: NetworkingConfig;
  imageId: string;
  path: string;
  args: string[];
  state: ContainerStateValue;
  context: ContainerContext;
  /** The RW layer as a layer tar (whiteouts included). */
  rw: Uint8Array;
  log: LogEntry[];
  /** Anonymous volumes mounted, as [target, volume name] (they get their data back). */
  anonymousVolumes?: [string, string][];
  /** Network IDs connected after create (`docker network connect`). */
  networks?: string[];
  /** The sandbox of its last start (inspect's SandboxID once stopped). */
  sandbox?: string;
}

export interface SavedContainers {
  version: number;
  containers: SavedContainer[];
}

/** What the volume and network layers add to a saved container. */
export type ContainerExtras = (
  c: Container,
) => Pick<SavedContainer, 'anonymousVolumes' | 'networks' | 'sandbox'>;

/** Exit code of containers that were up when the engine went away. */
export const CRASH_EXIT_CODE = 255;

export function saveContainers(d: Daemon, extras?: ContainerExtras): SavedContainers {
  return {
    version: SAVED_CONTAINERS_VERSION,
    containers: d.containers
      .all()
      .filter((c) => c.state !== 'removing' && c.state !== 'removed')
      .map((c) => ({
        id: c.id,
        name: c.name,
        created: c.created,
        config: structuredClone(c.config),
        hostConfig: structuredClone(c.hostConfig),
        networkingConfig: structuredClone(c.networkingConfig),
        imageId: c.imageId,
        path: c.path,
        args: [...c.args],
        state: c.state,
        context: structuredClone(c.view.context),
        rw: c.rw.freeze(d.world.hasher).toTar(),
        log: c.log.read(),
        ...extras?.(c),
      })),
  };
}

function wasUp(state: ContainerStateValue): boolean {
  return state === 'running' || state === 'paused' || state === 'restarting';
}

const STATES = new Set<ContainerStateValue>(['created', 'running', 'paused', 'restarting', 'exited', 'dead']);

export interface DecodedContainer {
  saved: SavedContainer;
  rw: RwLayer;
}

function checkContext(value: unknown, path: string): ContainerContext {
  const c = obj(value, path);
  num(c.pid, `${path}.pid`);
  num(c.exitCode, `${path}.exitCode`);
  num(c.restartCount, `${path}.restartCount`);
  obj(c.restartPolicy, `${path}.restartPolicy`);
  if (c.startedAt !== null) num(c.startedAt, `${path}.startedAt`);
  return c as unknown as ContainerContext;
}

function checkLog(value: unknown, path: string): LogEntry[] {
  return list(value, path, (v, p) => {
    const e = obj(v, p);
    const stream = str(e.stream, `${p}.stream`);
    if (stream !== 'stdout' && stream !== 'stderr')
      throw new EngineSnapshotError('shape', `${p}.stream: ${stream}`);
    num(e.time, `${p}.time`);
    str(e.text, `${p}.text`);
    return e as unknown as LogEntry;
  });
}

/**
 * Checks saved containers (their shape, their RW layers, that their images exist) without touching the
 * daemon; throws EngineSnapshotError on anything wrong.
 */
export function decodeContainers(value: unknown, hasImage: (id: string) => boolean): DecodedContainer[] {
  const o = obj(value, 'containers');
  const version = num(o.version, 'containers.version');
  if (version !== SAVED_CONTAINERS_VERSION)
    throw new EngineSnapshotError('version', `unsupported saved containers version ${version}`);
  return list(o.containers, 'containers.containers', (v, path) => {
    const s = obj(v, path);
    const id = str(s.id, `${path}.id`);
    str(s.name, `${path}.name`);
    num(s.created, `${path}.created`);
    obj(s.config, `${path}.config`);
    obj(s.hostConfig, `${path}.hostConfig`);
    obj(s.networkingConfig, `${path}.networkingConfig`);
    str(s.path, `${path}.path`);
    strings(s.args, `${path}.args`);
    const state = str(s.state, `${path}.state`) as ContainerStateValue;
    if (!STATES.has(state)) throw new EngineSnapshotError('shape', `${path}.state: unknown state ${state}`);
    checkContext(s.context, `${path}.context`);
    checkLog(s.log, `${path}.log`);
    if (s.anonymousVolumes !== undefined)
      list(s.anonymousVolumes, `${path}.anonymousVolumes`, (p, at) => strings(arr(p, at), at));
    if (s.networks !== undefined) strings(s.networks, `${path}.networks`);
    if (s.sandbox !== undefined) str(s.sandbox, `${path}.sandbox`);
    const imageId = str(s.imageId, `${path}.imageId`);
    if (!hasImage(imageId))
      throw new EngineSnapshotError('integrity', `image ${imageId} of container ${id} is missing`);
    const tar = bytes(s.rw, `${path}.rw`);
    const rw = decoding(`RW layer of container ${id}`, () => {
      const layer = new RwLayer();
      for (const [p, entry] of tarEntries(readTar(tar))) layer.set(p, entry);
      return layer;
    });
    return { saved: s as unknown as SavedContainer, rw };
  });
}

export interface RestoreHooks {
  /** Before the container's filesystem is assembled (its volumes mounted). */
  beforeAssemble?(saved: SavedContainer): void;
  /** Once it is in the store, before any restart policy starts containers. */
  restored?(c: Container, saved: SavedContainer): void;
}

/** Recreates decoded containers (their images must be in the store), then applies restart policies. */
export function applyContainers(d: Daemon, decoded: DecodedContainer[], hooks: RestoreHooks = {}): void {
  const toStart: Container[] = [];
  for (const { saved: s, rw } of decoded) {
    const image = d.images.get(s.imageId);
    if (!image)
      throw new EngineSnapshotError('integrity', `image ${s.imageId} of container ${s.id} is missing`);
    const up = wasUp(s.state);
    const now = d.clock.now();
    const context: ContainerContext = up
      ? {
          ...s.context,
          pid: 0,
          exitCode: CRASH_EXIT_CODE,
          finishedAt: now,
          health: s.context.health && { ...s.context.health, status: 'unhealthy' },
        }
      : s.context;
    const snapshot = containerMachine.resolveState({ value: up ? 'exited' : s.state, context });
    hooks.beforeAssemble?.(s);
    const c = assembleContainer(d, {
      id: s.id,
      name: s.name,
      created: s.created,
      config: s.config,
      hostConfig: s.hostConfig,
      networkingConfig: s.networkingConfig,
      image,
      path: s.path,
      args: s.args,
      rw,
      snapshot,
    });
    for (const e of s.log) c.log.append(e);
    d.containers.reserveName(s.name, s.id);
    d.containers.add(c);
    hooks.restored?.(c, s);
    // moby restore: AutoRestart && ShouldRestart() && HasBeenStartedBefore.
    const decision = restartDecision(context, context.exitCode, now);
    if (c.state === 'exited' && context.startedAt !== null && decision.restart) toStart.push(c);
  }
  for (const c of toStart) {
    try {
      launch(d, c);
    } catch {
      // The machine recorded why it could not start, as dockerd logs it at boot.
    }
  }
}

/** Recreates saved containers (their images must be in the store); throws EngineSnapshotError on a bad save. */
export function restoreContainers(d: Daemon, saved: SavedContainers, hooks?: RestoreHooks): void {
  applyContainers(
    d,
    decodeContainers(saved, (id) => d.images.get(id) !== undefined),
    hooks,
  );
}
