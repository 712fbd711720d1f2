// GET /images/get — moby image/tarexport/save.go: the docker-archive of one or more images.
import { NotFound } from '../../api/errors';
import type { ImageConfigFile } from '../../image/config';
import { familiarName, familiarString, parseNormalizedNamed } from '../../image/reference';
import type { ImageRecord } from '../../image/store';
import { writeTar, type TarRecord } from '../../layer/tar';
import { enc, type ArchiveManifestEntry } from './archive';
import type { ImageContext } from './context';
import { chainIds } from './remove';

interface Selected {
  img: ImageRecord;
  tags: string[];
}

/** tarexport's lookup names the image as it was asked for: `No such image: g-nope` (no `:latest`). */
function resolveAsNamed(ctx: ImageContext, name: string): ImageRecord {
  const img = ctx.store.find(name);
  if (!img) throw new NotFound(`No such image: ${name}`);
  return img;
}

function select(ctx: ImageContext, names: readonly string[]): Selected[] {
  const out = new Map<string, Selected>();
  for (const name of names) {
    const img = resolveAsNamed(ctx, name);
    const entry = out.get(img.id) ?? { img, tags: [] };
    out.set(img.id, entry);
    const isId = img.id.replace('sha256:', '').startsWith(name.replace('sha256:', ''));
    if (isId) continue;
    const ref = parseNormalizedNamed(name, 'daemon');
    if (ref.digest) continue;
    if (ref.tag) entry.tags.push(familiarString(ref));
    else {
      // A bare repository name saves every tag of that repository.
      for (const r of ctx.store.references(img.id)) if (!r.digest && familiarName(r) === familiarName(ref)) entry.tags.push(familiarString(r));
    }
  }
  return [...out.values()];
}

function v1Json(id: string, parent: string | undefined, config: ImageConfigFile, top: boolean): string {
  const v1: Record<string, unknown> = { id };
  if (parent) v1.parent = parent;
  v1.created = top ? config.created : '0001-01-01T00:00:00Z';
  v1.container_config = { Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, Env: null, Cmd: null, Image: '', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: null };
  if (top) {
    v1.config = config.config;
    v1.architecture = config.architecture;
    v1.os = config.os;
  }
  return JSON.stringify(v1);
}

export function saveImages(ctx: ImageContext, names: readonly string[]): Uint8Array {
  const files = new Map<string, Uint8Array>();
  const manifest: ArchiveManifestEntry[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const { img, tags } of select(ctx, names)) {
    const configName = `${img.id.replace('sha256:', '')}.json`;
    files.set(configName, enc.encode(img.raw));
    const chains = chainIds(ctx, img.config.rootfs.diff_ids);
    const layerPaths: string[] = [];
    let parent: string | undefined;
    img.layers.forEach((layer, i) => {
      const v1id = ctx.hasher.sha256Sync(`${chains[i]} ${parent ?? ''}`);
      const top = i === img.layers.length - 1;
      files.set(`${v1id}/VERSION`, enc.encode('1.0'));
      files.set(`${v1id}/json`, enc.encode(v1Json(v1id, parent, img.config, top)));
      files.set(`${v1id}/layer.tar`, layer.toTar());
      layerPaths.push(`${v1id}/layer.tar`);
      parent = v1id;
    });
    manifest.push({ Config: configName, RepoTags: tags.length ? tags : null, Layers: layerPaths });
    for (const t of tags) {
      const ref = parseNormalizedNamed(t, 'daemon');
      (repositories[familiarName(ref)] ??= {})[ref.tag ?? 'latest'] = parent ?? '';
    }
  }
  files.set('manifest.json', enc.encode(JSON.stringify(manifest)));
  if (Object.keys(repositories).length) files.set('repositories', enc.encode(JSON.stringify(repositories) + '\n'));
  ctx.event?.('save', '');
  return writeTar(archiveRecords(files, ctx.clock.now()));
}

function* archiveRecords(files: Map<string, Uint8Array>, nowMs: number): Generator<TarRecord> {
  const mtime = Math.floor(nowMs / 1000);
  const dirs = new Set<string>();
  for (const name of [...files.keys()].sort()) {
    const slash = name.indexOf('/');
    if (slash > 0 && !dirs.has(name.slice(0, slash))) {
      dirs.add(name.slice(0, slash));
      yield { name: `${name.slice(0, slash)}/`, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime };
    }
    yield { name, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: files.get(name) };
  }
}
