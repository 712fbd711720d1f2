// `docker system df` counts the build cache: one record per cached step; a step's layer that an image
// also uses is shared (counted with the images), so the cache's own size grows when `docker rmi` leaves
// the cache as the only holder — as dockerd 20.10 with BuildKit reported (43B, then 48B after rmi).
import { describe, expect, it } from 'vitest';
import { machine, sh } from '../../persist/helpers';

const cacheRow = async (w: ReturnType<typeof machine>) =>
  (await sh(w, 'docker system df')).split('\n').find((l) => l.startsWith('Build Cache'));

describe('docker system df: the Build Cache row', () => {
  it('counts the cached steps and their unshared size', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      "mkdir ctx && printf 'FROM busybox\\nRUN echo hi > /hi\\nCOPY f /f\\n' > ctx/Dockerfile && echo x > ctx/f",
    );
    expect(await cacheRow(w)).toBe('Build Cache     0         0         0B        0B');
    await sh(w, 'docker build -q -t a ctx');
    expect(await cacheRow(w)).toBe('Build Cache     2         0         0B        0B');
    await sh(w, 'docker rmi a');
    expect(await cacheRow(w)).toBe('Build Cache     2         0         5B        5B');
    await sh(w, 'docker build -q -t a ctx');
    expect(await cacheRow(w)).toBe('Build Cache     2         0         0B        0B');
  });

  it('gives each record an ID, type, description and dates over the API', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      "mkdir ctx && printf 'FROM busybox\\nRUN echo hi > /hi\\n' > ctx/Dockerfile",
      'docker build -q ctx',
    );
    const df = JSON.parse(
      await sh(w, 'curl -s --unix-socket /var/run/docker.sock http://localhost/system/df'),
    ) as {
      BuildCache: Record<string, unknown>[];
      BuilderSize: number;
    };
    expect(df.BuildCache).toHaveLength(1);
    expect(df.BuildCache[0]).toMatchObject({
      Type: 'regular',
      Description: 'RUN /bin/sh -c echo hi > /hi',
      InUse: false,
      Shared: true,
      Size: 3,
    });
    expect(df.BuildCache[0]!.ID).toMatch(/^[0-9a-z]{25}$/);
    expect(df.BuildCache[0]!.CreatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(df.BuilderSize).toBe(3);
  });

  it('lists the records under docker system df -v, with their use count', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      "mkdir ctx && printf 'FROM busybox\\nRUN echo hi > /hi\\n' > ctx/Dockerfile",
      'docker build -q -t a ctx',
      'docker build -q -t a ctx',
    );
    const out = await sh(w, 'docker system df -v');
    const section = out.slice(out.indexOf('Build cache usage:'));
    const lines = section.split('\n');
    expect(lines[0]).toBe('Build cache usage: 3B');
    expect(lines[2]).toMatch(/^CACHE ID\s+CACHE TYPE\s+SIZE\s+CREATED\s+LAST USED\s+USAGE\s+SHARED$/);
    expect(lines[3]).toMatch(/^[0-9a-z]{12}\s+regular\s+3B\s+.+ ago\s+.+ ago\s+2\s+true$/);
    expect(lines).toHaveLength(5);
  });
});
