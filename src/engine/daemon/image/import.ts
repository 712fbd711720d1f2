// POST /images/create?fromSrc=… — moby daemon/images/image_import.go: a root filesystem tar (plain or
// gzip) becomes a one-layer image; `-c` changes and `-m` message as for commit.
import { inflate } from 'pako';
import { InvalidParameter } from '../../api/errors';
import { rfc3339Nano, type ImageConfigFile } from '../../image/config';
import { Layer } from '../../layer/layer';
import { TarFormatError } from '../../layer/tar';
import { applyChanges } from './changes';
import type { ImageContext } from './context';
import { parseRepoTag } from './tag';

export interface ImportOptions {
  repo?: string;
  tag?: string;
  message?: string;
  changes?: readonly string[];
  /** What `Imported from …` names: `-` for stdin, or the URL. */
  source?: string;
  platform?: { architecture: string; os: string };
}

function decompress(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? inflate(bytes) : bytes;
}

/** Imports a root filesystem tar; returns the new image ID. */
export function importImage(ctx: ImageContext, tar: Uint8Array, opts: ImportOptions = {}): string {
  const ref = opts.repo ? parseRepoTag(opts.repo, opts.tag) : null;
  let layer: Layer;
  try {
    layer = ctx.store.addLayer(Layer.fromTar(decompress(tar), ctx.hasher));
  } catch (e) {
    if (e instanceof TarFormatError) throw new InvalidParameter(`Error processing tar file(exit status 1): ${e.message}`);
    throw e;
  }
  const created = rfc3339Nano(ctx.clock.now());
  const comment = opts.message || `Imported from ${opts.source ?? '-'}`;
  const file: ImageConfigFile = {
    architecture: opts.platform?.architecture ?? 'amd64',
    os: opts.platform?.os ?? 'linux',
    comment,
    config: applyChanges({}, opts.changes ?? []),
    created,
    docker_version: ctx.dockerVersion ?? '20.10.24+dfsg1',
    history: [{ created, comment }],
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
  };
  const img = ctx.store.createImage(file);
  if (ref) ctx.store.setReference(ref, img.id, created);
  ctx.event?.('import', img.id);
  return img.id;
}
