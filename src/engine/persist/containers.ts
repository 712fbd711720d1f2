// Containers with what the volume and network layers know of them: the anonymous volumes they mount
// (so they get their own data back, not new empty volumes) and the networks connected after create.
import type { Daemon } from '../daemon/daemon';
import {
  applyContainers,
  saveContainers,
  type DecodedContainer,
  type SavedContainers,
} from '../daemon/container/persist';
import type { Networking } from '../daemon/network/networking';
import type { Volumes } from '../daemon/volume/volumes';
import { EngineSnapshotError } from './errors';

export interface ContainerLayers {
  volumes: Volumes;
  networking: Networking;
}

export function saveAllContainers(d: Daemon, layers: ContainerLayers): SavedContainers {
  return saveContainers(d, (c) => ({
    anonymousVolumes: layers.volumes
      .mountPoints(c)
      .flatMap((m): [string, string][] =>
        m.Type === 'volume' && m.Name && layers.volumes.store.get(m.Name)?.anonymous
          ? [[m.Destination, m.Name]]
          : [],
      ),
    networks: [...layers.networking.extraNetworks(c)],
    sandbox: layers.networking.lastSandboxOf(c),
  }));
}

/** Checks that what the containers refer to (volumes, networks) is in the decoded engine. */
export function checkContainerRefs(
  decoded: DecodedContainer[],
  has: { volume(name: string): boolean; network(id: string): boolean },
): void {
  for (const { saved } of decoded) {
    for (const [, name] of saved.anonymousVolumes ?? [])
      if (!has.volume(name))
        throw new EngineSnapshotError('integrity', `volume ${name} of container ${saved.id} is missing`);
    for (const id of saved.networks ?? [])
      if (!has.network(id))
        throw new EngineSnapshotError('integrity', `network ${id} of container ${saved.id} is missing`);
  }
}

export function applyAllContainers(d: Daemon, decoded: DecodedContainer[], layers: ContainerLayers): void {
  applyContainers(d, decoded, {
    beforeAssemble: (s) => layers.volumes.reuseAnonymous(s.id, new Map(s.anonymousVolumes ?? [])),
    restored: (c, s) => {
      layers.networking.setExtraNetworks(c, s.networks ?? []);
      if (s.sandbox !== undefined) layers.networking.restoreSandbox(c, s.sandbox);
    },
  });
}
