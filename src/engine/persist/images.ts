// The image store saved: layers by diff_id (their tars as content, written once), image configs by
// their exact bytes, references, last tag times and distribution metadata.
import type { ImageConfigFile } from '../image/config';
import { imageId } from '../image/config';
import { parseNormalizedNamed, referenceString } from '../image/reference';
import type { BlobInfo, ImageStore } from '../image/store';
import { Layer } from '../layer/layer';
import { tarEntries } from '../layer/layer-tar';
import { readTar } from '../layer/tar';
import type { Hasher } from '../world/types';
import { arr, list, num, obj, str } from './check';
import { decoding, EngineSnapshotError } from './errors';
import { layerKey, type ContentSink, type SavedImages, type SavedLayer } from './format';

export function saveImages(store: ImageStore, sink: ContentSink): SavedImages {
  const images = store.all();
  const layers: SavedLayer[] = [];
  const blobs: BlobInfo[] = [];
  for (const layer of store.allLayers()) {
    layers.push({ diffId: layer.diffId, size: layer.size });
    sink.put(layerKey(layer.diffId), () => layer.toTar());
    const blob = store.blobForLayer(layer.diffId);
    if (blob) blobs.push(structuredClone(blob));
  }
  const references: [string, string][] = [];
  const tagTimes: [string, string][] = [];
  for (const image of images) {
    for (const ref of store.references(image.id)) references.push([referenceString(ref), image.id]);
    const time = store.lastTagTime(image.id);
    if (time !== undefined) tagTimes.push([image.id, time]);
  }
  return { layers, configs: images.map((i) => i.raw), references, tagTimes, blobs };
}

/** A saved layer rebuilt from its tar in `content`, keeping its diff_id and reported size. */
export function decodeLayer(
  diffId: string,
  size: number,
  content: Record<string, Uint8Array>,
  hasher: Hasher,
): Layer {
  const tar = content[layerKey(diffId)];
  if (!tar) throw new EngineSnapshotError('missing-content', `layer ${diffId} is missing`);
  return decoding(`layer ${diffId}`, () =>
    Layer.create(tarEntries(readTar(tar)), hasher, { diffId, apparentSize: size }),
  );
}

export interface DecodedImages {
  layers: Layer[];
  configs: { id: string; raw: string; config: ImageConfigFile }[];
  references: [string, string][];
  tagTimes: Map<string, string>;
  blobs: BlobInfo[];
}

function pair(value: unknown, path: string): [string, string] {
  const a = arr(value, path);
  return [str(a[0], `${path}[0]`), str(a[1], `${path}[1]`)];
}

/** Checks the saved images against their content and rebuilds the layers, without touching any store. */
export function decodeImages(
  value: unknown,
  content: Record<string, Uint8Array>,
  hasher: Hasher,
): DecodedImages {
  const o = obj(value, 'images');
  const layers = list(o.layers, 'images.layers', (v, path) => {
    const l = obj(v, path);
    return decodeLayer(str(l.diffId, `${path}.diffId`), num(l.size, `${path}.size`), content, hasher);
  });
  const known = new Set(layers.map((l) => l.diffId));
  const configs = list(o.configs, 'images.configs', (v, path) => {
    const raw = str(v, path);
    const config = decoding(path, () => JSON.parse(raw) as ImageConfigFile);
    const diffIds = obj(config, path).rootfs;
    for (const d of arr(obj(diffIds, `${path}.rootfs`).diff_ids, `${path}.rootfs.diff_ids`)) {
      if (!known.has(str(d, `${path}.rootfs.diff_ids[]`)))
        throw new EngineSnapshotError('missing-content', `layer ${String(d)} of an image is missing`);
    }
    return { id: imageId(raw, hasher), raw, config };
  });
  const ids = new Set(configs.map((c) => c.id));
  const references = list(o.references, 'images.references', pair);
  for (const [ref, id] of references) {
    if (!ids.has(id))
      throw new EngineSnapshotError('integrity', `reference ${ref} names unknown image ${id}`);
    decoding(`reference ${ref}`, () => parseNormalizedNamed(ref));
  }
  const blobs = list(o.blobs, 'images.blobs', (v, path) => {
    const b = obj(v, path);
    str(b.digest, `${path}.digest`);
    num(b.size, `${path}.size`);
    str(b.repository, `${path}.repository`);
    str(b.diffId, `${path}.diffId`);
    return b as unknown as BlobInfo;
  });
  return { layers, configs, references, tagTimes: new Map(list(o.tagTimes, 'images.tagTimes', pair)), blobs };
}

export function applyImages(store: ImageStore, d: DecodedImages): void {
  for (const layer of d.layers) store.addLayer(layer);
  for (const { raw, config } of d.configs) store.createImage(config, raw);
  for (const [ref, id] of d.references) store.setReference(parseNormalizedNamed(ref), id, d.tagTimes.get(id));
  for (const blob of d.blobs) store.recordBlob(blob.diffId!, blob);
}
