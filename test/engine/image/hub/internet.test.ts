// The Hub's HTTP face, request by request (no network): dispatch on the Host header, Go's 404 page,
// the CDN's blob paths, the tags web API's pages, and host name resolution.
import { describe, expect, it } from 'vitest';
import type { ApiRequest } from '../../../../src/engine/api/http';
import { hubHttpHandler, resolveHubHost } from '../../../../src/engine/image/hub/internet';
import { HubRegistry } from '../../../../src/engine/image/hub/registry';
import { syncHasher } from '../../../../src/engine/world/hasher';
import { fileLoader } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const hub = new HubRegistry(fileLoader(), syncHasher, 'token', () => NOW);
const handler = hubHttpHandler(hub, () => NOW);

function get(host: string, path: string, query: Record<string, string[]> = {}, method = 'GET'): ApiRequest {
  return { method, path, query, headers: { host }, body: null };
}

const text = (b: unknown) => new TextDecoder().decode(b as Uint8Array);

describe("the Hub's HTTP face", () => {
  it('answers Go’s 404 page for paths and hosts it does not serve', async () => {
    for (const req of [
      get('auth.docker.io', '/v2/'),
      get('registry-1.docker.io', '/token'),
      get('example.org', '/'),
    ]) {
      const res = await handler.handle(req);
      expect(res.status).toBe(404);
      expect(text(res.body)).toBe('404 page not found\n');
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
  });

  it('dates every answer and sends HSTS, header names in lower case', async () => {
    const res = await handler.handle(get('registry-1.docker.io', '/v2/'));
    expect(res.headers.date).toBe('Mon, 23 Nov 2026 12:00:00 GMT');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(Object.keys(res.headers).every((k) => k === k.toLowerCase())).toBe(true);
  });

  it('issues tokens stamped with the clock', async () => {
    const res = await handler.handle(
      get('auth.docker.io', '/token', {
        service: ['registry.docker.io'],
        scope: ['repository:library/alpine:pull'],
      }),
    );
    const body = JSON.parse(text(res.body)) as { issued_at: string; expires_in: number };
    expect(body.issued_at).toBe('2026-11-23T12:00:00Z');
    expect(body.expires_in).toBe(300);
  });

  it('serves blobs from the CDN by their storage path, and nothing else', async () => {
    const cat = await hub.data();
    const [digest] = Object.keys(cat.configs);
    const hex = digest!.slice('sha256:'.length);
    const path = `/registry-v2/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
    const res = await handler.handle(get('production.cloudflare.docker.com', path, { verify: ['1-x'] }));
    expect(res.status).toBe(200);
    expect(text(res.body)).toBe(cat.configs[digest!]);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    const wrongPrefix = path.replace(`/sha256/${hex.slice(0, 2)}/`, '/sha256/zz/');
    expect((await handler.handle(get('production.cloudflare.docker.com', wrongPrefix))).status).toBe(404);
    const unknown = path.replaceAll(hex, '0'.repeat(64)).replace(`/${hex.slice(0, 2)}/`, '/00/');
    expect((await handler.handle(get('production.cloudflare.docker.com', unknown))).status).toBe(404);
  });

  it('pages the tags web API', async () => {
    const cat = await hub.data();
    const count = Object.keys(cat.repositories['library/redis']!.tags).length;
    const path = '/v2/repositories/library/redis/tags';
    const page2 = JSON.parse(
      text((await handler.handle(get('hub.docker.com', path, { page: ['2'], page_size: ['2'] }))).body),
    ) as {
      count: number;
      next: string | null;
      previous: string | null;
      results: { name: string; digest: string }[];
    };
    expect(page2.count).toBe(count);
    expect(page2.previous).toBe(`https://hub.docker.com${path}?page=1&page_size=2`);
    expect(page2.next).toBe(count > 4 ? `https://hub.docker.com${path}?page=3&page_size=2` : null);
    expect(page2.results.map((r) => cat.repositories['library/redis']!.tags[r.name])).toEqual(
      page2.results.map((r) => r.digest),
    );
    const newer = await handler.handle(
      get('hub.docker.com', '/v2/namespaces/library/repositories/redis/tags'),
    );
    expect((JSON.parse(text(newer.body)) as { count: number }).count).toBe(count);
    expect((await handler.handle(get('hub.docker.com', '/v2/namespaces/library/redis/tags'))).status).toBe(
      404,
    );
    const missing = await handler.handle(get('hub.docker.com', '/v2/repositories/library/nope/tags'));
    expect(missing.status).toBe(404);
    expect(JSON.parse(text(missing.body))).toEqual({
      message: 'httperror 404: object not found',
      errinfo: { namespace: 'library', repository: 'nope' },
    });
  });

  it('resolves only Docker Hub’s names', () => {
    expect(resolveHubHost('registry-1.docker.io')).toBe(resolveHubHost('index.docker.io'));
    expect(resolveHubHost('AUTH.docker.io.')).not.toBeNull();
    expect(resolveHubHost('docker.io.example.org')).toBeNull();
  });
});
