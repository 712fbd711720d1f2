// Volumes and mounts as the daemon's ContainerVolumes hook: at create each requested mount is put on
// the container's filesystem (a named or anonymous volume, filled from the image on first use; a bind
// of the host's files; a tmpfs); volumes stay when the container goes, unless `rm -v` (anonymous only).
import type { MountPoint } from '../../api/types';
import { NotFound } from '../../api/errors';
import type { Container } from '../../container/container';
import { generateId } from '../../container/ids';
import { MemFs } from '../../fs/memfs';
import { EventBus } from '../../events/bus';
import type { FileSystem } from '../../fs/types';
import type { Clock, Random } from '../../world/types';
import { copyTree } from '../../volume/copy';
import { mountRequests, type MountRequest } from '../../volume/specs';
import { VolumeStore, type VolumeRecord } from '../../volume/store';
import type { ContainerVolumes } from '../daemon';
import { volumeEvent } from './events';

interface Mounted {
  request: MountRequest;
  volume: VolumeRecord | null;
}

export class Volumes implements ContainerVolumes {
  readonly store: VolumeStore;
  /** Where volume events go: the daemon's stream once the backend is bound (volumeBackend). */
  events: EventBus;
  private readonly mounted = new Map<string, Mounted[]>();
  /** Container id → (mount target → anonymous volume name) to mount again instead of new ones (restore). */
  private readonly reused = new Map<string, ReadonlyMap<string, string>>();

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
    /** The host's filesystem (a getter: the host may be built after the volumes). */
    private readonly hostFiles: () => FileSystem,
  ) {
    this.store = new VolumeStore(clock);
    this.events = new EventBus(clock);
  }

  private hostFs(): FileSystem {
    return this.hostFiles();
  }

  /**
   * The next mount() of container `id` mounts these anonymous volumes (by target) again instead of
   * creating new ones: a restored engine gives each container back its own anonymous volumes.
   */
  reuseAnonymous(id: string, byTarget: ReadonlyMap<string, string>): void {
    this.reused.set(id, byTarget);
  }

  mount(c: Container): void {
    const list: Mounted[] = [];
    const reused = this.reused.get(c.id);
    this.reused.delete(c.id);
    for (const request of mountRequests(c.config, c.hostConfig)) {
      this.ensureMountPoint(c, request);
      if (request.type === 'bind') {
        if (!this.hostFs().exists(request.source)) {
          if (!request.fromBinds)
            throw new NotFound(
              `invalid mount config for type "bind": bind source path does not exist: ${request.source}`,
            );
          this.hostFs().mkdir(request.source, { recursive: true });
        }
        c.fs.mount(request.target, this.hostFs(), { source: request.source, readOnly: request.readOnly });
        list.push({ request, volume: null });
      } else if (request.type === 'tmpfs') {
        c.fs.mount(request.target, new MemFs({ clock: this.clock }), { readOnly: request.readOnly });
        list.push({ request, volume: null });
      } else {
        const volume = this.store.create(request.source || reused?.get(request.target) || generateId(this.random), {
          anonymous: !request.source,
        });
        this.populate(c, volume, request.target);
        c.fs.mount(request.target, volume.fs, { readOnly: request.readOnly });
        list.push({ request, volume });
      }
    }
    this.mounted.set(c.id, list);
  }

  release(c: Container, removeAnonymous: boolean): void {
    const list = this.mounted.get(c.id) ?? [];
    this.mounted.delete(c.id);
    if (!removeAnonymous) return;
    for (const { volume } of list) {
      if (volume?.anonymous && this.users(volume.name).length === 0) {
        this.store.delete(volume.name);
        volumeEvent(this.events, 'destroy', volume.name);
      }
    }
  }

  mountPoints(c: Container): MountPoint[] {
    return (this.mounted.get(c.id) ?? []).map(({ request, volume }) => {
      if (volume) {
        return {
          Type: 'volume',
          Name: volume.name,
          Source: volume.mountpoint,
          Destination: request.target,
          Driver: 'local',
          Mode: request.mode,
          RW: !request.readOnly,
          Propagation: '',
        };
      }
      return {
        Type: request.type,
        Source: request.source,
        Destination: request.target,
        Mode: request.mode,
        RW: !request.readOnly,
        Propagation: request.type === 'bind' ? 'rprivate' : '',
      };
    });
  }

  /** Ids of the containers (existing, running or not) that mount `name`. */
  users(name: string): string[] {
    return [...this.mounted.entries()]
      .filter(([, list]) => list.some((m) => m.volume?.name === name))
      .map(([id]) => id);
  }

  /** Docker creates the mount point in the container: a directory, or an empty file for a file bind. */
  private ensureMountPoint(c: Container, request: MountRequest): void {
    if (c.fs.exists(request.target)) return;
    const fileBind =
      request.type === 'bind' &&
      this.hostFs().exists(request.source) &&
      this.hostFs().stat(request.source).type === 'file';
    if (!fileBind) return c.fs.mkdir(request.target, { recursive: true, mode: 0o755 });
    const parent = request.target.slice(0, request.target.lastIndexOf('/')) || '/';
    if (!c.fs.exists(parent)) c.fs.mkdir(parent, { recursive: true, mode: 0o755 });
    c.fs.writeFile(request.target, '');
  }

  /** An empty volume mounted over image content gets a copy of it, once. */
  private populate(c: Container, volume: VolumeRecord, target: string): void {
    if (volume.populated || volume.fs.readdir('/').length > 0) return;
    volume.populated = true;
    if (!c.rootfs.exists(target) || c.rootfs.stat(target).type !== 'dir') return;
    copyTree(c.rootfs, target, volume.fs, '/');
  }
}
