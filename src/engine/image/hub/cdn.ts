// Docker Hub does not serve blob bytes itself: GET or HEAD of /v2/<repo>/blobs/<digest> answers
// 307 Temporary Redirect to its CDN (production.cloudflare.docker.com), which serves the bytes to
// whoever holds the signed URL, without a token. So `curl` needs -L to download a blob, as against the
// real Hub. (The daemon's in-process client reads blobs from the registry directly.)
import type { RegistryResponse } from './http-types';
import type { HubRegistry } from './registry';

export const CDN_HOST = 'production.cloudflare.docker.com';
/** How long a signed blob URL stays valid, in seconds. */
const URL_LIFETIME = 1200;
const BLOB_PATH = /^\/registry-v2\/docker\/registry\/v2\/blobs\/sha256\/([0-9a-f]{2})\/([0-9a-f]{64})\/data$/;

const enc = new TextEncoder();

/** The CDN address of a blob, with the `verify` parameter of a signed URL. */
export function cdnUrl(digest: string, nowMs: number): string {
  const hex = digest.replace(/^sha256:/, '');
  const expires = Math.floor(nowMs / 1000) + URL_LIFETIME;
  return `https://${CDN_HOST}/registry-v2/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}/data?verify=${expires}-${hex.slice(0, 22)}`;
}

/** Go's http.Redirect with 307, as distribution's blob server calls it (short HTML body on GET only). */
export function redirectToCdn(digest: string, method: string, nowMs: number): RegistryResponse {
  const location = cdnUrl(digest, nowMs);
  const body =
    method === 'GET' ? enc.encode(`<a href="${location}">Temporary Redirect</a>.\n\n`) : new Uint8Array(0);
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Docker-Distribution-Api-Version': 'registry/2.0',
    Location: location,
  };
  if (method === 'GET') headers['Content-Length'] = String(body.length);
  return { status: 307, headers, body };
}

/** The CDN: blob bytes by their storage path; a path it does not hold is a 404. */
export function cdnHandler(hub: HubRegistry) {
  return async (path: string, method: string): Promise<RegistryResponse | null> => {
    const m = BLOB_PATH.exec(path);
    if (!m || !m[2]!.startsWith(m[1]!)) return null;
    const bytes = await hub.blobBytes(`sha256:${m[2]}`);
    if (!bytes) return null;
    return {
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.length) },
      body: method === 'HEAD' ? new Uint8Array(0) : bytes,
    };
  };
}
