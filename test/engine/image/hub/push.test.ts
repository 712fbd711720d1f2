import { describe, expect, it } from 'vitest';
import type { JsonMessage } from '../../../../src/engine/api/types';
import { pullImage } from '../../../../src/engine/daemon/image/pull';
import { pushImage } from '../../../../src/engine/daemon/image/push';
import { login } from '../../../../src/engine/daemon/image/login';
import { tagImage } from '../../../../src/engine/daemon/image/tag';
import { commitContainer } from '../../../../src/engine/daemon/image/commit';
import { RwLayer } from '../../../../src/engine/layer/rwlayer';
import { hubDaemon, lines } from './helpers';

async function error(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return `${(e as { kind: string }).kind}: ${(e as Error).message}`;
  }
  return 'no error';
}

const alice = { username: 'alice', password: 's3cret' };

describe('login and push', () => {
  it('logs in, creating the account the first time, and refuses a wrong password', async () => {
    const d = hubDaemon();
    expect(await login(d, alice)).toEqual({ Status: 'Login Succeeded', IdentityToken: '' });
    expect(await login(d, { ...alice, serveraddress: 'https://index.docker.io/v1/' })).toEqual({ Status: 'Login Succeeded', IdentityToken: '' });
    expect(await error(login(d, { username: 'alice', password: 'nope' }))).toBe(
      'Unauthorized: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    );
  });

  it('refuses to push without login or outside the user namespace', async () => {
    const d = hubDaemon();
    await pullImage(d, 'busybox');
    const msgs: JsonMessage[] = [];
    expect(await error(pushImage(d, 'busybox', { onProgress: (m) => msgs.push(m) }))).toBe('Unauthorized: denied: requested access to the resource is denied');
    expect(lines(msgs)).toEqual(['The push refers to repository [docker.io/library/busybox]', expect.stringMatching(/^[0-9a-f]{12}: Preparing$/)]);
    tagImage(d, 'busybox', 'bob/box');
    expect(await error(pushImage(d, 'bob/box', { auth: alice }))).toBe('Unauthorized: denied: requested access to the resource is denied');
    expect(await error(pushImage(d, 'alice/none', { auth: alice }))).toBe('NotFound: An image does not exist locally with the tag: alice/none');
  });

  it('mounts pulled layers, uploads new ones, and another engine pulls the result', async () => {
    const d = hubDaemon();
    await pullImage(d, 'busybox');
    const base = d.store.resolve('busybox').id;
    const rw = new RwLayer();
    d.store.mount(base, rw).writeFile('/hello.txt', 'bonjour\n');
    const id = commitContainer(d, { id: 'c'.repeat(64), imageId: base, config: { Cmd: ['cat', '/hello.txt'] }, rw }, { repo: 'alice/hello', tag: 'v1' });
    const msgs: JsonMessage[] = [];
    await pushImage(d, 'alice/hello:v1', { auth: alice, onProgress: (m) => msgs.push(m) });
    const text = lines(msgs).filter((l) => !/: Pushing /.test(l));
    expect(text).toEqual([
      'The push refers to repository [docker.io/alice/hello]',
      expect.stringMatching(/: Preparing$/),
      expect.stringMatching(/: Preparing$/),
      expect.stringMatching(/: Pushed$/),
      expect.stringMatching(/: Mounted from library\/busybox$/),
      expect.stringMatching(/^v1: digest: sha256:[0-9a-f]{64} size: \d+$/),
      expect.stringMatching(/^\{"Tag":"v1","Digest":"sha256:/),
    ]);
    // Pushing again: every layer already exists.
    const again: JsonMessage[] = [];
    await pushImage(d, 'alice/hello:v1', { auth: alice, onProgress: (m) => again.push(m) });
    expect(lines(again).filter((l) => l.endsWith('Layer already exists'))).toHaveLength(2);

    const other = hubDaemon(d.hub);
    const pulled = await pullImage(other, 'alice/hello:v1');
    expect(pulled).toBe(id);
    expect(other.store.mount(pulled).readText('/hello.txt')).toBe('bonjour\n');
  });
});

describe('registry HTTP API', () => {
  it('answers /v2/ with a Bearer challenge, tokens, tags/list and HEAD manifests', async () => {
    const { hub } = hubDaemon();
    const ping = await hub.handle({ method: 'GET', url: '/v2/' });
    expect(ping.status).toBe(401);
    expect(ping.headers['WWW-Authenticate']).toBe('Bearer realm="https://auth.docker.io/token",service="registry.docker.io"');
    const tok = await hub.handle({ method: 'GET', url: '/token?service=registry.docker.io&scope=repository:library/redis:pull' });
    const token = JSON.parse(new TextDecoder().decode(tok.body)).token as string;
    const auth = { Authorization: `Bearer ${token}` };
    const tags = await hub.handle({ method: 'GET', url: '/v2/library/redis/tags/list', headers: auth });
    expect(JSON.parse(new TextDecoder().decode(tags.body))).toEqual({ name: 'library/redis', tags: ['7', '7.4', '7.4.1', 'latest'] });
    const head = await hub.handle({ method: 'HEAD', url: '/v2/library/redis/manifests/latest', headers: { ...auth, Accept: 'application/vnd.docker.distribution.manifest.list.v2+json' } });
    expect(head.status).toBe(200);
    expect(head.headers['Content-Type']).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(head.headers['Docker-Content-Digest']).toMatch(/^sha256:/);
    const other = await hub.handle({ method: 'GET', url: '/v2/library/nginx/tags/list', headers: auth });
    expect(other.status).toBe(401);
  });
});
