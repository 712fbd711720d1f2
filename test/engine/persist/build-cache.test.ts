// The build cache survives a reload, as Docker's does a restart: building again says CACHED.
import { describe, expect, it } from 'vitest';
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
});
