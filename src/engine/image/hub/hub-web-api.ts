// hub.docker.com's web API, the part a course shows with curl: the tags of a repository
// (`/v2/repositories/library/nginx/tags`, or the newer `/v2/namespaces/library/repositories/nginx/tags`),
// paginated with `page` and `page_size`, each tag with its manifest list digest and one entry per
// platform image, from the same catalog the registry serves.
import { MEDIA, type Descriptor, type HubCatalog, type ImageManifest, type ManifestList } from './catalog';
import { jsonResponse, type RegistryResponse } from './http-types';
import type { HubRegistry } from './registry';

const BASE = 'https://hub.docker.com';

interface TagImage {
  architecture: string;
  variant: string | null;
  os: string;
  digest: string;
  size: number;
  status: 'active';
  last_pushed: string;
}

function parse<T>(text: string | undefined): T | null {
  return text === undefined ? null : (JSON.parse(text) as T);
}

function created(cat: HubCatalog, manifest: ImageManifest | null): string {
  return parse<{ created?: string }>(cat.configs[manifest?.config.digest ?? ''])?.created ?? '';
}

function tagEntry(cat: HubCatalog, repo: string, name: string, digest: string) {
  const top = cat.manifests[digest];
  const list = top?.mediaType === MEDIA.manifestList ? parse<ManifestList>(top.body) : null;
  const descriptors: Descriptor[] = list
    ? list.manifests
    : [{ mediaType: MEDIA.manifest, size: 0, digest, platform: { architecture: 'amd64', os: 'linux' } }];
  const images: TagImage[] = descriptors.map((d) => {
    const m = parse<ImageManifest>(cat.manifests[d.digest]?.body);
    return {
      architecture: d.platform?.architecture ?? '',
      variant: d.platform?.variant ?? null,
      os: d.platform?.os ?? '',
      digest: d.digest,
      size: (m?.layers ?? []).reduce((n, l) => n + l.size, 0),
      status: 'active',
      last_pushed: created(cat, m),
    };
  });
  const updated =
    images
      .map((i) => i.last_pushed)
      .sort()
      .at(-1) ?? '';
  return {
    images,
    last_updated: updated,
    name,
    repository: repo,
    full_size: images.find((i) => i.architecture === 'amd64')?.size ?? images[0]?.size ?? 0,
    v2: true,
    tag_status: 'active',
    tag_last_pushed: updated,
    media_type: top?.mediaType ?? MEDIA.manifest,
    content_type: 'image',
    digest,
  };
}

function page(query: Record<string, string[]>, name: string, fallback: number, max: number): number {
  const n = Number(query[name]?.[0] ?? fallback);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** GET /v2/repositories/<namespace>/<name>/tags[?page=&page_size=] (or /v2/namespaces/<namespace>/repositories/<name>/tags) */
export function hubWebApi(hub: HubRegistry) {
  return async (path: string, query: Record<string, string[]>): Promise<RegistryResponse> => {
    const m = /^\/v2\/(?:repositories\/([^/]+)|namespaces\/([^/]+)\/repositories)\/([^/]+)\/tags\/?$/.exec(
      path,
    );
    if (!m) return jsonResponse(404, { message: 'httperror 404: object not found', errinfo: {} });
    const namespace = (m[1] ?? m[2])!;
    const name = m[3]!;
    const repo = `${namespace}/${name}`;
    const cat = await hub.data();
    const tags = cat.repositories[repo]?.tags;
    if (!tags)
      return jsonResponse(404, {
        message: 'httperror 404: object not found',
        errinfo: { namespace, repository: name },
      });
    const size = page(query, 'page_size', 10, 100);
    const number = page(query, 'page', 1, Number.MAX_SAFE_INTEGER);
    const all = Object.entries(tags).map(([tag, digest]) => tagEntry(cat, repo, tag, digest));
    all.sort((a, b) =>
      a.last_updated < b.last_updated
        ? 1
        : a.last_updated > b.last_updated
          ? -1
          : a.name.localeCompare(b.name),
    );
    const link = (p: number) => `${BASE}${path}?page=${p}&page_size=${size}`;
    const results = all.slice((number - 1) * size, number * size);
    return jsonResponse(200, {
      count: all.length,
      next: number * size < all.length ? link(number + 1) : null,
      previous: number > 1 ? link(number - 1) : null,
      results,
    });
  };
}
