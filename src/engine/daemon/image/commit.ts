// POST /commit — moby daemon/commit.go: a new image from a container's RW layer on top of its image,
// with `-c` changes, `-m` comment and `-a` author; the history entry's CreatedBy is the container's Cmd.
import type { ContainerConfig } from '../../api/types';
import { rfc3339Nano, type ImageConfigFile } from '../../image/config';
import type { RwLayer } from '../../layer/rwlayer';
import { applyChanges } from './changes';
import type { ImageContext } from './context';
import { parseRepoTag } from './tag';

export interface CommitSource {
  /** Full container ID. */
  id: string;
  /** The image the container was created from (`sha256:…`). */
  imageId: string;
  /** The container's Config (what its inspect shows). */
  config: ContainerConfig;
  rw: RwLayer;
}

export interface CommitOptions {
  repo?: string;
  tag?: string;
  author?: string;
  comment?: string;
  changes?: readonly string[];
}

/** Commits the container; returns the new image ID. */
export function commitContainer(ctx: ImageContext, src: CommitSource, opts: CommitOptions = {}): string {
  const ref = opts.repo ? parseRepoTag(opts.repo, opts.tag) : null;
  const parent = ctx.store.resolve(src.imageId);
  const config = applyChanges({ ...src.config, Labels: src.config.Labels ?? {} }, opts.changes ?? []);
  const layer = ctx.store.addLayer(src.rw.freeze(ctx.hasher));
  const created = rfc3339Nano(ctx.clock.now());
  const file: ImageConfigFile = {
    architecture: parent.config.architecture,
    variant: parent.config.variant,
    os: parent.config.os,
    author: opts.author || undefined,
    comment: opts.comment || undefined,
    config,
    container: src.id,
    container_config: src.config,
    created,
    docker_version: ctx.dockerVersion ?? '20.10.24+dfsg1',
    history: [
      ...parent.config.history,
      {
        created,
        author: opts.author || undefined,
        created_by: (src.config.Cmd ?? []).join(' '),
        comment: opts.comment || undefined,
      },
    ],
    parent: parent.id,
    rootfs: { type: 'layers', diff_ids: [...parent.config.rootfs.diff_ids, layer.diffId] },
  };
  const img = ctx.store.createImage(file);
  if (ref) ctx.store.setReference(ref, img.id, created);
  return img.id;
}
