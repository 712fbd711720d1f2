// The image store: layers by diff_id (shared by every image and container), image configs by ID,
// and the reference store (tags and repo digests), as moby's layer store, image store and refstore.
import { NotFound, InvalidParameter } from '../api/errors';
import type { Hasher } from '../world/types';
import { Layer } from '../layer/layer';
import { RwLayer } from '../layer/rwlayer';
import { UnionFs } from '../layer/union';
import { imageId, serializeConfig, shortId, type ImageConfigFile } from './config';
import {
  familiarName,
  familiarString,
  fullName,
  parseNormalizedNamed,
  referenceString,
  withDefaultTag,
  type Reference,
} from './reference';

export interface BlobInfo {
  /** sha256 digest of the compressed blob. */
  digest: string;
  /** Size of the blob as manifests declare it. */
  size: number;
  /** Repository (`docker.io/library/busybox`) the blob was pulled from or pushed to. */
  repository: string;
  diffId?: string;
  /** Uncompressed size annotation, kept to rebuild manifests. */
  annotations?: Record<string, string>;
}

export interface ImageRecord {
  /** `sha256:<hex>` of the config bytes. */
  readonly id: string;
  readonly config: ImageConfigFile;
  /** The config's exact bytes (what its ID hashes). */
  readonly raw: string;
  readonly layers: readonly Layer[];
  /** Sum of the layers' sizes (what `docker images` shows). */
  readonly size: number;
}

export class ImageStore {
  private readonly layerMap = new Map<string, Layer>();
  private readonly images = new Map<string, ImageRecord>();
  /** Canonical reference string (`docker.io/library/busybox:latest`, `…@sha256:…`) → image ID. */
  private readonly refs = new Map<string, string>();
  private readonly tagTimes = new Map<string, string>();
  /** Distribution metadata (moby's v2metadata): compressed blob ↔ diff_id, and where a blob came from. */
  private readonly blobs = new Map<string, BlobInfo>();
  private readonly blobOfDiff = new Map<string, string>();

  constructor(readonly hasher: Hasher) {}

  // ---- layers ----

  /** Registers a layer, returning the one already stored under the same diff_id if any. */
  addLayer(layer: Layer): Layer {
    const have = this.layerMap.get(layer.diffId);
    if (have) return have;
    this.layerMap.set(layer.diffId, layer);
    return layer;
  }

  layer(diffId: string): Layer | undefined {
    return this.layerMap.get(diffId);
  }

  /** Every stored layer (the layer store's content). */
  allLayers(): Layer[] {
    return [...this.layerMap.values()];
  }

  /** Drops layers that no image references any more (after image deletion). */
  releaseUnusedLayers(keep: (diffId: string) => boolean = () => false): void {
    const used = new Set<string>();
    for (const img of this.images.values()) for (const l of img.layers) used.add(l.diffId);
    for (const id of [...this.layerMap.keys()]) if (!used.has(id) && !keep(id)) this.layerMap.delete(id);
  }

  /** Remembers that `layer` travels as the compressed blob `info.digest` (pull or push). */
  recordBlob(diffId: string, info: BlobInfo): void {
    this.blobs.set(info.digest, { ...info, diffId });
    this.blobOfDiff.set(diffId, info.digest);
  }

  /** The layer a compressed blob digest unpacks to, if it is in the store. */
  layerForBlob(digest: string): Layer | undefined {
    const info = this.blobs.get(digest);
    return info?.diffId ? this.layerMap.get(info.diffId) : undefined;
  }

  blobForLayer(diffId: string): BlobInfo | undefined {
    const digest = this.blobOfDiff.get(diffId);
    return digest ? this.blobs.get(digest) : undefined;
  }

  // ---- images ----

  /** Stores an image from its config; every diff_id must already be in the layer store. */
  createImage(config: ImageConfigFile, raw = serializeConfig(config)): ImageRecord {
    const id = imageId(raw, this.hasher);
    const have = this.images.get(id);
    if (have) return have;
    const layers = config.rootfs.diff_ids.map((d) => {
      const l = this.layerMap.get(d);
      if (!l) throw new InvalidParameter(`layer does not exist: ${d}`);
      return l;
    });
    const record: ImageRecord = { id, config, raw, layers, size: layers.reduce((n, l) => n + l.size, 0) };
    this.images.set(id, record);
    return record;
  }

  get(id: string): ImageRecord | undefined {
    return this.images.get(id);
  }

  all(): ImageRecord[] {
    return [...this.images.values()];
  }

  deleteImage(id: string): void {
    this.images.delete(id);
    for (const [ref, target] of [...this.refs]) if (target === id) this.refs.delete(ref);
  }

  /** Images whose config names `id` as parent (commits and builds). */
  children(id: string): ImageRecord[] {
    return this.all().filter((i) => i.config.parent === id);
  }

  // ---- references ----

  /** Tags (or records a repo digest for) an image; replaces what the reference pointed to. */
  setReference(ref: Reference, id: string, time?: string): void {
    const key = referenceString(ref.digest ? ref : withDefaultTag(ref));
    this.refs.set(key, id);
    if (time && !ref.digest) this.tagTimes.set(id, time);
  }

  /** Removes a reference; returns whether it existed. */
  deleteReference(ref: Reference): boolean {
    return this.refs.delete(referenceString(ref.digest ? ref : withDefaultTag(ref)));
  }

  lookupReference(ref: Reference): string | undefined {
    if (ref.digest) return this.refs.get(`${fullName(ref)}@${ref.digest}`);
    return this.refs.get(referenceString(withDefaultTag(ref)));
  }

  /** Every reference of an image, parsed, tags first then digests, each group sorted. */
  references(id: string): Reference[] {
    const keys = [...this.refs].filter(([, v]) => v === id).map(([k]) => k);
    const parsed = keys.map((k) => parseNormalizedNamed(k));
    const tags = parsed.filter((r) => !r.digest).sort(byFamiliar);
    const digests = parsed.filter((r) => r.digest).sort(byFamiliar);
    return [...tags, ...digests];
  }

  repoTags(id: string): string[] {
    return this.references(id)
      .filter((r) => !r.digest)
      .map(familiarString);
  }

  repoDigests(id: string): string[] {
    return this.references(id)
      .filter((r) => r.digest)
      .map((r) => `${familiarName(r)}@${r.digest}`);
  }

  lastTagTime(id: string): string | undefined {
    return this.tagTimes.get(id);
  }

  /**
   * Docker's GetImage: a 64-hex ID, a reference (tag or digest), or an unambiguous ID prefix
   * (with or without `sha256:`). Throws NotFound `No such image: busybox:latest`.
   */
  resolve(refOrId: string): ImageRecord {
    const found = this.find(refOrId);
    if (found) return found;
    throw new NotFound(`No such image: ${notFoundName(refOrId)}`);
  }

  find(refOrId: string): ImageRecord | undefined {
    const hex = refOrId.replace(/^sha256:/, '');
    if (/^[a-f0-9]{64}$/.test(hex)) return this.images.get(`sha256:${hex}`);
    const ref = refOrId.startsWith('sha256:') ? null : parseNormalizedNamed(refOrId, 'daemon');
    if (ref) {
      const id = this.lookupReference(ref);
      if (id && this.images.has(id)) return this.images.get(id);
    }
    if (/^[a-f0-9]+$/.test(hex) && hex.length > 0) {
      const matches = [...this.images.keys()].filter((id) => id.startsWith(`sha256:${hex}`));
      if (matches.length === 1) return this.images.get(matches[0]);
    }
    return undefined;
  }

  // ---- containers ----

  /** The union view of an image with a fresh (or given) RW layer on top: a container's root FS. */
  mount(id: string, rw: RwLayer = new RwLayer(), now?: () => number): UnionFs {
    const img = this.images.get(id);
    if (!img) throw new NotFound(`No such image: ${shortId(id)}`);
    return new UnionFs(img.layers, rw, { now });
  }
}

function byFamiliar(a: Reference, b: Reference): number {
  const x = familiarString(a);
  const y = familiarString(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function notFoundName(refOrId: string): string {
  if (/^[a-f0-9]{64}$/.test(refOrId)) return `sha256:${refOrId}`;
  if (refOrId.startsWith('sha256:')) return refOrId;
  try {
    return familiarString(withDefaultTag(parseNormalizedNamed(refOrId, 'daemon')));
  } catch {
    return refOrId;
  }
}
