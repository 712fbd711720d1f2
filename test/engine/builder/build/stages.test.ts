import { describe, expect, it } from 'vitest';
import { gzip } from 'pako';
import { writeTar } from '../../../../src/engine/layer/tar';
import { buildApp, rootfs, world, write } from './helpers';

const MULTI = [
  'FROM busybox AS build',
  'WORKDIR /src',
  'COPY main.txt .',
  'RUN cat main.txt main.txt > app.bin',
  '',
  'FROM busybox AS unused',
  'RUN echo never',
  '',
  'FROM scratch',
  'COPY --from=build /src/app.bin /app.bin',
  '',
].join('\n');

describe('multi-stage builds', () => {
  it('keeps only the final stage, names steps per stage, skips stages nobody needs', async () => {
    const w = world();
    write(w, { Dockerfile: MULTI, 'main.txt': 'x\n' });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const img = w.images.resolve(r.imageId!);
    expect(img.layers).toHaveLength(1);
    expect(rootfs(w, r.imageId!).readText('/app.bin')).toBe('x\nx\n');
    expect(rootfs(w, r.imageId!).exists('/bin/sh')).toBe(false);
    expect(img.config.history.map((h) => h.created_by)).toEqual(['COPY /src/app.bin /app.bin # buildkit']);
    expect(r.output).toContain('[build 1/4] FROM docker.io/library/busybox:latest');
    expect(r.output).toContain('[build 2/4] WORKDIR /src');
    expect(r.output).toContain('[build 4/4] RUN cat main.txt main.txt > app.bin');
    expect(r.output).toContain('[stage-2 1/1] COPY --from=build /src/app.bin /app.bin');
    expect(r.output).not.toContain('never');
    expect(r.output).not.toContain('unused');
  });

  it('--target stops at a stage; an unknown target is an error with a suggestion', async () => {
    const w = world();
    write(w, { Dockerfile: MULTI, 'main.txt': 'x\n' });
    const r = await buildApp(w, { target: 'build' });
    expect(rootfs(w, r.imageId!).readText('/src/app.bin')).toBe('x\nx\n');
    expect(w.images.resolve(r.imageId!).config.config.WorkingDir).toBe('/src');
    const bad = await buildApp(w, { target: 'buil' });
    expect(bad.error?.message).toBe('target stage "buil" could not be found (did you mean build?)');
  });

  it('FROM a previous stage continues from it; COPY --from an image pulls it in', async () => {
    const w = world();
    write(w, {
      Dockerfile:
        'FROM busybox AS base\nRUN echo base > /base\nFROM base\nRUN cat /base\nCOPY --from=busybox /etc/group /g\n',
    });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    expect(rootfs(w, r.imageId!).readText('/base')).toBe('base\n');
    expect(rootfs(w, r.imageId!).readText('/g')).toContain('root:x:0:');
    expect(r.output).toContain('[stage-1 1/2] RUN cat /base');
  });
});

describe('ARG, ENV and build args', () => {
  it('meta ARGs in FROM, --build-arg overrides, ARG values in RUN history', async () => {
    const w = world();
    write(w, {
      Dockerfile:
        'ARG BASE=busybox\nFROM ${BASE}\nARG NAME=monde\nARG EMPTY\nRUN echo "bonjour $NAME" > /out\n',
    });
    const r = await buildApp(w, { buildArgs: { NAME: 'Lyon' } });
    expect(r.error).toBeNull();
    expect(rootfs(w, r.imageId!).readText('/out')).toBe('bonjour Lyon\n');
    const history = w.images.resolve(r.imageId!).config.history.map((h) => h.created_by);
    expect(history.slice(-3)).toEqual([
      'ARG NAME=monde'.replace('monde', 'Lyon'),
      'ARG EMPTY',
      'RUN |2 NAME=Lyon EMPTY= /bin/sh -c echo "bonjour $NAME" > /out # buildkit',
    ]);
    expect(w.images.resolve(r.imageId!).config.config.Env).not.toContain('NAME=Lyon');
  });

  it('expands variables in COPY, WORKDIR, USER, LABEL and --label adds labels', async () => {
    const w = world();
    write(w, {
      Dockerfile:
        'FROM busybox\nENV DIR=/opt/app U=app\nWORKDIR $DIR\nCOPY --chown=${U}:app f.txt ${DIR}/\nUSER $U\nLABEL dir="$DIR"\n',
      'f.txt': 'f\n',
    });
    const r = await buildApp(w, { labels: { 'org.baleine.cours': 'docker' } });
    expect(r.error).toBeNull();
    const fs = rootfs(w, r.imageId!);
    const st = fs.stat('/opt/app/f.txt');
    expect([st.uid, st.gid]).toEqual([1000, 1000]);
    const config = w.images.resolve(r.imageId!).config.config;
    expect(config.User).toBe('app');
    expect(config.Labels).toEqual({ dir: '/opt/app', 'org.baleine.cours': 'docker' });
  });
});

describe('COPY and ADD', () => {
  it('COPY . honours .dockerignore; globs; directories copy their content', async () => {
    const w = world();
    write(w, {
      Dockerfile: 'FROM busybox\nCOPY . /ctx/\nCOPY src/*.js /js/\nCOPY src /flat\n',
      '.dockerignore': 'secret.txt\n*.log\n',
      'secret.txt': 's',
      'debug.log': 'l',
      'src/a.js': 'a',
      'src/b.js': 'b',
      'src/c.css': 'c',
    });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const fs = rootfs(w, r.imageId!);
    expect(fs.readdir('/ctx')).toEqual(['.dockerignore', 'Dockerfile', 'src']);
    expect(fs.readdir('/js')).toEqual(['a.js', 'b.js']);
    expect(fs.readdir('/flat')).toEqual(['a.js', 'b.js', 'c.css']);
  });

  it('ADD unpacks a local gzip tar; COPY keeps it as a file', async () => {
    const w = world();
    const tar = writeTar([
      { name: 'pkg/', type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1_700_000_000 },
      {
        name: 'pkg/readme',
        type: 'file',
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: 1_700_000_000,
        data: new TextEncoder().encode('lisez-moi\n'),
      },
    ]);
    write(w, { Dockerfile: 'FROM busybox\nADD pkg.tar.gz /opt/\nCOPY pkg.tar.gz /raw/\n' });
    w.host.writeFile('/app/pkg.tar.gz', gzip(tar));
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const fs = rootfs(w, r.imageId!);
    expect(fs.readText('/opt/pkg/readme')).toBe('lisez-moi\n');
    expect(fs.readdir('/raw')).toEqual(['pkg.tar.gz']);
  });

  it('heredocs: RUN <<EOF runs the script, COPY <<EOF writes a file', async () => {
    const w = world();
    write(w, {
      Dockerfile:
        'FROM busybox\nENV WHO=vous\nRUN <<EOF\necho un > /un\necho deux > /deux\nEOF\nCOPY <<EOF /salut.txt\nBonjour $WHO\nEOF\n',
    });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const fs = rootfs(w, r.imageId!);
    expect(fs.readText('/un') + fs.readText('/deux')).toBe('un\ndeux\n');
    expect(fs.readText('/salut.txt')).toBe('Bonjour vous\n');
    expect(r.output).toContain('[2/3] RUN <<EOF (echo un > /un...)');
  });

  it('several sources need a directory destination ending in /', async () => {
    const w = world();
    write(w, { Dockerfile: 'FROM busybox\nCOPY a b /dest\n', a: '', b: '' });
    const r = await buildApp(w);
    expect(r.error?.message).toBe(
      'When using COPY with more than one source file, the destination must be a directory and end with a /',
    );
  });
});

describe('config instructions', () => {
  it('ENTRYPOINT resets an inherited CMD, shell forms use SHELL, HEALTHCHECK and ONBUILD are recorded', async () => {
    const w = world();
    write(w, {
      Dockerfile: [
        'FROM busybox',
        'SHELL ["/bin/sh", "-ec"]',
        'ENTRYPOINT echo hi',
        'HEALTHCHECK --interval=30s --retries=3 CMD true',
        'ONBUILD RUN echo child',
        'STOPSIGNAL SIGQUIT',
        'VOLUME /data',
        'MAINTAINER Jeanne',
        '',
      ].join('\n'),
    });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const img = w.images.resolve(r.imageId!);
    expect(img.config.config.Entrypoint).toEqual(['/bin/sh', '-ec', 'echo hi']);
    expect(img.config.config.Cmd).toBeUndefined();
    expect(img.config.config.OnBuild).toEqual(['RUN echo child']);
    expect(img.config.author).toBe('Jeanne');
    expect(img.config.history.slice(2).map((h) => h.created_by)).toEqual([
      'SHELL [/bin/sh -ec]',
      'ENTRYPOINT ["/bin/sh" "-ec" "echo hi"]',
      'HEALTHCHECK {Test:[CMD-SHELL true] Interval:30s Timeout:0s StartPeriod:0s StartInterval:0s Retries:3}',
      'STOPSIGNAL SIGQUIT',
      'VOLUME [/data]',
      'MAINTAINER Jeanne',
    ]);

    write(w, { Dockerfile: 'FROM app:1\nRUN echo parent\n' });
    const child = await buildApp(w);
    expect(child.output).toContain('[1/3] FROM docker.io/library/app:1');
    expect(child.output).toMatch(/\[2\/3\] ONBUILD RUN echo child\n#\d+ 0\.\d+ child/);
    expect(w.images.resolve(child.imageId!).config.config.OnBuild).toBeUndefined();
  });
});

describe('RUN --mount and WORKDIR ownership', () => {
  it('binds context files read-only, keeps cache mounts across builds, leaves no trace in the layer', async () => {
    const w = world();
    write(w, {
      Dockerfile: [
        'FROM busybox',
        'RUN --mount=type=bind,source=conf,target=/mnt/conf cat /mnt/conf/app.ini > /copied',
        'RUN --mount=type=cache,target=/cache echo x >> /cache/log && cat /cache/log > /seen',
        'RUN --mount=type=tmpfs,target=/scratch touch /scratch/tmp',
        '',
      ].join('\n'),
      'conf/app.ini': 'port=80\n',
    });
    const first = await buildApp(w);
    expect(first.error).toBeNull();
    const fs = rootfs(w, first.imageId!);
    expect(fs.readText('/copied')).toBe('port=80\n');
    expect(fs.readText('/seen')).toBe('x\n');
    expect(fs.exists('/scratch')).toBe(false);
    expect(fs.exists('/cache')).toBe(false);
    expect(fs.exists('/mnt')).toBe(false);

    const again = await buildApp(w, { noCache: true });
    expect(rootfs(w, again.imageId!).readText('/seen')).toBe('x\nx\n');

    write(w, { 'conf/app.ini': 'port=8080\n' });
    const changed = await buildApp(w);
    expect(changed.output).toMatch(/RUN --mount=type=bind,source=conf,target=\/mnt\/conf cat .*\n#\d+ DONE/);
    expect(rootfs(w, changed.imageId!).readText('/copied')).toBe('port=8080\n');
  });

  it('WORKDIR after USER creates the directory for that user', async () => {
    const w = world();
    write(w, { Dockerfile: 'FROM busybox\nUSER app\nWORKDIR /home/app/project\nRUN touch mine\n' });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    const fs = rootfs(w, r.imageId!);
    expect(fs.stat('/home/app/project').uid).toBe(1000);
    expect(fs.stat('/home/app/project/mine').uid).toBe(1000);
  });
});

describe('COPY history', () => {
  it('records --chown/--chmod and the expanded sources and destination, as BuildKit', async () => {
    const w = world();
    write(w, {
      Dockerfile: 'FROM busybox\nENV D=/opt\nCOPY --chown=1000:1000 --chmod=640 a.txt $D/\n',
      'a.txt': 'a',
    });
    const r = await buildApp(w);
    expect(r.error).toBeNull();
    expect(w.images.resolve(r.imageId!).config.history.at(-1)!.created_by).toBe(
      'COPY --chown=1000:1000 --chmod=640 a.txt /opt/ # buildkit',
    );
    expect(rootfs(w, r.imageId!).stat('/opt/a.txt').mode).toBe(0o640);
  });
});
