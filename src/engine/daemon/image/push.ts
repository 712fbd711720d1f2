// POST /images/{name}/push — moby distribution/push_v2.go: layers checked, mounted from the
// repository they came from, or uploaded; then the config and the manifest, whose digest is reported.
import { gzip } from 'pako';
import { NotFound, Unauthorized } from '../../api/errors';
import type { AuthConfig } from '../../api/types';
import { shortId } from '../../image/config';
import { MEDIA, type Descriptor } from '../../image/hub/catalog';
import { RegistryClient } from '../../image/hub/client';
import { errcodeText, header } from '../../image/hub/http-types';
import { familiarName, fullName, parseNormalizedNamed, type Reference } from '../../image/reference';
import type { Layer } from '../../layer/layer';
import type { ImageContext } from './context';
import { registryHost, transportFor } from './pull';
import { DEFAULT_BANDWIDTH, layerStatus, paced, type Progress } from './transfer';

export interface PushOptions {
  tag?: string;
  auth?: AuthConfig;
  onProgress?: Progress;
}

const enc = new TextEncoder();

export async function pushImage(ctx: ImageContext, name: string, opts: PushOptions = {}): Promise<void> {
  const progress = opts.onProgress ?? (() => {});
  const base = parseNormalizedNamed(name, 'daemon');
  const repo = { domain: base.domain, path: base.path };
  const tag = opts.tag || base.tag;
  const refs: Reference[] = tag
    ? [{ ...repo, tag }]
    : ctx.store
        .all()
        .flatMap((img) => ctx.store.references(img.id))
        .filter((r) => !r.digest && fullName(r) === fullName(repo));
  const targets = refs.map((r) => ({ ref: r, id: ctx.store.lookupReference(r) })).filter((t) => t.id && ctx.store.get(t.id));
  if (!targets.length) throw new NotFound(`An image does not exist locally with the tag: ${familiarName(repo)}`);
  progress({ status: `The push refers to repository [${fullName(repo)}]` });

  const client = new RegistryClient(transportFor(ctx, repo), repo.path, ['push', 'pull'], opts.auth);
  if (await client.authenticate()) {
    throw new Unauthorized(`Get "https://${registryHost(repo)}/v2/": unauthorized: incorrect username or password`);
  }
  for (const { ref, id } of targets) {
    const img = ctx.store.get(id!)!;
    const top = [...img.layers].reverse();
    for (const l of top) progress(layerStatus(shortId(l.diffId), 'Preparing'));
    // Docker Hub only grants push in the user's own namespace: the first upload request says so.
    const probe = await client.request({ method: 'POST', url: `/v2/${repo.path}/blobs/uploads/` });
    if (probe.status === 401) throw new Unauthorized(errcodeText(probe.body) ?? 'unauthorized');
    const descriptors = new Map<Layer, Descriptor>();
    for (const layer of top) descriptors.set(layer, await pushLayer(ctx, client, repo, layer, progress));
    const configBody = enc.encode(img.raw);
    if ((await client.blob(img.id, 'HEAD')).status !== 200) await client.upload(img.id, configBody);
    const manifest = enc.encode(
      JSON.stringify(
        {
          schemaVersion: 2,
          mediaType: MEDIA.manifest,
          config: { mediaType: MEDIA.config, size: configBody.length, digest: img.id },
          layers: img.layers.map((l) => descriptors.get(l)!),
        },
        null,
        3,
      ),
    );
    const res = await client.putManifest(ref.tag!, MEDIA.manifest, manifest);
    if (res.status !== 201) throw new Unauthorized(errcodeText(res.body) ?? `push failed: ${res.status}`);
    const digest = header(res.headers, 'docker-content-digest') ?? '';
    ctx.store.setReference({ ...repo, digest }, img.id);
    progress({ status: `${ref.tag}: digest: ${digest} size: ${manifest.length}` });
    progress({ progressDetail: {}, aux: { Tag: ref.tag, Digest: digest, Size: manifest.length } });
    ctx.event?.('push', img.id, `${familiarName(repo)}:${ref.tag}`);
  }
}

async function pushLayer(ctx: ImageContext, client: RegistryClient, repo: Reference, layer: Layer, progress: Progress): Promise<Descriptor> {
  const id = shortId(layer.diffId);
  const known = ctx.store.blobForLayer(layer.diffId);
  if (known) {
    const desc: Descriptor = { mediaType: MEDIA.layer, size: known.size, digest: known.digest, annotations: known.annotations };
    if ((await client.blob(known.digest, 'HEAD')).status === 200) {
      progress(layerStatus(id, 'Layer already exists'));
      return desc;
    }
    const from = parseNormalizedNamed(known.repository, 'daemon');
    if (from.domain === repo.domain && from.path !== repo.path) {
      const mounted = await client.mount(known.digest, from.path);
      if (mounted.status === 201) {
        progress(layerStatus(id, `Mounted from ${from.path}`));
        return desc;
      }
      if (mounted.status === 401) throw new Unauthorized(errcodeText(mounted.body) ?? 'unauthorized');
    }
  }
  const blob = gzip(layer.toTar(), { level: 6 });
  const digest = `sha256:${ctx.hasher.sha256Sync(blob)}`;
  const start = await client.request({ method: 'POST', url: `/v2/${repo.path}/blobs/uploads/` });
  if (start.status === 401) throw new Unauthorized(errcodeText(start.body) ?? 'unauthorized');
  await paced(ctx, progress, id, 'Pushing', blob.length, ctx.bandwidth ?? DEFAULT_BANDWIDTH);
  const location = header(start.headers, 'location') ?? '';
  const done = await client.request({ method: 'PUT', url: `${location}?digest=${digest}`, body: blob });
  if (done.status !== 201) throw new Unauthorized(errcodeText(done.body) ?? `upload failed: ${done.status}`);
  progress(layerStatus(id, 'Pushed'));
  ctx.store.recordBlob(layer.diffId, { digest, size: blob.length, repository: fullName(repo) });
  return { mediaType: MEDIA.layer, size: blob.length, digest };
}
