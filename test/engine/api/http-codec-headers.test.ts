// Repeated request headers reach the router with every value (two `curl -H 'Accept: …'`).
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/engine/api/http';
import { readRequest } from '../../../src/engine/api/http-codec';
import { acceptedTypes } from '../../../src/engine/image/hub/negotiate';

async function* bytes(text: string): AsyncIterable<Uint8Array> {
  yield utf8(text);
}

describe('request headers sent more than once', () => {
  it('keeps every value, joined with ", "', async () => {
    const wire =
      'GET /v2/library/busybox/manifests/latest HTTP/1.1\r\nHost: registry-1.docker.io\r\n' +
      'Accept: application/vnd.docker.distribution.manifest.v2+json\r\n' +
      'accept: application/vnd.oci.image.index.v1+json\r\nUser-Agent: curl/7.88.1\r\n\r\n';
    const got = await readRequest(bytes(wire));
    expect(got?.request.headers.accept).toBe(
      'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json',
    );
    expect([...acceptedTypes(got?.request.headers.accept)]).toEqual([
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
    ]);
    expect(got?.request.headers['user-agent']).toBe('curl/7.88.1');
  });
});
