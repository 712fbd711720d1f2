// A daemon whose kernel runs the real userland (sh, echo, cat, ls…), a busybox-like image with their
// stubs, and a build context on a MemFs.
import { Daemon } from '../../../../src/engine/daemon/daemon';
import { ImageStore } from '../../../../src/engine/image/store';
import { LayerBuilder } from '../../../../src/engine/layer/builder';
import { MemFs } from '../../../../src/engine/fs/memfs';
import { Kernel } from '../../../../src/engine/process/kernel';
import { binaryStub } from '../../../../src/engine/process/types';
import { SeededRandom } from '../../../../src/engine/world/random';
import { syncHasher } from '../../../../src/engine/world/hasher';
import { VirtualClock } from '../../../../src/engine/world/virtual-clock';
import { createProgramTable } from '../../../../src/userland/index';
import { loadContext } from '../../../../src/engine/builder/context';
import { build, type BuildOptions } from '../../../../src/engine/builder/build';
import { BuildCache } from '../../../../src/engine/builder/cache';
import { renderPlain } from '../../../../src/engine/builder/progress/plain';
import { UnionFs } from '../../../../src/engine/layer/union';

export function busyboxImage(images: ImageStore) {
  const table = createProgramTable();
  const b = new LayerBuilder({ mtimeMs: Date.UTC(2024, 0, 1) });
  for (const name of table.names()) b.file(`/bin/${name}`, binaryStub(name), { mode: 0o755 });
  b.file(
    '/etc/passwd',
    'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\napp:x:1000:1000::/home/app:/bin/sh\n',
  );
  b.file('/etc/group', 'root:x:0:\nnobody:x:65534:\napp:x:1000:\n');
  b.dir('/root', { mode: 0o700 });
  b.dir('/tmp', { mode: 0o1777 });
  b.dir('/home/app', { uid: 1000, gid: 1000 });
  const layer = images.addLayer(b.build(syncHasher));
  const record = images.createImage({
    architecture: 'amd64',
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
    history: [
      { created: '2024-01-01T00:00:00Z', created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      { created: '2024-01-01T00:00:00Z', created_by: '/bin/sh -c #(nop)  CMD ["sh"]', empty_layer: true },
    ],
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
  });
  images.setReference({ domain: 'docker.io', path: 'library/busybox', tag: 'latest' }, record.id);
  return record;
}

export function world(seed = 1) {
  const clock = new VirtualClock({ start: Date.UTC(2026, 10, 23, 9, 0, 0) });
  const random = new SeededRandom(seed);
  const programs = createProgramTable();
  const kernel = new Kernel({ clock, programs, host: { fs: new MemFs(), hostname: 'baleine' } });
  const images = new ImageStore(syncHasher);
  const base = busyboxImage(images);
  const daemon = new Daemon({ world: { clock, random, hasher: syncHasher }, kernel, images });
  const host = new MemFs({ clock });
  host.mkdir('/app');
  const cache = new BuildCache(syncHasher);
  return { daemon, clock, images, base, host, cache };
}

export type World = ReturnType<typeof world>;

export function write(w: World, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = `/app/${path}`;
    const parts = full.split('/');
    for (let i = 2; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!w.host.exists(dir)) w.host.mkdir(dir);
    }
    w.host.writeFile(full, content);
  }
}

/** Builds /app with its Dockerfile; returns the image, the plain output, or the error. */
export async function buildApp(w: World, opts: Partial<BuildOptions> = {}) {
  const context = loadContext(w.host, '/app', { dockerfile: '/app/Dockerfile' });
  const dockerfile = w.host.readText('/app/Dockerfile');
  try {
    const res = await build(
      { daemon: w.daemon, cache: w.cache },
      { context, dockerfile, tags: ['app:1'], ...opts },
    );
    return { imageId: res.imageId, output: renderPlain(res.trace), error: null, trace: res.trace };
  } catch (err) {
    const e = err as Error & { trace?: never[]; location?: unknown };
    return { imageId: null, output: renderPlain(e.trace ?? []), error: e, trace: e.trace ?? [] };
  }
}

/** The image's root filesystem. */
export function rootfs(w: World, imageId: string) {
  return new UnionFs(w.images.resolve(imageId).layers, null);
}
