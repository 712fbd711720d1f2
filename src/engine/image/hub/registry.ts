// The simulated Docker Hub: a Registry HTTP API v2 server inside the engine, serving the generated
// catalog (layers loaded lazily) plus what users push, with Docker Hub's token authentication:
// anonymous pull of public repositories, push only into the namespace of the logged-in user.
import type { Hasher } from '../../world/types';
import { MEDIA, type HubCatalog, type HubDataLoader } from './catalog';
import {
  decodeJson,
  errorResponse,
  header,
  jsonResponse,
  type RegistryRequest,
  type RegistryResponse,
} from './http-types';
import { acceptedTypes, negotiateManifest, type StoredManifest } from './negotiate';
import { issuedAt, signToken, type AccessClaim } from './token';

export const HUB_REGISTRY_HOST = 'registry-1.docker.io';
export const HUB_AUTH_REALM = 'https://auth.docker.io/token';
export const HUB_SERVICE = 'registry.docker.io';
const CHALLENGE = `Bearer realm="${HUB_AUTH_REALM}",service="${HUB_SERVICE}"`;
/** Every response of a distribution registry carries it. */
const API_VERSION = { 'Docker-Distribution-Api-Version': 'registry/2.0' };
/** Without a clock (unit tests of the protocol), tokens are issued at this instant. */
const DEFAULT_NOW = Date.UTC(2024, 0, 1);

interface Grant {
  user: string | null;
  /** repository → actions */
  access: Map<string, Set<string>>;
}

interface PushedRepo {
  tags: Map<string, string>;
}

/** What users pushed and the accounts they created, for saving with the engine. */
export interface HubRegistryState {
  /** user → password */
  accounts: [string, string][];
  /** repository → its tags (tag → manifest digest) */
  repos: [string, [string, string][]][];
  manifests: { digest: string; mediaType: string; body: string }[];
  /** digest → bytes of each pushed blob */
  blobs: [string, Uint8Array][];
  /** blob digest → repositories holding it */
  blobRepos: [string, string[]][];
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A catalog with nothing in it, for plain registries. */
export const EMPTY_CATALOG: HubDataLoader = {
  catalog: async () => ({ version: 1, repositories: {}, manifests: {}, configs: {}, layers: {} }),
  file: async (path) => {
    throw new Error(`no such blob file: ${path}`);
  },
};

export class HubRegistry {
  private catalogData: HubCatalog | null = null;
  private readonly accounts = new Map<string, string>();
  private readonly tokens = new Map<string, Grant>();
  private readonly repos = new Map<string, PushedRepo>();
  private readonly manifests = new Map<string, { mediaType: string; body: string }>();
  private readonly blobs = new Map<string, Uint8Array>();
  /** Which repositories hold each pushed blob (cross-repository mounts). */
  private readonly blobRepos = new Map<string, Set<string>>();
  private readonly uploads = new Map<string, { repo: string; chunks: Uint8Array[] }>();
  private counter = 0;

  /**
   * `auth: 'token'` is Docker Hub (Bearer tokens, namespaces); `'none'` is a plain `registry:2`
   * (what `docker run -p 5000:5000 registry` serves): anyone may pull and push anything.
   */
  constructor(
    private readonly loader: HubDataLoader,
    private readonly hasher: Hasher,
    private readonly auth: 'token' | 'none' = 'token',
    private readonly now: () => number = () => DEFAULT_NOW,
  ) {}

  private async catalog(): Promise<HubCatalog> {
    if (!this.catalogData) {
      this.catalogData = await this.loader.catalog();
      this.indexCatalogBlobs(this.catalogData);
    }
    return this.catalogData;
  }

  /** The catalog (loaded on first use), for the Hub's web API. */
  data(): Promise<HubCatalog> {
    return this.catalog();
  }

  /** Which catalog repositories hold each blob (through their tags' manifests). */
  private indexCatalogBlobs(cat: HubCatalog): void {
    for (const [repo, r] of Object.entries(cat.repositories)) {
      for (const digest of Object.values(r.tags)) {
        const list = decodeJson<{ manifests?: { digest: string }[] }>(
          enc.encode(cat.manifests[digest]?.body ?? '{}'),
        );
        for (const m of list.manifests ?? [{ digest }]) {
          const manifest = decodeJson<{ config?: { digest: string }; layers?: { digest: string }[] }>(
            enc.encode(cat.manifests[m.digest]?.body ?? '{}'),
          );
          for (const d of [manifest.config?.digest, ...(manifest.layers ?? []).map((l) => l.digest)])
            if (d) this.addBlobRepo(d, repo);
        }
      }
    }
  }

  /** Creates an account (the simulated Hub's sign-up); the first `docker login` also does. */
  addAccount(user: string, password: string): void {
    this.accounts.set(user, password);
  }

  /** What users pushed and the accounts they created (the generated catalog is not part of it). */
  exportState(): HubRegistryState {
    return {
      accounts: [...this.accounts],
      repos: [...this.repos].map(([repo, r]) => [repo, [...r.tags]]),
      manifests: [...this.manifests].map(([digest, m]) => ({ digest, mediaType: m.mediaType, body: m.body })),
      blobs: [...this.blobs],
      blobRepos: [...this.blobRepos].map(([digest, repos]) => [digest, [...repos]]),
    };
  }

  /** Adds a saved state to this registry's (a later state wins for the same account, tag or digest). */
  importState(state: HubRegistryState): void {
    for (const [user, password] of state.accounts) this.accounts.set(user, password);
    for (const [repo, tags] of state.repos) this.repos.set(repo, { tags: new Map(tags) });
    for (const m of state.manifests) this.manifests.set(m.digest, { mediaType: m.mediaType, body: m.body });
    for (const [digest, bytes] of state.blobs) this.blobs.set(digest, bytes);
    for (const [digest, repos] of state.blobRepos) for (const r of repos) this.addBlobRepo(digest, r);
  }

  // ---- auth ---------------------------------------------------------------------------------------

  private basicUser(req: RegistryRequest): { user: string | null; ok: boolean } {
    const auth = header(req.headers, 'authorization');
    if (!auth?.startsWith('Basic ')) return { user: null, ok: true };
    const [user, ...rest] = atob(auth.slice(6)).split(':');
    const password = rest.join(':');
    const known = this.accounts.get(user);
    if (known === undefined) {
      if (!user || !password) return { user: null, ok: false };
      this.accounts.set(user, password);
      return { user, ok: true };
    }
    return { user, ok: known === password };
  }

  private async repoExists(name: string): Promise<boolean> {
    return this.repos.has(name) || name in (await this.catalog()).repositories;
  }

  private async token(req: RegistryRequest, query: URLSearchParams): Promise<RegistryResponse> {
    const { user, ok } = this.basicUser(req);
    if (!ok) return jsonResponse(401, { details: 'incorrect username or password' });
    const access = new Map<string, Set<string>>();
    const claims: AccessClaim[] = [];
    for (const scope of query.getAll('scope')) {
      const [type, name, actions] = scope.split(':');
      if (type !== 'repository' || !name) continue;
      const granted = new Set<string>();
      const owns = !!user && name.split('/')[0] === user;
      for (const action of (actions ?? '').split(',')) {
        if (action === 'pull' && (owns || (await this.repoExists(name)))) granted.add('pull');
        if (action === 'push' && owns) granted.add('push');
      }
      access.set(name, granted);
      claims.push({ type: 'repository', name, actions: [...granted] });
    }
    const nowMs = this.now();
    const token = signToken(this.hasher, { access: claims, user, nowMs, serial: this.counter++ });
    this.tokens.set(token, { user, access });
    return jsonResponse(200, { token, access_token: token, expires_in: 300, issued_at: issuedAt(nowMs) });
  }

  private grant(req: RegistryRequest): Grant | null {
    const auth = header(req.headers, 'authorization');
    return auth?.startsWith('Bearer ') ? (this.tokens.get(auth.slice(7)) ?? null) : null;
  }

  private allowed(req: RegistryRequest, repo: string, action: 'pull' | 'push'): boolean {
    if (this.auth === 'none')
      return action === 'push' || this.repos.has(repo) || !!this.catalogData?.repositories[repo];
    return !!this.grant(req)?.access.get(repo)?.has(action);
  }

  /**
   * A 401 naming the scope to ask the token service for: UNAUTHORIZED without a (valid) token, DENIED
   * (insufficient_scope) when the token does not grant the action.
   */
  private refused(
    name: string,
    action: string,
    kind: 'unauthorized' | 'denied',
    type: 'repository' | 'registry' = 'repository',
  ): RegistryResponse {
    const [code, message, error] =
      kind === 'unauthorized'
        ? ['UNAUTHORIZED', 'authentication required', '']
        : ['DENIED', 'requested access to the resource is denied', ',error="insufficient_scope"'];
    const detail = [{ Type: type, Class: '', Name: name, Action: action }];
    return errorResponse(401, code, message, detail, {
      'WWW-Authenticate': `${CHALLENGE},scope="${type}:${name}:${action}"${error}`,
    });
  }

  /** Docker Hub grants nobody the catalog; a plain registry lists its repositories. */
  private listCatalog(): RegistryResponse {
    if (this.auth === 'token') return this.refused('catalog', '*', 'unauthorized', 'registry');
    return jsonResponse(200, { repositories: [...this.repos.keys()].sort() });
  }

  // ---- routes -------------------------------------------------------------------------------------

  async handle(req: RegistryRequest): Promise<RegistryResponse> {
    const res = await this.route(req);
    if (!new URL(req.url, `https://${HUB_REGISTRY_HOST}`).pathname.startsWith('/v2')) return res;
    return { ...res, headers: { ...res.headers, ...API_VERSION } };
  }

  private async route(req: RegistryRequest): Promise<RegistryResponse> {
    const url = new URL(req.url, `https://${HUB_REGISTRY_HOST}`);
    const path = url.pathname;
    if (path === '/token') return this.token(req, url.searchParams);
    if (path === '/v1/search') return this.searchRoute(url.searchParams);
    if (path === '/v2/' || path === '/v2') {
      if (this.auth === 'none' || this.grant(req)) return jsonResponse(200, {});
      return errorResponse(401, 'UNAUTHORIZED', 'authentication required', null, {
        'WWW-Authenticate': CHALLENGE,
      });
    }
    if (path === '/v2/_catalog') return this.listCatalog();
    const m = /^\/v2\/(.+?)\/(manifests|blobs|tags)\/(.*)$/.exec(path);
    if (!m) return errorResponse(404, 'NOT_FOUND', 'not found');
    const [, repo, kind, rest] = m;
    const push = req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH';
    await this.catalog();
    if (!this.allowed(req, repo, push ? 'push' : 'pull')) {
      if (this.auth === 'none')
        return errorResponse(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name: repo });
      if (!this.grant(req)) return this.refused(repo, push ? 'push' : 'pull', 'unauthorized');
      return this.refused(repo, push ? 'push' : 'pull', 'denied');
    }
    if (kind === 'tags' && rest === 'list') return this.tagsList(repo);
    if (kind === 'manifests')
      return req.method === 'PUT' ? this.putManifest(repo, rest, req) : this.getManifest(repo, rest, req);
    if (rest.startsWith('uploads'))
      return this.upload(repo, rest.slice('uploads'.length).replace(/^\//, ''), url.searchParams, req);
    return this.getBlob(repo, rest, req.method === 'HEAD');
  }

  private async tagsList(repo: string): Promise<RegistryResponse> {
    const tags = new Set<string>(Object.keys((await this.catalog()).repositories[repo]?.tags ?? {}));
    for (const t of this.repos.get(repo)?.tags.keys() ?? []) tags.add(t);
    if (!tags.size)
      return errorResponse(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name: repo });
    return jsonResponse(200, { name: repo, tags: [...tags].sort() });
  }

  private async findManifest(repo: string, ref: string): Promise<StoredManifest | null> {
    const cat = await this.catalog();
    const digest = ref.startsWith('sha256:')
      ? ref
      : (this.repos.get(repo)?.tags.get(ref) ?? cat.repositories[repo]?.tags[ref]);
    return digest ? this.manifestByDigest(digest) : null;
  }

  private manifestByDigest(digest: string): StoredManifest | null {
    const m = this.manifests.get(digest) ?? this.catalogData?.manifests[digest];
    return m ? { digest, ...m } : null;
  }

  private async getManifest(repo: string, ref: string, req: RegistryRequest): Promise<RegistryResponse> {
    const found = await this.findManifest(repo, ref);
    if (!found)
      return errorResponse(
        404,
        'MANIFEST_UNKNOWN',
        'manifest unknown',
        ref.startsWith('sha256:') ? undefined : { Tag: ref },
      );
    const byTag = !ref.startsWith('sha256:');
    const n = negotiateManifest(found, byTag, acceptedTypes(header(req.headers, 'accept')), (d) =>
      this.manifestByDigest(d),
    );
    if (!n.ok) return errorResponse(n.status, n.code, n.message);
    const m = n.manifest;
    const body = enc.encode(m.body);
    const headers = {
      'Content-Type': m.mediaType,
      'Content-Length': String(body.length),
      'Docker-Content-Digest': m.digest,
      Etag: `"${m.digest}"`,
    };
    return { status: 200, headers, body: req.method === 'HEAD' ? new Uint8Array(0) : body };
  }

  /** A blob's bytes wherever it is kept (pushed, catalog config, catalog layer); null when unknown. */
  async blobBytes(digest: string): Promise<Uint8Array | null> {
    const cat = await this.catalog();
    const pushed = this.blobs.get(digest);
    if (pushed) return pushed;
    if (cat.configs[digest] !== undefined) return enc.encode(cat.configs[digest]);
    return cat.layers[digest] ? this.loader.file(cat.layers[digest].path) : null;
  }

  private async getBlob(repo: string, digest: string, head: boolean): Promise<RegistryResponse> {
    const cat = await this.catalog();
    const unknown = () => errorResponse(404, 'BLOB_UNKNOWN', 'blob unknown to registry', digest);
    if (!this.blobRepos.get(digest)?.has(repo)) return unknown();
    const type = cat.configs[digest] !== undefined ? MEDIA.config : 'application/octet-stream';
    const headers = (length: number) => ({
      'Content-Type': type,
      'Content-Length': String(length),
      'Docker-Content-Digest': digest,
    });
    // HEAD of a catalog layer: its length is known without loading the file.
    const layer = this.blobs.has(digest) ? undefined : cat.layers[digest];
    if (head && layer) return { status: 200, headers: headers(layer.bytes), body: new Uint8Array(0) };
    const body = await this.blobBytes(digest);
    if (!body) return unknown();
    return { status: 200, headers: headers(body.length), body: head ? new Uint8Array(0) : body };
  }

  private upload(repo: string, id: string, query: URLSearchParams, req: RegistryRequest): RegistryResponse {
    if (req.method === 'POST' && !id) {
      const mount = query.get('mount');
      const from = query.get('from');
      if (mount && from && this.blobRepos.get(mount)?.has(from)) {
        this.addBlobRepo(mount, repo);
        return {
          status: 201,
          headers: { Location: `/v2/${repo}/blobs/${mount}`, 'Docker-Content-Digest': mount },
          body: new Uint8Array(0),
        };
      }
      const uuid = this.hasher.sha256Sync(`upload:${this.counter++}`).slice(0, 32);
      this.uploads.set(uuid, { repo, chunks: [] });
      return {
        status: 202,
        headers: { Location: `/v2/${repo}/blobs/uploads/${uuid}`, 'Docker-Upload-UUID': uuid, Range: '0-0' },
        body: new Uint8Array(0),
      };
    }
    const up = this.uploads.get(id);
    if (!up) return errorResponse(404, 'BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry');
    if (req.body?.length) up.chunks.push(req.body);
    if (req.method === 'PATCH')
      return {
        status: 202,
        headers: { Location: `/v2/${repo}/blobs/uploads/${id}` },
        body: new Uint8Array(0),
      };
    const data = concat(up.chunks);
    const digest = query.get('digest') ?? '';
    if (`sha256:${this.hasher.sha256Sync(data)}` !== digest)
      return errorResponse(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
    this.uploads.delete(id);
    this.blobs.set(digest, data);
    this.addBlobRepo(digest, repo);
    return {
      status: 201,
      headers: { Location: `/v2/${repo}/blobs/${digest}`, 'Docker-Content-Digest': digest },
      body: new Uint8Array(0),
    };
  }

  private addBlobRepo(digest: string, repo: string): void {
    let set = this.blobRepos.get(digest);
    if (!set) this.blobRepos.set(digest, (set = new Set()));
    set.add(repo);
  }

  private putManifest(repo: string, ref: string, req: RegistryRequest): RegistryResponse {
    const body = req.body ?? new Uint8Array(0);
    const text = dec.decode(body);
    const manifest = decodeJson<{ config?: { digest: string }; layers?: { digest: string }[] }>(body);
    for (const d of [manifest.config?.digest, ...(manifest.layers ?? []).map((l) => l.digest)]) {
      if (d && !this.blobRepos.get(d)?.has(repo)) {
        return errorResponse(400, 'MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry', d);
      }
    }
    const digest = `sha256:${this.hasher.sha256Sync(body)}`;
    this.manifests.set(digest, {
      mediaType: header(req.headers, 'content-type') ?? MEDIA.manifest,
      body: text,
    });
    let r = this.repos.get(repo);
    if (!r) this.repos.set(repo, (r = { tags: new Map() }));
    if (!ref.startsWith('sha256:')) r.tags.set(ref, digest);
    return {
      status: 201,
      headers: { Location: `/v2/${repo}/manifests/${digest}`, 'Docker-Content-Digest': digest },
      body: new Uint8Array(0),
    };
  }

  /** GET /v1/search?q=…&n=… (Docker Hub's search API, which `docker search` reaches through the daemon). */
  private async searchRoute(q: URLSearchParams): Promise<RegistryResponse> {
    const term = q.get('q') ?? '';
    const n = Math.max(1, Math.min(100, Number(q.get('n') ?? 25) || 25));
    const all = await this.search(term);
    return jsonResponse(200, {
      num_pages: 1,
      num_results: all.length,
      page_size: n,
      page: 1,
      query: term,
      results: all.slice(0, n),
    });
  }

  /** Catalog and pushed repositories whose name or description matches, most stars first. */
  async search(
    term: string,
  ): Promise<
    { name: string; description: string; is_official: boolean; is_automated: boolean; star_count: number }[]
  > {
    const cat = await this.catalog();
    const out = Object.entries(cat.repositories)
      .filter(([name, r]) => name.includes(term) || r.description.toLowerCase().includes(term.toLowerCase()))
      .map(([name, r]) => ({
        name: name.replace(/^library\//, ''),
        description: r.description,
        is_official: r.official,
        is_automated: false,
        star_count: r.stars,
      }));
    for (const name of this.repos.keys())
      if (name.includes(term))
        out.push({ name, description: '', is_official: false, is_automated: false, star_count: 0 });
    return out.sort((a, b) => b.star_count - a.star_count);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
