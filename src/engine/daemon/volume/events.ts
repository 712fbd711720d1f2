// Volume events as dockerd 20.10 publishes them (moby volume/service, daemon/volumes.go): create and
// destroy carry the driver; mount (at start) adds the container, destination, propagation and
// read/write; unmount (after the container died) only the container; prune the space reclaimed.
import type { MountPoint } from '../../api/types';
import type { Container } from '../../container/container';
import type { EventBus } from '../../events/bus';
import type { Daemon } from '../daemon';

export type VolumeEventAction = 'create' | 'destroy';

export function volumeEvent(events: EventBus, action: VolumeEventAction, name: string): void {
  events.publish({ Type: 'volume', Action: action, Actor: { ID: name, Attributes: { driver: 'local' } } });
}

/** `docker volume prune`'s summary (dockerd 20.10 publishes no destroy for the pruned volumes). */
export function volumesPruneEvent(events: EventBus, reclaimed: number): void {
  events.publish({
    Type: 'volume',
    Action: 'prune',
    Actor: { ID: '', Attributes: { reclaimed: String(reclaimed) } },
  });
}

function volumeMounts(d: Daemon, c: Container): (MountPoint & { Name: string })[] {
  return (d.volumes?.mountPoints(c) ?? []).filter(
    (m): m is MountPoint & { Name: string } => m.Type === 'volume' && !!m.Name,
  );
}

/** At container create: each volume it mounts is (looked up or) created, named ones included. */
export function volumeCreateEvents(d: Daemon, c: Container): void {
  for (const m of volumeMounts(d, c)) volumeEvent(d.events, 'create', m.Name);
}

/** At start, after the networks are connected: one mount per volume. */
export function volumeMountEvents(d: Daemon, c: Container): void {
  for (const m of volumeMounts(d, c)) {
    d.events.publish({
      Type: 'volume',
      Action: 'mount',
      Actor: {
        ID: m.Name,
        Attributes: {
          container: c.id,
          destination: m.Destination,
          driver: m.Driver ?? 'local',
          propagation: m.Propagation,
          'read/write': String(m.RW),
        },
      },
    });
  }
}

/** When the container stopped, after its networks let go. */
export function volumeUnmountEvents(d: Daemon, c: Container): void {
  for (const m of volumeMounts(d, c)) {
    d.events.publish({
      Type: 'volume',
      Action: 'unmount',
      Actor: { ID: m.Name, Attributes: { container: c.id, driver: m.Driver ?? 'local' } },
    });
  }
}
