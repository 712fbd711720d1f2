// A container record wired to its filesystem: the image's layers, the init layer and its RW layer
// in a union, the mount table over it (/etc files, /proc, /sys, tmpfs, volumes). Shared by `create`
// and by the restore of a saved engine.
import type { ContainerConfig, HostConfig, NetworkingConfig } from '../../api/types';
import { Container } from '../../container/container';
import type { ContainerSnapshot } from '../../container/status';
import type { ImageRecord } from '../../image/store';
import { MemFs } from '../../fs/memfs';
import { MountFs } from '../../fs/mounts';
import { ProcFs } from '../../process/procfs';
import { RwLayer } from '../../layer/rwlayer';
import { UnionFs } from '../../layer/union';
import type { Daemon } from '../daemon';

export interface ContainerParts {
  id: string;
  name: string;
  created: number;
  config: ContainerConfig;
  hostConfig: HostConfig;
  networkingConfig: NetworkingConfig;
  image: ImageRecord;
  path: string;
  args: string[];
  rw?: RwLayer;
  /** A lifecycle snapshot to resume from (restore). */
  snapshot?: ContainerSnapshot;
}

export function assembleContainer(d: Daemon, parts: ContainerParts): Container {
  const rw = parts.rw ?? new RwLayer();
  const rootfs = new UnionFs([...parts.image.layers, d.initLayer], rw, { now: () => d.clock.now() });
  const fs = new MountFs(rootfs, { readOnly: parts.hostConfig.ReadonlyRootfs ?? false });
  const c = new Container({
    id: parts.id,
    name: parts.name,
    created: parts.created,
    config: parts.config,
    hostConfig: parts.hostConfig,
    networkingConfig: parts.networkingConfig,
    imageId: parts.image.id,
    path: parts.path,
    args: parts.args,
    rw,
    rootfs,
    fs,
    files: new MemFs({ clock: d.clock }),
    proc: new ProcFs(),
    sys: new MemFs({ clock: d.clock }),
    clock: d.clock,
    snapshot: parts.snapshot,
  });
  for (const file of ['hostname', 'hosts', 'resolv.conf']) {
    c.files.writeFile(`/${file}`, '', { mode: 0o644 });
    c.fs.mount(`/etc/${file}`, c.files, { source: `/${file}` });
  }
  c.fs.mount('/proc', c.proc, { readOnly: true });
  c.fs.mount('/sys', c.sys, { readOnly: true });
  for (const target of Object.keys(c.hostConfig.Tmpfs ?? {}))
    c.fs.mount(target, new MemFs({ clock: d.clock }));
  d.volumes?.mount(c);
  return c;
}
