import { rfc3339Nano, type ImageConfigFile } from '../../../../src/engine/image/config';
import { ImageStore } from '../../../../src/engine/image/store';
import { LayerBuilder } from '../../../../src/engine/layer/builder';
import type { ImageContext, ImageUser } from '../../../../src/engine/daemon/image/context';
import { syncHasher } from '../../../../src/engine/world/hasher';
import { parseNormalizedNamed } from '../../../../src/engine/image/reference';

export const T0 = Date.UTC(2024, 0, 15, 10, 0, 0);

export interface TestDaemon extends ImageContext {
  containers: Map<string, ImageUser & { image: string }>;
  tick(ms: number): void;
}

export function testDaemon(): TestDaemon {
  let now = T0;
  const containers = new Map<string, ImageUser & { image: string }>();
  return {
    store: new ImageStore(syncHasher),
    hasher: syncHasher,
    clock: { now: () => now, setTimer: () => () => {} },
    users: { containersUsing: (id) => [...containers.values()].filter((c) => c.image === id) },
    containers,
    tick: (ms) => void (now += ms),
  };
}

/** A busybox-like image made of `layers` layers; returns its ID. */
export function addImage(
  d: TestDaemon,
  ref: string | null,
  opts: { layers?: number; labels?: Record<string, string>; seed?: string } = {},
): string {
  const diffIds: string[] = [];
  const history: ImageConfigFile['history'] = [];
  const created = rfc3339Nano(d.clock.now());
  for (let i = 0; i < (opts.layers ?? 1); i++) {
    const b = new LayerBuilder({ mtimeMs: T0 });
    if (i === 0)
      b.file('/bin/busybox', 'BUSYBOX', { mode: 0o755 })
        .symlink('/bin/sh', 'busybox')
        .file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n');
    b.file(`/layer${i}`, `${opts.seed ?? ''}${i}`.repeat(100));
    const layer = d.store.addLayer(b.build(syncHasher));
    diffIds.push(layer.diffId);
    history.push({ created, created_by: `/bin/sh -c #(nop) ADD file:${i} in / ` });
  }
  history.push({ created, created_by: '/bin/sh -c #(nop)  CMD ["sh"]', empty_layer: true });
  const img = d.store.createImage({
    architecture: 'amd64',
    os: 'linux',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['sh'],
      Labels: opts.labels,
    },
    created,
    history,
    rootfs: { type: 'layers', diff_ids: diffIds },
  });
  if (ref) d.store.setReference(parseNormalizedNamed(ref), img.id, created);
  return img.id;
}
