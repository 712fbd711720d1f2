import { describe, expect, it } from 'vitest';
import { Filters } from '../../../../src/engine/api/filters';
import { listImages } from '../../../../src/engine/daemon/image/list';
import { inspectImage } from '../../../../src/engine/daemon/image/inspect';
import { imageHistory } from '../../../../src/engine/daemon/image/history';
import { tagImage } from '../../../../src/engine/daemon/image/tag';
import { removeImage, chainIds } from '../../../../src/engine/daemon/image/remove';
import { pruneImages } from '../../../../src/engine/daemon/image/prune';
import { commitContainer } from '../../../../src/engine/daemon/image/commit';
import { importImage } from '../../../../src/engine/daemon/image/import';
import { imagesDiskUsage } from '../../../../src/engine/daemon/image/df';
import { RwLayer } from '../../../../src/engine/layer/rwlayer';
import { exportTar } from '../../../../src/engine/layer/export';
import { changes } from '../../../../src/engine/layer/diff';
import { addImage, testDaemon } from './helpers';

function msg(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return `${(e as { kind?: string }).kind}: ${(e as Error).message}`;
  }
  return 'no error';
}

describe('list', () => {
  it('lists newest first with tags, digests and <none> for dangling images', () => {
    const d = testDaemon();
    const a = addImage(d, 'busybox:latest', { seed: 'a' });
    d.tick(60_000);
    const b = addImage(d, null, { seed: 'b' });
    const list = listImages(d);
    expect(list.map((i) => i.Id)).toEqual([b, a]);
    expect(list[0]).toMatchObject({
      RepoTags: ['<none>:<none>'],
      RepoDigests: ['<none>@<none>'],
      Containers: -1,
      SharedSize: -1,
    });
    expect(list[1]).toMatchObject({
      RepoTags: ['busybox:latest'],
      RepoDigests: null,
      Size: d.store.get(a)!.size,
    });
  });

  it('filters by dangling, label, reference, before and since', () => {
    const d = testDaemon();
    const a = addImage(d, 'busybox:latest', { seed: 'a', labels: { team: 'x' } });
    d.tick(1000);
    const b = addImage(d, 'alpine:3.19', { seed: 'b' });
    tagImage(d, b, 'alpine', 'latest');
    d.tick(1000);
    const c = addImage(d, null, { seed: 'c' });
    const ids = (f: Record<string, string[]>) => listImages(d, { filters: Filters.from(f) }).map((i) => i.Id);
    expect(ids({ dangling: ['true'] })).toEqual([c]);
    expect(ids({ dangling: ['false'] })).toEqual([b, a]);
    expect(ids({ label: ['team=x'] })).toEqual([a]);
    expect(ids({ label: ['team'] })).toEqual([a]);
    expect(ids({ reference: ['alp*'] })).toEqual([b]);
    expect(listImages(d, { filters: Filters.from({ reference: ['alpine:3*'] }) })[0].RepoTags).toEqual([
      'alpine:3.19',
    ]);
    expect(ids({ before: ['alpine:latest'] })).toEqual([a]);
    expect(ids({ since: ['busybox'] })).toEqual([c, b]);
    expect(msg(() => ids({ bogus: ['1'] }))).toBe("InvalidParameter: Invalid filter 'bogus'");
  });
});

describe('inspect and history', () => {
  it("has Docker's ImageInspect shape", () => {
    const d = testDaemon();
    const id = addImage(d, 'busybox', { layers: 2 });
    const i = inspectImage(d, 'busybox');
    expect(i.Id).toBe(id);
    expect(i.RepoTags).toEqual(['busybox:latest']);
    expect(i.RepoDigests).toEqual([]);
    expect(Object.keys(i.Config)).toEqual([
      'Hostname',
      'Domainname',
      'User',
      'AttachStdin',
      'AttachStdout',
      'AttachStderr',
      'Tty',
      'OpenStdin',
      'StdinOnce',
      'Env',
      'Cmd',
      'Image',
      'Volumes',
      'WorkingDir',
      'Entrypoint',
      'OnBuild',
      'Labels',
    ]);
    expect(i.RootFS.Layers).toHaveLength(2);
    expect(i.GraphDriver.Name).toBe('overlay2');
    expect(Object.keys(i.GraphDriver.Data ?? {})).toEqual(['LowerDir', 'MergedDir', 'UpperDir', 'WorkDir']);
    expect(msg(() => inspectImage(d, 'nope'))).toBe('NotFound: no such image: nope: No such image: nope:latest');
  });

  it('lists history newest first, with the IDs of the image and its parents', () => {
    const d = testDaemon();
    const base = addImage(d, 'busybox', { layers: 2 });
    const rw = new RwLayer();
    d.store.mount(base, rw).writeFile('/hello', 'hi\n');
    d.tick(5000);
    const id = commitContainer(
      d,
      { id: 'c'.repeat(64), imageId: base, config: { Cmd: ['sh', '-c', 'echo hi > /hello'] }, rw },
      { repo: 'mine', comment: 'my msg' },
    );
    const h = imageHistory(d, 'mine');
    expect(
      h.map((x) => [x.Id === id ? 'top' : x.Id === base ? 'base' : x.Id, x.CreatedBy, x.Size, x.Tags]),
    ).toEqual([
      ['top', 'sh -c echo hi > /hello', 3, ['mine:latest']],
      ['base', '/bin/sh -c #(nop)  CMD ["sh"]', 0, ['busybox:latest']],
      ['<missing>', '/bin/sh -c #(nop) ADD file:1 in / ', 100, null],
      ['<missing>', '/bin/sh -c #(nop) ADD file:0 in / ', d.store.get(base)!.layers[0].size, null],
    ]);
    expect(h[0].Comment).toBe('my msg');
  });
});

describe('tag and remove', () => {
  it('untags when other references remain, deletes with the layer chain otherwise', () => {
    const d = testDaemon();
    const id = addImage(d, 'busybox', { layers: 2 });
    tagImage(d, 'busybox', 'me/box', 'v1');
    expect(removeImage(d, 'me/box:v1')).toEqual([{ Untagged: 'me/box:v1' }]);
    const chains = chainIds(d, d.store.get(id)!.config.rootfs.diff_ids);
    expect(removeImage(d, 'busybox')).toEqual([
      { Untagged: 'busybox:latest' },
      { Deleted: id },
      { Deleted: chains[1] },
      { Deleted: chains[0] },
    ]);
    expect(d.store.allLayers()).toEqual([]);
  });

  it("refuses with Docker's conflict messages", () => {
    const d = testDaemon();
    const id = addImage(d, 'busybox');
    d.containers.set('a', { id: '0123abcd4567' + 'e'.repeat(52), image: id, running: false });
    const short = id.slice(7, 19);
    expect(msg(() => removeImage(d, 'busybox'))).toBe(
      `Conflict: conflict: unable to remove repository reference "busybox" (must force) - container 0123abcd4567 is using its referenced image ${short}`,
    );
    expect(msg(() => removeImage(d, short))).toBe(
      `Conflict: conflict: unable to delete ${short} (must be forced) - image is being used by stopped container 0123abcd4567`,
    );
    tagImage(d, 'busybox', 'other', undefined);
    expect(msg(() => removeImage(d, short))).toBe(
      `Conflict: conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`,
    );
    d.containers.get('a')!.running = true;
    expect(msg(() => removeImage(d, short, { force: true }))).toBe(
      `Conflict: conflict: unable to delete ${short} (cannot be forced) - image is being used by running container 0123abcd4567`,
    );
    d.containers.get('a')!.running = false;
    const recs = removeImage(d, short, { force: true });
    expect(recs.slice(0, 3)).toEqual([
      { Untagged: 'busybox:latest' },
      { Untagged: 'other:latest' },
      { Deleted: id },
    ]);
  });

  it('keeps a parent with children, and prunes untagged parents', () => {
    const d = testDaemon();
    const base = addImage(d, 'busybox');
    const rw = new RwLayer();
    d.store.mount(base, rw).writeFile('/x', 'x');
    const child = commitContainer(
      d,
      { id: 'c'.repeat(64), imageId: base, config: { Cmd: ['sh'] }, rw },
      { repo: 'child' },
    );
    expect(msg(() => removeImage(d, base.slice(7, 19)))).toMatch(
      /cannot be forced\) - image has dependent child images$/,
    );
    removeImage(d, 'busybox');
    expect(d.store.get(base)).toBeDefined();
    const recs = removeImage(d, 'child');
    expect(recs.filter((r) => r.Deleted === child || r.Deleted === base)).toHaveLength(2);
  });

  it('prunes dangling images and reports reclaimed space', () => {
    const d = testDaemon();
    addImage(d, 'busybox', { seed: 'a' });
    const dangling = addImage(d, null, { seed: 'b' });
    const size = d.store.get(dangling)!.size;
    const r = pruneImages(d);
    expect(r.ImagesDeleted?.[0]).toEqual({ Deleted: dangling });
    expect(r.SpaceReclaimed).toBe(size);
    expect(pruneImages(d)).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
  });

  it('rejects bad tags', () => {
    const d = testDaemon();
    addImage(d, 'busybox');
    expect(msg(() => tagImage(d, 'busybox', 'Foo'))).toBe(
      'InvalidParameter: invalid reference format: repository name must be lowercase',
    );
    expect(msg(() => tagImage(d, 'nope', 'x'))).toBe('NotFound: No such image: nope:latest');
  });
});

describe('commit, import, export, df', () => {
  it('commits the RW layer with changes, author and message', () => {
    const d = testDaemon();
    const base = addImage(d, 'busybox');
    const rw = new RwLayer();
    const fs = d.store.mount(base, rw, () => d.clock.now());
    fs.writeFile('/hello', 'hi\n');
    fs.unlink('/etc/passwd');
    expect(changes(d.store.get(base)!.layers, rw).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /etc',
      'D /etc/passwd',
      'A /hello',
    ]);
    const id = commitContainer(
      d,
      { id: 'f'.repeat(64), imageId: base, config: { Cmd: ['sh'], Env: ['PATH=/bin'] }, rw },
      {
        repo: 'c',
        tag: '1',
        author: 'Me <me@x>',
        comment: 'msg',
        changes: ['ENV A=1 B=2', 'CMD ["sh","-c","echo"]', 'EXPOSE 80', 'WORKDIR /w'],
      },
    );
    const i = inspectImage(d, 'c:1');
    expect(i.Id).toBe(id);
    expect(i.Parent).toBe(base);
    expect(i.Author).toBe('Me <me@x>');
    expect(i.Config).toMatchObject({
      Env: ['PATH=/bin', 'A=1', 'B=2'],
      Cmd: ['sh', '-c', 'echo'],
      ExposedPorts: { '80/tcp': {} },
      WorkingDir: '/w',
      Labels: {},
    });
    const child = d.store.mount(id);
    expect(child.readText('/hello')).toBe('hi\n');
    expect(child.exists('/etc/passwd')).toBe(false);
    expect(
      msg(() => commitContainer(d, { id: 'f', imageId: base, config: {}, rw }, { changes: ['RUN x'] })),
    ).toBe('InvalidParameter: run is not a valid change command');
  });

  it('exports a container FS and imports it back as a one-layer image', () => {
    const d = testDaemon();
    const base = addImage(d, 'busybox', { layers: 3 });
    const fs = d.store.mount(base);
    fs.writeFile('/new', 'n');
    const id = importImage(d, exportTar(fs), { repo: 'flat', changes: ['CMD ["sh"]'] });
    const img = d.store.get(id)!;
    expect(img.layers).toHaveLength(1);
    expect(img.config.comment).toBe('Imported from -');
    expect(img.config.config.Cmd).toEqual(['sh']);
    const flat = d.store.mount(id);
    expect(flat.readdir('/')).toEqual(fs.readdir('/'));
    expect(flat.readText('/new')).toBe('n');
    expect(flat.readlink('/bin/sh')).toBe('busybox');
  });

  it('counts shared size and containers for system df', () => {
    const d = testDaemon();
    const a = addImage(d, 'a', { layers: 2 });
    const rw = new RwLayer();
    d.store.mount(a, rw).writeFile('/x', 'x');
    commitContainer(d, { id: 'c'.repeat(64), imageId: a, config: {}, rw }, { repo: 'b' });
    d.containers.set('x', { id: 'x', image: a, running: true });
    const df = imagesDiskUsage(d);
    const ia = df.Images.find((i) => i.Id === a)!;
    expect(ia.Containers).toBe(1);
    expect(ia.SharedSize).toBe(ia.Size);
    expect(df.LayersSize).toBe(ia.Size + 1);
  });
});
