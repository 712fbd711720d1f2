// A plain registry (`registry:2` without auth): push and pull without login, Docker's errors otherwise.
import { describe, expect, it } from 'vitest';
import { EMPTY_CATALOG, HubRegistry } from '../../../../src/engine/image/hub/registry';
import { pullImage } from '../../../../src/engine/daemon/image/pull';
import { pushImage } from '../../../../src/engine/daemon/image/push';
import { tagImage } from '../../../../src/engine/daemon/image/tag';
import { syncHasher } from '../../../../src/engine/world/hasher';
import { hubDaemon } from './helpers';

describe('plain registry on localhost:5000', () => {
  it('accepts pushes without login and serves them back', async () => {
    const local = new HubRegistry(EMPTY_CATALOG, syncHasher, 'none');
    const d = hubDaemon();
    const hub = d.registry!;
    d.registry = (domain) => (domain === 'localhost:5000' ? (req) => local.handle(req) : hub(domain));
    const id = await pullImage(d, 'alpine');
    tagImage(d, 'alpine', 'localhost:5000/alpine', 'v1');
    const msgs: string[] = [];
    await pushImage(d, 'localhost:5000/alpine:v1', { onProgress: (m) => m.status && msgs.push(m.status) });
    expect(msgs[0]).toBe('The push refers to repository [localhost:5000/alpine]');
    expect(msgs).toContain('Pushed');

    const other = hubDaemon();
    other.registry = (domain) => (domain === 'localhost:5000' ? (req) => local.handle(req) : null);
    expect(await pullImage(other, 'localhost:5000/alpine:v1')).toBe(id);
    const ping = await local.handle({ method: 'GET', url: '/v2/' });
    expect([ping.status, ping.headers['Docker-Distribution-Api-Version']]).toEqual([200, 'registry/2.0']);
    const catalog = await local.handle({ method: 'GET', url: '/v2/_catalog' });
    expect(new TextDecoder().decode(catalog.body)).toBe('{"repositories":["alpine"]}\n');
    let message = '';
    try {
      await pullImage(other, 'localhost:5000/nosuch');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      "pull access denied for localhost:5000/nosuch, repository does not exist or may require 'docker login': name unknown: repository name not known to registry",
    );
  });
});
