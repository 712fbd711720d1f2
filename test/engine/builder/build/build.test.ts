import { describe, expect, it } from 'vitest';
import { buildApp, rootfs, world, write } from './helpers';
import { build } from '../../../../src/engine/builder/build';
import { loadContext } from '../../../../src/engine/builder/context';
import { renderPlain } from '../../../../src/engine/builder/progress/plain';

describe('docker build: a simple image', () => {
  it('runs RUN in a container, copies files, records config and history like BuildKit', async () => {
    const w = world();
    write(w, {
      Dockerfile: [
        'FROM busybox',
        'ENV GREETING=bonjour',
        'WORKDIR /srv',
        'COPY hello.txt .',
        'RUN echo "$GREETING le monde" > /srv/out.txt && cat hello.txt',
        'EXPOSE 8080',
        'CMD ["cat", "/srv/out.txt"]',
        '',
      ].join('\n'),
      'hello.txt': 'salut\n',
    });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const fs = rootfs(w, r.imageId!);
    expect(fs.readText('/srv/out.txt')).toBe('bonjour le monde\n');
    expect(fs.readText('/srv/hello.txt')).toBe('salut\n');
    const img = w.images.resolve('app:1');
    expect(img.id).toBe(r.imageId);
    expect(img.config.config).toMatchObject({
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GREETING=bonjour'],
      Cmd: ['cat', '/srv/out.txt'],
      WorkingDir: '/srv',
      ExposedPorts: { '8080/tcp': {} },
    });
    const history = img.config.history.slice(2).map((h) => [h.created_by, !!h.empty_layer]);
    expect(history).toEqual([
      ['ENV GREETING=bonjour', true],
      ['WORKDIR /srv', false],
      ['COPY hello.txt . # buildkit', false],
      ['RUN /bin/sh -c echo "$GREETING le monde" > /srv/out.txt && cat hello.txt # buildkit', false],
      ['EXPOSE map[8080/tcp:{}]', true],
      ['CMD ["cat" "/srv/out.txt"]', true],
    ]);
    expect(img.config.rootfs.diff_ids).toHaveLength(4);
    expect(img.config.history[2].comment).toBe('buildkit.dockerfile.v0');
  });

  it('prints BuildKit plain progress', async () => {
    const w = world();
    write(w, { Dockerfile: 'FROM busybox\nCOPY a.txt /a.txt\nRUN cat /a.txt\n', 'a.txt': 'hello\n' });
    const r = await buildApp(w);
    const lines = r.output.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 46B done',
      '#1 DONE 0.0s',
    ]);
    expect(r.output).toContain(
      '\n#2 [internal] load metadata for docker.io/library/busybox:latest\n#2 DONE 0.0s\n',
    );
    expect(r.output).toContain(
      '\n#3 [internal] load .dockerignore\n#3 transferring context: 2B done\n#3 DONE 0.0s\n',
    );
    expect(r.output).toContain('\n#4 [1/3] FROM docker.io/library/busybox:latest\n#4 DONE 0.0s\n');
    expect(r.output).toContain(
      '\n#5 [internal] load build context\n#5 transferring context: 6B done\n#5 DONE 0.0s\n',
    );
    expect(r.output).toContain('\n#6 [2/3] COPY a.txt /a.txt\n#6 DONE 0.0s\n');
    expect(r.output).toMatch(/\n#7 \[3\/3\] RUN cat \/a\.txt\n#7 0\.\d{3} hello\n#7 DONE 0\.2s\n/);
    expect(r.output).toMatch(
      /\n#8 exporting to image\n#8 exporting layers 0\.1s done\n#8 writing image sha256:[0-9a-f]{64} done\n#8 naming to docker\.io\/library\/app:1 done\n#8 DONE 0\.1s\n$/,
    );
  });
});

describe('docker build: cache', () => {
  it('reuses every step when nothing changed, and re-runs from the changed COPY on', async () => {
    const w = world();
    write(w, {
      Dockerfile:
        'FROM busybox\nCOPY deps.txt /deps.txt\nRUN cat /deps.txt > /installed\nCOPY src.txt /src.txt\nRUN cat /src.txt\n',
      'deps.txt': 'lodash\n',
      'src.txt': 'v1\n',
    });
    const first = await buildApp(w);
    expect(first.output).not.toContain('CACHED');
    const second = await buildApp(w);
    expect(second.imageId).toBe(first.imageId);
    expect(second.output.match(/CACHED/g)).toHaveLength(4);
    expect(second.output).not.toContain(' v1');

    write(w, { 'src.txt': 'v2\n' });
    const third = await buildApp(w);
    expect(third.imageId).not.toBe(first.imageId);
    expect(third.output).toMatch(/\[2\/5\] COPY deps\.txt \/deps\.txt\n#\d+ CACHED/);
    expect(third.output).toMatch(/\[3\/5\] RUN cat \/deps\.txt > \/installed\n#\d+ CACHED/);
    expect(third.output).toMatch(/\[4\/5\] COPY src\.txt \/src\.txt\n#\d+ DONE/);
    expect(third.output).toMatch(/\[5\/5\] RUN cat \/src\.txt\n#\d+ 0\.\d+ v2\n#\d+ DONE/);
  });

  it('--no-cache runs everything again; a changed ENV invalidates the RUNs after it', async () => {
    const w = world();
    write(w, { Dockerfile: 'FROM busybox\nENV V=1\nRUN echo $V\n' });
    await buildApp(w);
    expect((await buildApp(w, { noCache: true })).output).not.toContain('CACHED');
    write(w, { Dockerfile: 'FROM busybox\nENV V=2\nRUN echo $V\n' });
    const r = await buildApp(w);
    expect(r.output).not.toContain('CACHED');
    expect(r.output).toMatch(/#\d+ 0\.\d+ 2\n/);
  });
});

describe('docker build: failures', () => {
  it("a failing RUN fails the build with BuildKit's message and the line", async () => {
    const w = world();
    write(w, { Dockerfile: 'FROM busybox\nRUN echo avant && exit 3\nRUN echo jamais\n' });
    const r = await buildApp(w);
    expect(r.error?.message).toBe(
      'process "/bin/sh -c echo avant && exit 3" did not complete successfully: exit code: 3',
    );
    expect((r.error as { location?: unknown }).location).toEqual({ start: 2, end: 2 });
    expect(r.output).toMatch(
      /#5 \[2\/3\] RUN echo avant && exit 3\n#5 0\.\d{3} avant\n#5 ERROR: process "\/bin\/sh -c echo avant && exit 3" did not complete successfully: exit code: 3\n$/,
    );
    expect(w.images.find('app:1')).toBeUndefined();
  });

  it('a missing COPY source, an unknown instruction, an unknown base image', async () => {
    const w = world();
    write(w, { Dockerfile: 'FROM busybox\nCOPY nope.txt /\n' });
    const r = await buildApp(w);
    expect(r.error?.message).toMatch(
      /^failed to compute cache key: failed to calculate checksum of ref [a-z0-9]{25}::[a-z0-9]{25}: "\/nope\.txt": not found$/,
    );

    write(w, { Dockerfile: 'FROM busybox\nRUNN x\n' });
    expect((await buildApp(w)).error?.message).toBe(
      'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
    );

    write(w, { Dockerfile: 'FROM nonexistent\n' });
    const nf = await buildApp(w);
    expect(nf.error?.message).toBe(
      'nonexistent: failed to resolve source metadata for docker.io/library/nonexistent:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(nf.output).toContain(
      '#2 [internal] load metadata for docker.io/library/nonexistent:latest\n#2 ERROR: pull access denied',
    );
  });
});

describe('docker build: base images from the registry', () => {
  it('pulls a missing base image, shows its digest and layers in the FROM step', async () => {
    const w = world();
    const digest = 'sha256:' + 'ab'.repeat(32);
    const pulled: string[] = [];
    const pullImage = async (ref: string) => {
      pulled.push(ref);
      const id = w.base.id;
      w.images.setReference({ domain: 'docker.io', path: 'library/alpine', tag: '3.20' }, id);
      w.images.setReference({ domain: 'docker.io', path: 'library/alpine', digest }, id);
      return id;
    };
    write(w, { Dockerfile: 'FROM alpine:3.20\nRUN true\n' });
    const context = loadContext(w.host, '/app');
    const res = await build(
      { daemon: w.daemon, cache: w.cache, pullImage },
      { context, dockerfile: w.host.readText('/app/Dockerfile') },
    );
    const out = renderPlain(res.trace);
    expect(pulled).toEqual(['docker.io/library/alpine:3.20']);
    expect(out).toContain(
      `#4 [1/2] FROM docker.io/library/alpine:3.20@${digest}\n#4 resolve docker.io/library/alpine:3.20@${digest} done\n`,
    );
    expect(out).toMatch(/#4 sha256:[0-9a-f]{64} [\d.]+[kM]?B \/ [\d.]+[kM]?B done\n/);
    expect(out).toMatch(/#4 extracting sha256:[0-9a-f]{64} done\n#4 DONE 0\.0s\n/);
  });
});
