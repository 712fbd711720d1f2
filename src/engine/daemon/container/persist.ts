// Saving and restoring the containers with the rest of the engine (a browser reload is a daemon
// restart): configuration, lifecycle, RW layer (as a layer tar), log. A container that was up comes
// back stopped with exit code 255, as after a daemon crash, and the restart policy decides what
// starts again, as dockerd does at boot (the restart manager's verdict on the last exit).
import type { ContainerConfig, HostConfig, NetworkingConfig } from '../../api/types';
import type { LogEntry } from '../../container/logs';
import { containerMachine, type ContainerContext, type ContainerStateValue } from '../../container/machine';
import { restartDecision } from '../../container/restart-policy';
import { tarEntries } from '../../layer/layer-tar';
import { RwLayer } from '../../layer/rwlayer';
import { readTar } from '../../layer/tar';
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
}

export interface SavedContainers {
  version: number;
  containers: SavedContainer[];
}

/** Exit code of containers that were up when the engine went away. */
export const CRASH_EXIT_CODE = 255;

export function saveContainers(d: Daemon): SavedContainers {
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
      })),
  };
}

function wasUp(state: ContainerStateValue): boolean {
  return state === 'running' || state === 'paused' || state === 'restarting';
}

/** Recreates saved containers (their images must be in the store); throws on an incompatible save. */
export function restoreContainers(d: Daemon, saved: SavedContainers): void {
  if (saved.version !== SAVED_CONTAINERS_VERSION)
    throw new Error(`unsupported saved containers version ${saved.version}`);
  const toStart = [];
  for (const s of saved.containers) {
    const image = d.images.get(s.imageId);
    if (!image) throw new Error(`image ${s.imageId} of container ${s.id} is missing`);
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
    const rw = new RwLayer();
    for (const [path, entry] of tarEntries(readTar(s.rw))) rw.set(path, entry);
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
