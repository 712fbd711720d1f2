// The daemon root (moby daemon.Daemon): the injected world, the process kernel, the stores, the event
// stream, and the hooks other subsystems (networks, volumes) plug into. Operations live one per file
// in daemon/container, daemon/exec, daemon/image… and take the daemon as their first argument.
import type { Labels, MountPoint, NetworkSettings, Port } from '../api/types';
import type { Container } from '../container/container';
import type { HostsEntry, ResolvOptions } from '../container/etc-files';
import { buildInitLayer } from '../container/init-layer';
import { ContainerStore } from '../container/store';
import { EventBus } from '../events/bus';
import type { FileSystem } from '../fs/types';
import type { ImageStore } from '../image/store';
import type { Layer } from '../layer/layer';
import { loopbackNet } from '../process/loopback';
import type { Kernel } from '../process/kernel';
import type { NetStack, ProgramTable } from '../process/types';
import type { Clock, Random, World } from '../world/types';
import { ExecStore } from './exec/store';
import type { ImageEventAction, ImageUsers } from './image/context';

/** What the network layer gives a container when it starts (issue 6 plugs in here). */
export interface ContainerNetworkAttachment {
  net: NetStack;
  /** The address /etc/hosts maps the container's hostname to; null without a network. */
  ip: string | null;
  extraHosts?: HostsEntry[];
  dns?: ResolvOptions;
}

export interface ContainerNetworking {
  /** Called at each start, before the first process runs. */
  connect(container: Container): ContainerNetworkAttachment;
  /** Called when the container stops (its endpoints go away). */
  disconnect(container: Container): void;
  /** Called at removal. */
  remove?(container: Container): void;
  /** `docker ps` PORTS: the container's published and exposed ports. */
  ports?(container: Container): Port[];
  /** Bytes received and sent by the container (`docker stats` NET I/O). */
  counters?(container: Container): { rx_bytes: number; tx_bytes: number } | null;
  /** Inspect's NetworkSettings (default: Docker's shape for a container never connected). */
  settings?(container: Container): NetworkSettings;
}

/** Volumes and bind mounts (issue 6): mounts them on the container's filesystem at create. */
export interface ContainerVolumes {
  mount(container: Container): void;
  /** At removal; `removeAnonymous` for `docker rm -v`. */
  release(container: Container, removeAnonymous: boolean): void;
  /** Inspect's and ps's `Mounts`. */
  mountPoints(container: Container): MountPoint[];
}

/** Before the network layer: loopback only, no address. */
export const NO_NETWORKING: ContainerNetworking = {
  connect: () => ({ net: loopbackNet(), ip: null }),
  disconnect: () => {},
};

/** The resolver a container gets when the network layer says nothing (Docker copies the host's). */
export const DEFAULT_DNS: ResolvOptions = { nameservers: ['8.8.8.8', '8.8.4.4'] };

export interface DaemonOptions {
  world: World;
  kernel: Kernel;
  images: ImageStore;
  networking?: ContainerNetworking;
  volumes?: ContainerVolumes;
  /** Where the host's files are (bind mounts, `docker cp` from the host are done by callers). */
  hostFs?: FileSystem;
  /** The programs an image's executable stubs run (default: the kernel's, i.e. the host's). */
  containerPrograms?: ProgramTable;
}

export class Daemon {
  readonly world: World;
  readonly clock: Clock;
  readonly random: Random;
  readonly kernel: Kernel;
  readonly images: ImageStore;
  readonly containers = new ContainerStore();
  readonly execs = new ExecStore();
  readonly events: EventBus;
  networking: ContainerNetworking;
  volumes: ContainerVolumes | null;
  /** What containers' executables run: undefined means the kernel's own table. */
  readonly containerPrograms: ProgramTable | undefined;
  private init: Layer | null = null;

  constructor(opts: DaemonOptions) {
    this.containerPrograms = opts.containerPrograms;
    this.world = opts.world;
    this.clock = opts.world.clock;
    this.random = opts.world.random;
    this.kernel = opts.kernel;
    this.images = opts.images;
    this.events = new EventBus(this.clock);
    this.networking = opts.networking ?? NO_NETWORKING;
    this.volumes = opts.volumes ?? null;
  }

  /** The init layer every container's RW layer sits on. */
  get initLayer(): Layer {
    return (this.init ??= buildInitLayer(this.world.hasher));
  }

  /** The containers' side of the image operations (`rmi` conflicts, `system df`): pass as ImageContext.users. */
  readonly imageUsers: ImageUsers = {
    containersUsing: (imageId) =>
      this.containers
        .all()
        .filter((c) => c.imageId === imageId)
        .sort((a, b) => a.created - b.created)
        .map((c) => ({ id: c.id, running: c.isUp, size: c.rw.size })),
  };

  /** Image events on the daemon's stream: pass as ImageContext.event. */
  readonly imageEvent = (action: ImageEventAction, id: string, ref?: string): void => {
    const byRef = action === 'pull' || action === 'push';
    this.events.publish({
      Type: 'image',
      Action: action,
      Actor: { ID: byRef && ref ? ref : id, Attributes: { name: ref ?? id } },
    });
  };

  /** A container event with Docker's attributes: the container's labels, its image and name. */
  containerEvent(container: Container, action: string, attributes: Labels = {}): void {
    const image = container.config.Image ?? '';
    this.events.publish({
      Type: 'container',
      Action: action,
      Actor: {
        ID: container.id,
        Attributes: { ...(container.config.Labels ?? {}), ...attributes, image, name: container.bareName },
      },
      from: image,
    });
  }
}
