// Generates the simulated Docker Hub's catalog into public/hub/: catalog.json (tags, manifest lists,
// manifests, configs) and one gzip tar per layer blob. Deterministic: rerunning gives the same bytes.
//   npx tsx scripts/hub/generate.ts [OUT_DIR]   (default: public/hub)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip } from 'pako';
import { LayerBuilder } from '../../src/engine/layer/builder';
import type { Layer } from '../../src/engine/layer/layer';
import { syncHasher } from '../../src/engine/world/hasher';
import { serializeConfig, type HistoryEntry, type ImageConfigFile } from '../../src/engine/image/config';
import { MEDIA, SIZE_ANNOTATION, type Descriptor, type HubCatalog } from '../../src/engine/image/hub/catalog';
import type { Arch } from './distros';
import { REPOSITORIES, type ImageSpec, type LayerSpec, type Step } from './spec';
import type { Node } from './tree';

const OUT = process.argv[2] ?? join(import.meta.dirname, '../../public/hub');
const ARCHES: Arch[] = ['amd64', 'arm64'];

function buildLayer(nodes: Node[], mtimeMs: number, size: number): Layer {
  const b = new LayerBuilder({ mtimeMs });
  for (const n of nodes) {
    if (n.type === 'dir') b.dir(n.path, { mode: n.mode, uid: n.uid, gid: n.gid });
    else if (n.type === 'file') b.file(n.path, n.content, { mode: n.mode, uid: n.uid, gid: n.gid });
    else if (n.type === 'symlink') b.symlink(n.path, n.target);
    else if (n.type === 'hardlink') b.hardlink(n.path, n.target);
    else b.whiteout(n.path);
  }
  return b.build(syncHasher, { apparentSize: Math.round(size) });
}

const catalog: HubCatalog = { version: 1, repositories: {}, manifests: {}, configs: {}, layers: {} };
const blobs = new Map<string, Uint8Array>();
const layerCache = new Map<string, { diffId: string; desc: Descriptor }>();
const stepCreated = new Map<Step, string>();
const imageDigest = new Map<ImageSpec, string>();

function sha(bytes: Uint8Array | string): string {
  return `sha256:${syncHasher.sha256Sync(bytes)}`;
}

function layerFor(spec: LayerSpec, arch: Arch, created: string): { diffId: string; desc: Descriptor } {
  const key = `${spec.key}/${arch}`;
  const have = layerCache.get(key);
  if (have) return have;
  const layer = buildLayer(spec.nodes(arch), Date.parse(created), spec.size);
  const gz = gzip(layer.toTar(), { level: 9 });
  const digest = sha(gz);
  const path = `blobs/${digest.slice(7)}.tar.gz`;
  blobs.set(path, gz);
  catalog.layers[digest] = { path, bytes: gz.length };
  const entry = {
    diffId: layer.diffId,
    desc: { mediaType: MEDIA.layer, size: Math.round(spec.compressed), digest, annotations: { [SIZE_ANNOTATION]: String(Math.round(spec.size)) } },
  };
  layerCache.set(key, entry);
  return entry;
}

function manifestFor(spec: ImageSpec, arch: Arch): Descriptor {
  for (const s of spec.steps) if (!stepCreated.has(s)) stepCreated.set(s, spec.created);
  const history: HistoryEntry[] = [];
  const layers: { diffId: string; desc: Descriptor }[] = [];
  for (const s of spec.steps) {
    const created = stepCreated.get(s)!;
    const h: HistoryEntry = { created, created_by: s.createdBy };
    if (s.comment) h.comment = s.comment;
    if (s.layer) layers.push(layerFor(s.layer, arch, created));
    else h.empty_layer = true;
    history.push(h);
  }
  const config: ImageConfigFile = {
    architecture: arch,
    variant: arch === 'arm64' ? 'v8' : undefined,
    os: 'linux',
    config: spec.config,
    created: spec.created,
    history,
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
  };
  const raw = serializeConfig(config);
  const configDigest = sha(raw);
  catalog.configs[configDigest] = raw;
  const manifest = JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      config: { mediaType: MEDIA.config, size: new TextEncoder().encode(raw).length, digest: configDigest },
      layers: layers.map((l) => l.desc),
    },
    null,
    3,
  );
  const digest = sha(manifest);
  catalog.manifests[digest] = { mediaType: MEDIA.manifest, body: manifest };
  return {
    mediaType: MEDIA.manifest,
    size: new TextEncoder().encode(manifest).length,
    digest,
    platform: arch === 'arm64' ? { architecture: 'arm64', os: 'linux', variant: 'v8' } : { architecture: 'amd64', os: 'linux' },
  };
}

function indexFor(spec: ImageSpec): string {
  const have = imageDigest.get(spec);
  if (have) return have;
  const body = JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifestList, manifests: ARCHES.map((a) => manifestFor(spec, a)) }, null, 3);
  const digest = sha(body);
  catalog.manifests[digest] = { mediaType: MEDIA.manifestList, body };
  imageDigest.set(spec, digest);
  return digest;
}

for (const repo of REPOSITORIES) {
  const tags: Record<string, string> = {};
  for (const [tag, spec] of Object.entries(repo.tags)) tags[tag] = indexFor(spec);
  catalog.repositories[repo.name] = { description: repo.description, official: repo.official, stars: repo.stars, tags };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'blobs'), { recursive: true });
writeFileSync(join(OUT, 'catalog.json'), JSON.stringify(catalog) + '\n');
let total = 0;
for (const [path, bytes] of [...blobs].sort(([a], [b]) => (a < b ? -1 : 1))) {
  writeFileSync(join(OUT, path), bytes);
  total += bytes.length;
}
console.log(`hub: ${Object.keys(catalog.repositories).length} repositories, ${blobs.size} layer blobs (${(total / 1024).toFixed(0)} KiB), catalog ${(JSON.stringify(catalog).length / 1024).toFixed(0)} KiB`);
