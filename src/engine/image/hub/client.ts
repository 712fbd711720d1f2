// The daemon's side of the Registry HTTP API v2 (moby's distribution client): ping, Bearer token
// from the realm the registry names, then manifests and blobs, all as real request/response exchanges.
import type { AuthConfig } from '../../api/types';
import { decodeJson, header, type RegistryRequest, type RegistryResponse, type RegistryTransport } from './http-types';

export class RegistryClient {
  private token: string | null = null;

  constructor(
    private readonly transport: RegistryTransport,
    private readonly repo: string,
    private readonly actions: ('pull' | 'push')[],
    private readonly auth?: AuthConfig,
  ) {}

  /** GET /v2/, then the token service named in the challenge (Docker Hub: auth.docker.io). */
  async authenticate(): Promise<RegistryResponse | null> {
    const ping = await this.transport({ method: 'GET', url: '/v2/' });
    if (ping.status !== 401) return null;
    const challenge = header(ping.headers, 'www-authenticate') ?? '';
    const service = /service="([^"]*)"/.exec(challenge)?.[1] ?? '';
    const scope = `repository:${this.repo}:${this.actions.join(',')}`;
    const headers: Record<string, string> = {};
    if (this.auth?.username) headers.Authorization = `Basic ${btoa(`${this.auth.username}:${this.auth.password ?? ''}`)}`;
    const res = await this.transport({ method: 'GET', url: `/token?service=${encodeURIComponent(service)}&scope=${encodeURIComponent(scope)}`, headers });
    if (res.status !== 200) return res;
    this.token = decodeJson<{ token: string }>(res.body).token;
    return null;
  }

  request(req: RegistryRequest): Promise<RegistryResponse> {
    const headers = { ...(req.headers ?? {}) };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    return this.transport({ ...req, headers });
  }

  getManifest(ref: string, method: 'GET' | 'HEAD' = 'GET'): Promise<RegistryResponse> {
    const accept = [
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ].join(', ');
    return this.request({ method, url: `/v2/${this.repo}/manifests/${ref}`, headers: { Accept: accept } });
  }

  blob(digest: string, method: 'GET' | 'HEAD' = 'GET'): Promise<RegistryResponse> {
    return this.request({ method, url: `/v2/${this.repo}/blobs/${digest}` });
  }

  /** Cross-repository mount: 201 when the registry could link the blob. */
  mount(digest: string, from: string): Promise<RegistryResponse> {
    return this.request({ method: 'POST', url: `/v2/${this.repo}/blobs/uploads/?mount=${digest}&from=${encodeURIComponent(from)}` });
  }

  /** Monolithic upload: POST to start, PUT with the bytes and digest. */
  async upload(digest: string, data: Uint8Array): Promise<RegistryResponse> {
    const start = await this.request({ method: 'POST', url: `/v2/${this.repo}/blobs/uploads/` });
    if (start.status !== 202) return start;
    const location = header(start.headers, 'location') ?? '';
    return this.request({ method: 'PUT', url: `${location}?digest=${digest}`, body: data, headers: { 'Content-Type': 'application/octet-stream' } });
  }

  putManifest(tag: string, mediaType: string, body: Uint8Array): Promise<RegistryResponse> {
    return this.request({ method: 'PUT', url: `/v2/${this.repo}/manifests/${tag}`, body, headers: { 'Content-Type': mediaType } });
  }
}
