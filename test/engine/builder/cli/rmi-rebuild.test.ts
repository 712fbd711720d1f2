// `docker rmi` of a built image leaves the build cache whole, as dockerd 20.10 with BuildKit does
// (recorded here): rmi prints only the untag and the image ID (the cache still holds the layers),
// and building again says CACHED and recreates the same image; with every layer from the cache, there is
// nothing to export (`exporting layers done`, no duration).
import { describe, expect, it } from 'vitest';
import { pruneBuildCache } from '../../../../src/engine/builder/cache';
import { machine, sh } from '../../persist/helpers';

const BUILD = 'docker build -t a ctx';
const DOCKERFILE = 'FROM busybox\\nRUN echo hi > /hi\\nCOPY f /f\\n';

describe('docker rmi of a built image, then docker build again', () => {
  it('serves every step from the cache and recreates the same image', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, `mkdir ctx && printf '${DOCKERFILE}' > ctx/Dockerfile && echo x > ctx/f`);
    const first = await w.host.run(BUILD);
    expect(first.stderr).toMatch(/#\d+ exporting layers 0\.\ds done\n/);
    const id = (await sh(w, "docker inspect --format '{{.Id}}' a")).trim();
    const rmi = await w.host.run('docker rmi a');
    expect(rmi.stdout).toBe(`Untagged: a:latest\nDeleted: ${id}\n`);
    const again = await w.host.run(BUILD);
    expect(again.stderr).toContain('[2/3] RUN echo hi > /hi\n#5 CACHED\n');
    expect(again.stderr).toMatch(/\[3\/3\] COPY f \/f\n#\d+ CACHED\n/);
    expect(again.stderr).toMatch(/#\d+ exporting layers done\n/);
    expect(again.exit).toBe(0);
    expect((await sh(w, "docker inspect --format '{{.Id}}' a")).trim()).toBe(id);
  });

  it('gives an image that runs with the layers of the cached steps', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, `mkdir ctx && printf '${DOCKERFILE}' > ctx/Dockerfile && echo x > ctx/f`);
    await sh(w, BUILD, 'docker rmi a');
    await sh(w, BUILD);
    expect(await sh(w, 'docker run --rm a cat /hi /f')).toBe('hi\nx\n');
  });

  it('lets go of the layers once the cache is pruned too', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, `mkdir ctx && printf '${DOCKERFILE}' > ctx/Dockerfile && echo x > ctx/f`);
    await sh(w, BUILD);
    const built = w.engine.store.resolve('a').config.rootfs.diff_ids.slice(1);
    await sh(w, 'docker rmi a');
    expect(built.every((d) => w.engine.store.layer(d))).toBe(true);
    expect(pruneBuildCache(w.engine.store)).toBeGreaterThan(0);
    expect(built.some((d) => w.engine.store.layer(d))).toBe(false);
    const again = await w.host.run(BUILD);
    expect(again.exit).toBe(0);
    expect(again.stderr).not.toContain('CACHED');
  });

  it("image prune of a rebuilt tag's old image deletes only the image: the cache keeps its layer (0B, as recorded)", async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, "mkdir ctx && printf 'FROM busybox\\nRUN echo 1 > /v\\n' > ctx/Dockerfile");
    const old = (await sh(w, 'docker build -q -t p ctx')).trim();
    await sh(w, "printf 'FROM busybox\\nRUN echo 2 > /v\\n' > ctx/Dockerfile", 'docker build -q -t p ctx');
    expect(await sh(w, 'docker image prune -f')).toBe(
      `Deleted Images:\ndeleted: ${old}\n\nTotal reclaimed space: 0B\n`,
    );
  });

  it('holds the base image layers beneath a cached step, as a layer chain: rmi of the base deletes no layer', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      `mkdir ctx && printf '${DOCKERFILE}' > ctx/Dockerfile && echo x > ctx/f`,
      BUILD,
      'docker rmi a',
    );
    const busybox = (await sh(w, "docker inspect --format '{{.Id}}' busybox")).trim();
    const rmi = await sh(w, 'docker rmi busybox');
    expect(rmi.split('\n').filter((l) => l.startsWith('Deleted:'))).toEqual([`Deleted: ${busybox}`]);
    await sh(w, BUILD);
    expect(await sh(w, 'docker run --rm a cat /hi /f')).toBe('hi\nx\n');
  });
});
