import { describe, expect, it } from 'vitest';
import type { JsonMessage } from '../../../../src/engine/api/types';
import { pullImage } from '../../../../src/engine/daemon/image/pull';
import { listImages } from '../../../../src/engine/daemon/image/list';
import { inspectImage } from '../../../../src/engine/daemon/image/inspect';
import { humanSize, progressBar } from '../../../../src/engine/image/hub/progress';
import { fileLoader, hubDaemon, lines } from './helpers';
import { HubRegistry } from '../../../../src/engine/image/hub/registry';
import { syncHasher } from '../../../../src/engine/world/hasher';

async function pull(d: ReturnType<typeof hubDaemon>, name: string, opts: { platform?: string } = {}) {
  const msgs: JsonMessage[] = [];
  const id = await pullImage(d, name, { ...opts, onProgress: (m) => msgs.push(m) });
  return { id, msgs, text: lines(msgs).filter((l) => !/: (Downloading|Extracting) /.test(l)) };
}

async function error(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return `${(e as { kind: string }).kind}: ${(e as Error).message}`;
  }
  return 'no error';
}

describe('progress rendering', () => {
  it('formats sizes like go-units and bars like jsonmessage', () => {
    expect([humanSize(512), humanSize(2_150_000), humanSize(4_260_000), humanSize(1_984_132), humanSize(13_260), humanSize(2_000_000)]).toEqual([
      '512B', '2.15MB', '4.26MB', '1.984MB', '13.26kB', '2MB',
    ]);
    expect(progressBar(524_288, 2_150_000)).toBe(`[============>${' '.repeat(38)}]  524.3kB/2.15MB`);
    expect(progressBar(2_150_000, 2_150_000)).toBe(`[${'='.repeat(50)}>]   2.15MB/2.15MB`);
  });
});

describe('pull from the simulated Hub', () => {
  it("prints Docker's progress sequence and stores the image with its digest", async () => {
    const d = hubDaemon();
    const { id, msgs, text } = await pull(d, 'busybox');
    const layer = msgs.find((m) => m.status === 'Pulling fs layer')!.id!;
    expect(text).toEqual([
      'latest: Pulling from library/busybox',
      `${layer}: Pulling fs layer`,
      `${layer}: Verifying Checksum`,
      `${layer}: Download complete`,
      `${layer}: Pull complete`,
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Downloaded newer image for busybox:latest',
    ]);
    const downloading = msgs.filter((m) => m.status === 'Downloading');
    expect(downloading.at(-1)?.progressDetail).toEqual({ current: 2_150_000, total: 2_150_000 });
    const [img] = listImages(d);
    expect(img.Id).toBe(id);
    expect(img.RepoTags).toEqual(['busybox:latest']);
    expect(img.RepoDigests?.[0]).toBe(`busybox@${msgs.find((m) => m.status?.startsWith('Digest:'))!.status!.slice(8)}`);
    expect(img.Size).toBe(4_260_000);
    const fs = d.store.mount(id);
    expect(fs.readText('/bin/ls')).toBe('\x7fELF baleine:busybox\n');
    expect(fs.stat('/bin/ls').nlink).toBeGreaterThan(300);
    expect(inspectImage(d, 'busybox').Config.Cmd).toEqual(['sh']);
  });

  it('pulls by digest: no tag, a repo digest, and up to date the second time', async () => {
    const d = hubDaemon();
    const first = await pull(d, 'busybox:1.36');
    const digest = first.text.find((l) => l.startsWith('Digest: '))!.slice(8);
    const e = hubDaemon(d.hub);
    const byDigest = await pull(e, `busybox@${digest}`);
    expect(byDigest.id).toBe(first.id);
    expect(byDigest.text[0]).toBe(`${digest}: Pulling from library/busybox`);
    expect(byDigest.text.at(-1)).toBe(`Status: Downloaded newer image for busybox@${digest}`);
    expect(listImages(e)[0]).toMatchObject({ RepoTags: null, RepoDigests: [`busybox@${digest}`] });
    expect((await pull(e, `busybox@${digest}`)).text.at(-1)).toBe(`Status: Image is up to date for busybox@${digest}`);
  });

  it('takes simulated time proportional to the download size', async () => {
    const d = hubDaemon();
    const t0 = d.clock.now();
    await pull(d, 'busybox');
    const small = d.clock.now() - t0;
    const t1 = d.clock.now();
    await pull(d, 'debian:bookworm-slim');
    const big = d.clock.now() - t1;
    expect(small).toBeGreaterThanOrEqual(150);
    expect(big / small).toBeGreaterThan(10);
  });

  it('says Already exists for shared base layers and Image is up to date on a second pull', async () => {
    const d = hubDaemon();
    await pull(d, 'debian:bookworm-slim');
    const nginx = await pull(d, 'nginx');
    expect(nginx.text.filter((l) => l.endsWith('Already exists'))).toHaveLength(1);
    expect(nginx.text.filter((l) => l.endsWith('Pull complete'))).toHaveLength(6);
    expect(nginx.text.filter((l) => l.endsWith('Waiting'))).toHaveLength(3);
    expect(nginx.text.at(-1)).toBe('Status: Downloaded newer image for nginx:latest');
    const again = await pull(d, 'nginx:latest');
    expect(again.text).toEqual(['latest: Pulling from library/nginx', expect.stringMatching(/^Digest: /), 'Status: Image is up to date for nginx:latest']);
    const fs = d.store.mount(nginx.id);
    expect(fs.readText('/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
    expect(fs.readText('/etc/os-release')).toContain('Debian GNU/Linux 12 (bookworm)');
    expect(fs.readlink('/bin')).toBe('usr/bin');
    expect(inspectImage(d, 'nginx')).toMatchObject({ Config: { StopSignal: 'SIGQUIT', ExposedPorts: { '80/tcp': {} }, Entrypoint: ['/docker-entrypoint.sh'] } });
  });

  it('shares layers between python and node (buildpack-deps)', async () => {
    const d = hubDaemon();
    await pull(d, 'python:3.12');
    const node = await pull(d, 'node');
    expect(node.text.filter((l) => l.endsWith('Already exists'))).toHaveLength(4);
  });

  it('picks the platform from the index', async () => {
    const d = hubDaemon();
    const amd = await pull(d, 'alpine');
    const arm = await pull(d, 'alpine:3.20', { platform: 'linux/arm64' });
    expect(arm.id).not.toBe(amd.id);
    expect(inspectImage(d, arm.id)).toMatchObject({ Architecture: 'arm64', Variant: 'v8' });
    expect(d.store.mount(arm.id).exists('/lib/ld-musl-aarch64.so.1')).toBe(true);
    expect(await error(pull(d, 'alpine', { platform: 'linux/s390x' }))).toBe('NotFound: no matching manifest for linux/s390x in the manifest list entries');
  });

  it("fails with Docker's messages for unknown repositories, tags and hosts", async () => {
    const d = hubDaemon();
    expect(await error(pull(d, 'nosuchimage'))).toBe(
      "NotFound: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(await error(pull(d, 'nginx:nosuchtag'))).toBe('NotFound: manifest for nginx:nosuchtag not found: manifest unknown: manifest unknown');
    expect(await error(pull(d, 'ghcr.io/org/app'))).toBe('System: Get "https://ghcr.io/v2/": dial tcp: lookup ghcr.io: no such host');
  });

  it('loads the catalog and layers lazily', async () => {
    const loader = fileLoader();
    const d = hubDaemon(new HubRegistry(loader, syncHasher));
    expect(loader.loaded).toEqual([]);
    await pull(d, 'hello-world');
    expect(loader.loaded).toEqual(['catalog.json', expect.stringMatching(/^blobs\/[0-9a-f]{64}\.tar\.gz$/)]);
    expect(d.store.mount(listImages(d)[0].Id).readText('/hello')).toBe('\x7fELF baleine:hello\n');
  });

  it('gives every catalog tag a runnable root filesystem', async () => {
    const d = hubDaemon();
    for (const name of ['ubuntu', 'httpd', 'redis', 'postgres', 'mysql', 'mongo', 'traefik/whoami', 'containous/whoami', 'registry']) {
      const { id } = await pull(d, name);
      const c = inspectImage(d, id).Config;
      const fs = d.store.mount(id);
      const program = c.Entrypoint?.[0] ?? c.Cmd?.[0] ?? '';
      const path = program.startsWith('/') ? program : ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/apache2/bin'].map((p) => `${p}/${program}`).find((p) => fs.exists(p));
      expect(path && fs.exists(path), `${name}: ${program}`).toBe(true);
    }
    expect(listImages(d).find((i) => i.RepoTags?.includes('traefik/whoami:latest'))?.Id).toBe(listImages(d).find((i) => i.RepoTags?.includes('containous/whoami:latest'))?.Id);
  });
});
