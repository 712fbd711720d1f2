import { describe, expect, it } from 'vitest';
import { MEDIA } from '../../../../src/engine/image/hub/catalog';
import {
  acceptedTypes,
  negotiateManifest,
  type StoredManifest,
} from '../../../../src/engine/image/hub/negotiate';

const image = (digest: string, mediaType: string = MEDIA.manifest): StoredManifest => ({
  digest,
  mediaType,
  body: '{}',
});
const listOf = (mediaType: string, ...platforms: [string, string][]): StoredManifest => ({
  digest: 'sha256:list',
  mediaType,
  body: JSON.stringify({
    manifests: platforms.map(([digest, architecture]) => ({
      digest,
      platform: { architecture, os: 'linux' },
    })),
  }),
});
const store = new Map([
  ['sha256:amd', image('sha256:amd')],
  ['sha256:arm', image('sha256:arm')],
]);
const lookup = (d: string) => store.get(d) ?? null;

describe('manifest negotiation (distribution GetManifest)', () => {
  const list = listOf(MEDIA.manifestList, ['sha256:arm', 'arm64'], ['sha256:amd', 'amd64']);

  it('parses Accept values without parameters, one header, comma-separated', () => {
    expect([...acceptedTypes(`${MEDIA.manifest}; q=0.5, */*`)]).toEqual([MEDIA.manifest, '*/*']);
  });

  it('serves the list to a client that accepts lists', () => {
    expect(negotiateManifest(list, true, acceptedTypes(MEDIA.manifestList), lookup)).toEqual({
      ok: true,
      manifest: list,
    });
  });

  it('rewrites a tag to its linux/amd64 manifest for a client without lists', () => {
    const n = negotiateManifest(list, true, acceptedTypes(MEDIA.manifest), lookup);
    expect(n).toEqual({ ok: true, manifest: store.get('sha256:amd') });
  });

  it('refuses schema 2 to a client that accepts neither (curl without -H Accept)', () => {
    expect(negotiateManifest(list, true, acceptedTypes('*/*'), lookup)).toEqual({
      ok: false,
      status: 400,
      code: 'MANIFEST_INVALID',
      message: 'Schema 2 manifest not supported by client',
    });
  });

  it('serves a list asked for by digest whatever the Accept', () => {
    expect(negotiateManifest(list, false, acceptedTypes('*/*'), lookup)).toEqual({
      ok: true,
      manifest: list,
    });
  });

  it('hides OCI indexes and manifests from clients that do not accept them', () => {
    const index = listOf(MEDIA.ociIndex, ['sha256:amd', 'amd64']);
    expect(negotiateManifest(index, true, acceptedTypes(MEDIA.manifestList), lookup)).toMatchObject({
      ok: false,
      status: 404,
      message: 'OCI index found, but accept header does not support OCI indexes',
    });
    expect(negotiateManifest(index, true, acceptedTypes(MEDIA.ociIndex), lookup).ok).toBe(true);
    const oci = image('sha256:oci', MEDIA.ociManifest);
    expect(negotiateManifest(oci, true, acceptedTypes(MEDIA.manifest), lookup)).toMatchObject({
      message: 'OCI manifest found, but accept header does not support OCI manifests',
    });
  });

  it('answers manifest unknown when the list has no linux/amd64 image', () => {
    const armOnly = listOf(MEDIA.manifestList, ['sha256:arm', 'arm64']);
    expect(negotiateManifest(armOnly, true, acceptedTypes(MEDIA.manifest), lookup)).toMatchObject({
      ok: false,
      code: 'MANIFEST_UNKNOWN',
    });
  });
});
