// The build cache survives a reload, as Docker's does a restart: building again says CACHED.
import { describe, expect, it } from 'vitest';
import { snapshotEngine } from '../../../src/engine/persist';
import { machine, reload, sh } from './helpers';

const BUILD = 'docker build -t moi/app ctx';

describe('the build cache after a reload', () => {
  it('serves the same steps from the cache', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      "mkdir ctx && printf 'FROM busybox\\nRUN echo un > /un\\nRUN echo deux > /deux\\n' > ctx/Dockerfile",
    );
    const first = await w.host.run(BUILD);
    expect(first.exit).toBe(0);
    expect(first.stderr).not.toContain('CACHED');
    const id = await sh(w, "docker inspect --format '{{.Id}}' moi/app");
    const fresh = reload(w);
    const again = await fresh.host.run(BUILD);
    expect(again.exit).toBe(0);
    expect(again.stderr).toContain('#5 [2/3] RUN echo un > /un\n#5 CACHED\n');
    expect(again.stderr).toContain('#6 [3/3] RUN echo deux > /deux\n#6 CACHED\n');
    expect(await sh(fresh, "docker inspect --format '{{.Id}}' moi/app")).toBe(id);
  });

  it('keeps the layers beneath cached steps, which no image uses any more', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, "mkdir ctx && printf 'FROM busybox\\nRUN echo un > /un\\n' > ctx/Dockerfile", BUILD);
    const base = w.engine.store.resolve('busybox').config.rootfs.diff_ids[0]!;
    await sh(w, 'docker rmi moi/app busybox');
    const fresh = reload(w);
    expect(fresh.engine.store.layer(base)?.diffId).toBe(base);
  });

  it('reads a save made before records listed their parents', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, "mkdir ctx && printf 'FROM busybox\\nRUN echo un > /un\\n' > ctx/Dockerfile", BUILD);
    const snapshot = snapshotEngine(w.engine);
    for (const r of snapshot.state.buildCache) delete r.parents;
    const fresh = reload(w, snapshot);
    const again = await fresh.host.run(BUILD);
    expect(again.stderr).toContain('#5 CACHED\n');
  });
});
