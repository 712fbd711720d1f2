// POST /images/load — moby image/tarexport/load.go: reads a docker-archive, registers its layers
// (verifying each diff_id) and configs, and tags them; answers `Loaded image: …` messages.
import { inflate } from 'pako';
import { InvalidParameter } from '../../api/errors';
import type { JsonMessage } from '../../api/types';
import type { ImageConfigFile } from '../../image/config';
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../../image/reference';
import { Layer } from '../../layer/layer';
import { readTar } from '../../layer/tar';
import { dec, type ArchiveManifestEntry } from './archive';
import type { ImageContext } from './context';
import { knownMiniatureInfo } from './miniature';

export function loadImages(ctx: ImageContext, archive: Uint8Array): JsonMessage[] {
  const bytes = archive[0] === 0x1f && archive[1] === 0x8b ? inflate(archive) : archive;
  const files = new Map<string, Uint8Array>();
  for (const r of readTar(bytes)) if (r.type === 'file') files.set(r.name.replace(/^\.\//, ''), r.data ?? new Uint8Array());
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new InvalidParameter('open /var/lib/docker/tmp/docker-import/manifest.json: no such file or directory');
  const manifest = JSON.parse(dec.decode(manifestBytes)) as ArchiveManifestEntry[];
  const out: JsonMessage[] = [];
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
  return out;
}
