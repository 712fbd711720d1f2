// POST /images/load — moby image/tarexport/load.go: reads a docker-archive, registers its layers
// (verifying each diff_id) and configs, and tags them; answers `Loaded image: …` messages.
import { inflate } from 'pako';
import { InvalidParameter } from '../../api/errors';
import type { JsonMessage } from '../../api/types';
import type { ImageConfigFile } from '../../image/config';
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../../image/reference';
import { Layer } from '../../layer/layer';
import { readTar, TarFormatError } from '../../layer/tar';
import { dec, type ArchiveManifestEntry } from './archive';
import type { ImageContext } from './context';
import { knownMiniatureInfo } from './miniature';

/**
 * The messages of a load. As dockerd writes every load error into the stream it has begun (no error
 * status), a failure is the stream's last message.
 */
export function loadImages(ctx: ImageContext, archive: Uint8Array): JsonMessage[] {
  const out: JsonMessage[] = [];
  try {
    loadInto(ctx, archive, out);
  } catch (e) {
    const message = e instanceof TarFormatError ? `Error processing tar file(exit status 1): ${e.message}` : (e as Error).message;
    out.push({ errorDetail: { message }, error: message });
  }
  return out;
}

/** Go's ioutil.TempDir suffix: a number that differs from one load to the next (here, from the archive). */
function tempDir(ctx: ImageContext, archive: Uint8Array): string {
  return `/var/lib/docker/tmp/docker-import-${parseInt(ctx.hasher.sha256Sync(archive).slice(0, 8), 16)}`;
}

function loadInto(ctx: ImageContext, archive: Uint8Array, out: JsonMessage[]): void {
  const bytes = archive[0] === 0x1f && archive[1] === 0x8b ? inflate(archive) : archive;
  const files = new Map<string, Uint8Array>();
  for (const r of readTar(bytes)) if (r.type === 'file') files.set(r.name.replace(/^\.\//, ''), r.data ?? new Uint8Array());
  const manifestBytes = files.get('manifest.json');
  // Without a manifest, dockerd reads the archive as a legacy one, which needs its `repositories`.
  if (!manifestBytes) throw new InvalidParameter(`open ${tempDir(ctx, archive)}/repositories: no such file or directory`);
  const manifest = JSON.parse(dec.decode(manifestBytes)) as ArchiveManifestEntry[];
  for (const entry of manifest) {
    const raw = dec.decode(files.get(entry.Config));
    const config = JSON.parse(raw) as ImageConfigFile;
    entry.Layers.forEach((path, i) => {
      const tar = files.get(path);
      if (!tar) throw new InvalidParameter(`open ${path}: no such file or directory`);
      const want = config.rootfs.diff_ids[i];
      const layer = Layer.fromTar(tar, ctx.hasher, knownMiniatureInfo(ctx, want));
      if (layer.diffId !== want) throw new InvalidParameter(`invalid diffID for layer ${i}: expected "${want}", got "${layer.diffId}"`);
      ctx.store.addLayer(layer);
    });
    const img = ctx.store.createImage(config, raw);
    for (const tag of entry.RepoTags ?? []) {
      const ref = withDefaultTag(parseNormalizedNamed(tag, 'daemon'));
      const old = ctx.store.lookupReference(ref);
      if (old && old !== img.id) {
        out.push({ stream: `The image ${familiarString(ref)} already exists, renaming the old one with ID ${old} to empty string\n` });
      }
      ctx.store.setReference(ref, img.id);
      out.push({ stream: `Loaded image: ${familiarString(ref)}\n` });
    }
    if (!entry.RepoTags?.length) out.push({ stream: `Loaded image ID: ${img.id}\n` });
    ctx.event?.('load', img.id);
  }
}
