// POST /images/create?fromImage=… — moby distribution/pull_v2.go as a real Registry API v2 exchange
// with the simulated Hub: token, manifest (list → platform), config, then layers — three downloads
// at a time, extracted in order — with Docker's JSON progress messages on the injected clock.
import { inflate } from 'pako';
import { InvalidParameter, NotFound, System, Unauthorized } from '../../api/errors';
import type { AuthConfig } from '../../api/types';
import { rfc3339Nano, shortId, type ImageConfigFile } from '../../image/config';
import type { Descriptor, ImageManifest, ManifestList } from '../../image/hub/catalog';
import { RegistryClient } from '../../image/hub/client';
import { decodeJson, errcodeText, header, type RegistryTransport } from '../../image/hub/http-types';
import { HUB_REGISTRY_HOST } from '../../image/hub/registry';
import { familiarName, familiarString, fullName, parseNormalizedNamed, pullPath, withDefaultTag, type Reference } from '../../image/reference';
import { Layer } from '../../layer/layer';
import { miniatureInfo } from './miniature';
import type { ImageContext } from './context';
import { DEFAULT_BANDWIDTH, layerStatus, limited, paced, type Progress } from './transfer';

export interface PullOptions {
  /** `tag` query parameter: a tag or a digest. */
  tag?: string;
  auth?: AuthConfig;
  /** `platform` query parameter: `linux/arm64`, `linux/arm64/v8`. */
  platform?: string;
  onProgress?: Progress;
}

const MAX_CONCURRENT_DOWNLOADS = 3;
const dec = new TextDecoder();

export function registryHost(ref: Reference): string {
  return ref.domain === 'docker.io' ? HUB_REGISTRY_HOST : ref.domain;
}

export function transportFor(ctx: ImageContext, ref: Reference): RegistryTransport {
  const t = ctx.registry?.(ref.domain) ?? null;
  if (!t) throw new System(`Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain}: no such host`);
  return t;
}

export function pullReference(fromImage: string, tag?: string): Reference {
  const parsed = parseNormalizedNamed(fromImage, 'daemon');
  if (!tag) return withDefaultTag(parsed);
  if (tag.startsWith('sha256:')) return { ...parsed, tag: undefined, digest: tag };
  if (!/^[\w][\w.-]{0,127}$/.test(tag)) throw new InvalidParameter('invalid reference format');
  return { ...parsed, tag };
}

function platformOf(ctx: ImageContext, spec?: string): { os: string; architecture: string; variant?: string } {
  if (!spec) return ctx.platform ?? { os: 'linux', architecture: 'amd64' };
  const [os, architecture, variant] = spec.split('/');
  return { os, architecture, variant };
}

/** Pulls `fromImage[:tag]`; returns the image ID. */
export async function pullImage(ctx: ImageContext, fromImage: string, opts: PullOptions = {}): Promise<string> {
  const progress = opts.onProgress ?? (() => {});
  const ref = pullReference(fromImage, opts.tag);
  const client = new RegistryClient(transportFor(ctx, ref), ref.path, ['pull'], opts.auth);
  const tagOrDigest = ref.digest ?? ref.tag ?? 'latest';
  const authError = await client.authenticate();
  if (authError) {
    throw new Unauthorized(`Head "https://${registryHost(ref)}/v2/${ref.path}/manifests/${tagOrDigest}": unauthorized: incorrect username or password`);
  }
  const res = await client.getManifest(tagOrDigest);
  // moby's distribution errors: DENIED, UNAUTHORIZED and NAME_UNKNOWN all mean "no such repository".
  if (res.status === 401 || errcodeText(res.body)?.startsWith('name unknown:')) {
    throw new NotFound(`pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': ${errcodeText(res.body)}`);
  }
  if (res.status === 404) throw new NotFound(`manifest for ${familiarString(ref)} not found: ${errcodeText(res.body)}`);
  const manifestDigest = header(res.headers, 'docker-content-digest') ?? '';
  progress({ status: `Pulling from ${pullPath(ref)}`, id: tagOrDigest });

  let manifest = decodeJson<ImageManifest | ManifestList>(res.body);
  if ('manifests' in manifest) {
    const want = platformOf(ctx, opts.platform);
    const pick = manifest.manifests.find(
      (d) => d.platform?.os === want.os && d.platform.architecture === want.architecture && (!want.variant || d.platform.variant === want.variant),
    );
    if (!pick) {
      throw new NotFound(`no matching manifest for ${want.os}/${want.architecture}${want.variant ? '/' + want.variant : ''} in the manifest list entries`);
    }
    const one = await client.getManifest(pick.digest);
    manifest = decodeJson<ImageManifest>(one.body);
  }
  const m = manifest as ImageManifest;

  const previous = ref.tag ? ctx.store.lookupReference(ref) : undefined;
  let id = m.config.digest;
  const existed = !!ctx.store.get(id);
  if (!existed) {
    const cfg = await client.blob(m.config.digest);
    const raw = dec.decode(cfg.body);
    if (`sha256:${ctx.hasher.sha256Sync(cfg.body)}` !== m.config.digest) throw new System(`image config verification failed for digest ${m.config.digest}`);
    const config = JSON.parse(raw) as ImageConfigFile;
    if (config.rootfs.diff_ids.length !== m.layers.length) throw new System("layers from manifest don't match image configuration");
    await pullLayers(ctx, client, ref, m.layers, config.rootfs.diff_ids, progress);
    id = ctx.store.createImage(config, raw).id;
  }
  const now = rfc3339Nano(ctx.clock.now());
  if (ref.tag) ctx.store.setReference(ref, id, now);
  ctx.store.setReference({ domain: ref.domain, path: ref.path, digest: manifestDigest }, id);
  progress({ status: `Digest: ${manifestDigest}` });
  const upToDate = ref.tag ? previous === id : existed;
  progress({ status: `Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${familiarString(ref)}` });
  ctx.event?.('pull', id, familiarString(ref));
  return id;
}

async function pullLayers(
  ctx: ImageContext,
  client: RegistryClient,
  ref: Reference,
  layers: Descriptor[],
  diffIds: string[],
  progress: Progress,
): Promise<void> {
  const speed = ctx.bandwidth ?? DEFAULT_BANDWIDTH;
  // A layer "already exists" only when it and every layer below it are present (chain IDs).
  let chainPresent = true;
  const present = layers.map((_, i) => (chainPresent = chainPresent && !!ctx.store.layer(diffIds[i])));
  const toFetch = layers.map((_, i) => i).filter((i) => !present[i]);
  layers.forEach((d, i) => progress(layerStatus(shortId(d.digest), present[i] ? 'Already exists' : 'Pulling fs layer')));
  toFetch.slice(MAX_CONCURRENT_DOWNLOADS).forEach((i) => progress(layerStatus(shortId(layers[i].digest), 'Waiting')));

  const downloads = limited(
    MAX_CONCURRENT_DOWNLOADS,
    toFetch.map((i) => async () => {
      const d = layers[i];
      const id = shortId(d.digest);
      const res = await client.blob(d.digest);
      if (res.status !== 200) throw new System(`error pulling image configuration: ${errcodeText(res.body) ?? res.status}`);
      await paced(ctx, progress, id, 'Downloading', d.size, speed);
      progress(layerStatus(id, 'Verifying Checksum'));
      if (`sha256:${ctx.hasher.sha256Sync(res.body)}` !== d.digest) throw new System(`filesystem layer verification failed for digest ${d.digest}`);
      progress(layerStatus(id, 'Download complete'));
      return res.body;
    }),
  );
  for (let k = 0; k < toFetch.length; k++) {
    const i = toFetch[k];
    const d = layers[i];
    const id = shortId(d.digest);
    const blob = await downloads[k];
    await paced(ctx, progress, id, 'Extracting', d.size, speed * 8);
    const layer = Layer.fromTar(inflate(blob), ctx.hasher, miniatureInfo(d.annotations));
    if (layer.diffId !== diffIds[i]) throw new System("layers from manifest don't match image configuration");
    ctx.store.addLayer(layer);
    ctx.store.recordBlob(layer.diffId, { digest: d.digest, size: d.size, repository: fullName(ref), annotations: d.annotations });
    progress(layerStatus(id, 'Pull complete'));
  }
  for (let i = 0; i < layers.length; i++) {
    if (present[i]) ctx.store.recordBlob(diffIds[i], { digest: layers[i].digest, size: layers[i].size, repository: fullName(ref), annotations: layers[i].annotations });
  }
}
