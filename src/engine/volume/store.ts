// Local volumes (moby volume/local): a directory tree each, named or anonymous (a random 64-hex name),
// kept until removed: the data outlives the containers that mounted it.
import { goMap } from '../api/go-map';
import type { Labels, Volume } from '../api/types';
import { MemFs } from '../fs/memfs';
import type { Clock } from '../world/types';

export const VOLUMES_ROOT = '/var/lib/docker/volumes';

export class VolumeRecord {
  /** Copied from the image at the first mount over non-empty image content (done once). */
  populated = false;

  constructor(
    readonly name: string,
    readonly created: number,
    readonly fs: MemFs,
    readonly anonymous: boolean,
    readonly labels: Labels | null,
    readonly options: Labels | null,
  ) {}

  get mountpoint(): string {
    return `${VOLUMES_ROOT}/${this.name}/_data`;
  }

  toApi(): Volume {
    return {
      CreatedAt: new Date(Math.floor(this.created / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      Driver: 'local',
      Labels: this.labels,
      Mountpoint: this.mountpoint,
      Name: this.name,
      Options: this.options,
      Scope: 'local',
    };
  }
}

/** Labels and driver options as dockerd keeps them: an empty map is nil (`null` in inspect). */
function goMapOrNull(m: Labels | null | undefined): Labels | null {
  return m && Object.keys(m).length > 0 ? goMap(m) : null;
}

export class VolumeStore {
  private readonly volumes = new Map<string, VolumeRecord>();

  constructor(private readonly clock: Clock) {}

  /** Creates `name`, or returns it when it exists already (`docker volume create` is idempotent). */
  create(
    name: string,
    opts: { anonymous?: boolean; labels?: Labels | null; options?: Labels | null } = {},
  ): VolumeRecord {
    const existing = this.volumes.get(name);
    if (existing) return existing;
    const v = new VolumeRecord(
      name,
      this.clock.now(),
      new MemFs({ clock: this.clock }),
      opts.anonymous ?? false,
      goMapOrNull(opts.labels),
      goMapOrNull(opts.options),
    );
    this.volumes.set(name, v);
    return v;
  }

  /** Puts back a volume saved with the engine (a reload), replacing any of the same name. */
  restore(record: VolumeRecord): void {
    this.volumes.set(record.name, record);
  }

  get(name: string): VolumeRecord | null {
    return this.volumes.get(name) ?? null;
  }

  delete(name: string): void {
    this.volumes.delete(name);
  }

  all(): VolumeRecord[] {
    return [...this.volumes.values()];
  }
}
