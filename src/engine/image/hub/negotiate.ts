// Manifest content negotiation as distribution's GetManifest does it: the client's Accept header says
// which manifest kinds it supports (only exact media types count, `*/*` does not); a manifest list
// asked for by tag from a client that does not accept lists is answered with its linux/amd64 image
// manifest; OCI manifests and indexes are only served to clients that accept them.
import { MEDIA } from './catalog';
import { decodeJson } from './http-types';

export interface StoredManifest {
  digest: string;
  mediaType: string;
  body: string;
}

export type Negotiated =
  { ok: true; manifest: StoredManifest } | { ok: false; status: number; code: string; message: string };

/** The media types an Accept header names (one header, comma-separated, parameters ignored). */
export function acceptedTypes(accept: string | undefined): Set<string> {
  return new Set(
    (accept ?? '')
      .split(',')
      .map((t) => t.split(';')[0]!.trim().toLowerCase())
      .filter(Boolean),
  );
}

export function negotiateManifest(
  found: StoredManifest,
  byTag: boolean,
  accept: Set<string>,
  lookup: (digest: string) => StoredManifest | null,
): Negotiated {
  if (found.mediaType === MEDIA.ociManifest && !accept.has(MEDIA.ociManifest))
    return refuse('OCI manifest found, but accept header does not support OCI manifests');
  if (found.mediaType === MEDIA.ociIndex && !accept.has(MEDIA.ociIndex))
    return refuse('OCI index found, but accept header does not support OCI indexes');
  if (!byTag || found.mediaType !== MEDIA.manifestList || accept.has(MEDIA.manifestList))
    return { ok: true, manifest: found };
  const list = decodeJson<{
    manifests: { digest: string; platform?: { architecture: string; os: string } }[];
  }>(new TextEncoder().encode(found.body));
  const entry = list.manifests.find((m) => m.platform?.architecture === 'amd64' && m.platform.os === 'linux');
  const manifest = entry ? lookup(entry.digest) : null;
  if (!manifest) return refuse('manifest unknown');
  if (manifest.mediaType === MEDIA.manifest && !accept.has(MEDIA.manifest)) {
    return {
      ok: false,
      status: 400,
      code: 'MANIFEST_INVALID',
      message: 'Schema 2 manifest not supported by client',
    };
  }
  return { ok: true, manifest };
}

function refuse(message: string): Negotiated {
  return { ok: false, status: 404, code: 'MANIFEST_UNKNOWN', message };
}
