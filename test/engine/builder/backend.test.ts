import { describe, expect, it } from 'vitest';
import { buildFromApi } from '../../../src/engine/builder/backend';
import { renderPlainBuild, renderTtyBuild } from '../../../src/engine/builder/progress/client-render';
import { writeTar, type TarRecord } from '../../../src/engine/layer/tar';
import { world } from './build/helpers';

function contextTar(files: Record<string, string>): Uint8Array {
  const records: TarRecord[] = Object.entries(files).map(([name, content]) => ({
    name,
    type: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: 1_700_000_000,
    data: new TextEncoder().encode(content),
  }));
  return writeTar(records);
}

const OPTS = {
  tags: ['app:1'],
  dockerfile: 'Dockerfile',
  buildArgs: {},
  labels: {},
  target: '',
  noCache: false,
  pull: false,
};

describe('POST /build backend', () => {
  it('builds from a context tar and streams progress then the image ID', async () => {
    const w = world();
    const tar = contextTar({
      Dockerfile: 'FROM busybox\nCOPY a.txt /\nRUN cat /a.txt\n',
      'a.txt': 'coucou\n',
    });
    let text = '';
    const outcome = await renderPlainBuild(
      await buildFromApi({ daemon: w.daemon, cache: w.cache }, tar, OPTS),
      (t) => (text += t),
    );
    expect(outcome.error).toBeNull();
    expect(outcome.imageId).toBe(w.images.resolve('app:1').id);
    expect(
      text.startsWith(
        '#0 building with "default" instance using docker driver\n\n#1 [internal] load build definition from Dockerfile\n',
      ),
    ).toBe(true);
    expect(text).toMatch(/#7 \[3\/3\] RUN cat \/a\.txt\n#7 0\.\d{3} coucou\n#7 DONE/);
  });

  it("reports a failing RUN with its output, the Dockerfile lines and BuildKit's error line", async () => {
    const w = world();
    const tar = contextTar({ Dockerfile: 'FROM busybox\nRUN echo oups >&2 && exit 2\n' });
    let text = '';
    const outcome = await renderPlainBuild(
      await buildFromApi({ daemon: w.daemon, cache: w.cache }, tar, OPTS),
      (t) => (text += t),
    );
    expect(outcome.error).toBe(
      'process "/bin/sh -c echo oups >&2 && exit 2" did not complete successfully: exit code: 2',
    );
    expect(text).toMatch(
      /------\n > \[2\/2\] RUN echo oups >&2 && exit 2:\n0\.\d{3} oups\n------\nDockerfile:2\n--------------------\n {3}1 \| {5}FROM busybox\n {3}2 \| >>> RUN echo oups >&2 && exit 2\n {3}3 \| {5}\n--------------------\nERROR: failed to build: failed to solve: process "\/bin\/sh -c echo oups >&2 && exit 2" did not complete successfully: exit code: 2\n$/,
    );
  });

  it('says when the Dockerfile is missing', async () => {
    const w = world();
    let text = '';
    const outcome = await renderPlainBuild(
      await buildFromApi({ daemon: w.daemon }, contextTar({ 'a.txt': '' }), {
        ...OPTS,
        dockerfile: 'Dockerfile',
      }),
      (t) => (text += t),
    );
    expect(outcome.error).toBe('failed to read dockerfile: open Dockerfile: no such file or directory');
    expect(text).toBe(
      '#0 building with "default" instance using docker driver\n\n' +
        '#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\n' +
        'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n',
    );
  });

  it('names a missing -f file by its base name, as the frontend opens it', async () => {
    const w = world();
    const outcome = await renderPlainBuild(
      await buildFromApi({ daemon: w.daemon }, contextTar({ 'a.txt': '' }), {
        ...OPTS,
        dockerfile: 'sous/Dockerfil',
      }),
      () => {},
    );
    expect(outcome.error).toBe('failed to read dockerfile: open Dockerfil: no such file or directory');
  });
});

describe('TTY rendering of a build', () => {
  it('redraws the view, ends with FINISHED and every step', async () => {
    const w = world();
    const tar = contextTar({ Dockerfile: 'FROM busybox\nRUN echo hi\n' });
    let text = '';
    const outcome = await renderTtyBuild(
      await buildFromApi({ daemon: w.daemon, cache: w.cache }, tar, OPTS),
      (t) => (text += t),
      { width: 80, height: 24, color: false },
    );
    expect(outcome.error).toBeNull();
    const final = text.slice(text.lastIndexOf('[+] Building'));
    expect(final).toMatch(/^\[\+\] Building 0\.\ds \(6\/6\) FINISHED +docker:default\n/);
    expect(final).toContain(' => [internal] load build definition from Dockerfile');
    expect(final).toMatch(/ => \[2\/2\] RUN echo hi +0\.2s\n/);
    expect(final).toMatch(/ => => naming to docker\.io\/library\/app:1 +0\.0s\n/);
    expect(text.match(/\[\+\] Building/g)!.length).toBeGreaterThan(1);
  });
});
