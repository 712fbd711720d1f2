// GET /images/{name}/json — moby daemon/images/image_inspect (20.10 router's ImageInspect shape).
import { NotFound } from '../../api/errors';
import type { ImageInspect } from '../../api/types';
import { goContainerConfig } from '../../image/container-config';
import type { ImageContext } from './context';

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** A stable fake overlay2 directory for an image's top layer (Docker shows the host's paths). */
function graphDir(ctx: ImageContext, id: string): string {
  return `/var/lib/docker/overlay2/${ctx.hasher.sha256Sync(`graph:${id}`)}`;
}

/** daemon.LookupImage: GetImage's error wrapped with the name asked for (`no such image: x: No such image: x`). */
function lookupImage(ctx: ImageContext, name: string) {
  try {
    return ctx.store.resolve(name);
  } catch (err) {
    if (err instanceof NotFound) throw new NotFound(`no such image: ${name}: ${err.message}`);
    throw err;
  }
}

export function inspectImage(ctx: ImageContext, name: string): ImageInspect {
  const img = lookupImage(ctx, name);
  const c = img.config;
  const dir = graphDir(ctx, img.id);
  const lowers = img.layers.slice(0, -1).map((l) => `${graphDir(ctx, l.diffId)}/diff`);
  const data: Record<string, string> = {};
  if (lowers.length) data.LowerDir = lowers.reverse().join(':');
  data.MergedDir = `${dir}/merged`;
  data.UpperDir = `${dir}/diff`;
  data.WorkDir = `${dir}/work`;
  const out: ImageInspect = {
    Id: img.id,
    RepoTags: ctx.store.repoTags(img.id),
    RepoDigests: ctx.store.repoDigests(img.id),
    Parent: c.parent ?? '',
    Comment: c.comment ?? '',
    Created: c.created,
    Container: c.container ?? '',
    ContainerConfig: goContainerConfig(c.container_config),
    DockerVersion: c.docker_version ?? '',
    Author: c.author ?? '',
    Config: goContainerConfig(c.config),
    Architecture: c.architecture,
    Os: c.os,
    Size: img.size,
    VirtualSize: img.size,
    GraphDriver: { Data: data, Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: [...c.rootfs.diff_ids] },
    Metadata: { LastTagTime: ctx.store.lastTagTime(img.id) ?? ZERO_TIME },
  };
  if (c.variant) out.Variant = c.variant;
  return out;
}
