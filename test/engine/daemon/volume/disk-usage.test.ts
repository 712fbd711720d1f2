// Volume sizes as dockerd 20.10 reported them (recorded on this machine): a file and its hard link count
// once, a symlink counts its target's length, directories nothing — 8B here, in `system df` (with the
// containers referencing the volume) and in what `volume prune` reclaims.
import { describe, expect, it } from 'vitest';
import { machine, sh } from '../../persist/helpers';

const FILL = "sh -c 'echo 123 > /d/x; ln /d/x /d/y; ln -s /d/x /d/z; mkdir /d/e'";

describe('volume sizes', () => {
  it('docker system df counts the volumes, their references and their size', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, 'docker volume create v1', `docker run --name c1 -v v1:/d busybox ${FILL}`);
    const df = await sh(w, 'docker system df');
    expect(df.split('\n').find((l) => l.startsWith('Local Volumes'))).toBe(
      'Local Volumes   1         1         8B        0B (0%)',
    );
    expect(await sh(w, 'docker system df -v')).toContain(
      'VOLUME NAME   LINKS     SIZE\nv1            1         8B\n',
    );
    await sh(w, 'docker rm c1');
    expect((await sh(w, 'docker system df')).split('\n').find((l) => l.startsWith('Local Volumes'))).toBe(
      'Local Volumes   1         0         8B        8B (100%)',
    );
  });

  it('docker volume prune reports the space it reclaimed', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, 'docker volume create --label x=1 v2', `docker run --rm -v v2:/d busybox ${FILL}`);
    expect(await sh(w, 'docker volume prune -f --filter label=x=1')).toBe(
      'Deleted Volumes:\nv2\n\nTotal reclaimed space: 8B\n',
    );
  });
});
