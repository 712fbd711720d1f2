// Image benchmarks: pull of a cached 5-layer image, commit of 1,000 changed files, a union lookup
// through 20 layers, and the memory each container of one image costs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Bench, Measurement } from './types';
import type { HubCatalog } from '../src/engine/image/hub/catalog';
import { HubRegistry } from '../src/engine/image/hub/registry';
import { ImageStore } from '../src/engine/image/store';
import { NO_USERS, type ImageContext } from '../src/engine/daemon/image/context';
import { pullImage } from '../src/engine/daemon/image/pull';
import { commitContainer } from '../src/engine/daemon/image/commit';
import { LayerBuilder } from '../src/engine/layer/builder';
import { RwLayer } from '../src/engine/layer/rwlayer';
import { UnionFs } from '../src/engine/layer/union';
import { VirtualClock } from '../src/engine/world/virtual-clock';
import { syncHasher } from '../src/engine/world/hasher';
import { median } from './stats';

const HUB = join(process.cwd(), 'public', 'hub');

function daemon(): ImageContext {
  const hub = new HubRegistry(
    {
      catalog: async () => JSON.parse(await readFile(join(HUB, 'catalog.json'), 'utf8')) as HubCatalog,
      file: async (p) => new Uint8Array(await readFile(join(HUB, p))),
    },
    syncHasher,
  );
  return { store: new ImageStore(syncHasher), clock: new VirtualClock(), hasher: syncHasher, users: NO_USERS, registry: () => (req) => hub.handle(req) };
}

const pullCached: Bench = {
  name: 'pull of a cached 5-layer image',
  async run(): Promise<Measurement[]> {
    const d = daemon();
    await pullImage(d, 'redis');
    const layers = d.store.resolve('redis').layers.length;
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await pullImage(d, 'redis');
      times.push(performance.now() - t0);
    }
    return [
      { name: `docker pull redis (${layers} layers, up to date, median)`, value: median(times), unit: 'ms', target: '< 20 ms', ok: median(times) < 20 },
    ];
  },
};

const commit1000: Bench = {
  name: 'commit of 1,000 changed files',
  async run(): Promise<Measurement[]> {
    const d = daemon();
    await pullImage(d, 'busybox');
    const base = d.store.resolve('busybox').id;
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const rw = new RwLayer();
      const fs = d.store.mount(base, rw);
      fs.mkdir('/data');
      for (let i = 0; i < 1000; i++) fs.writeFile(`/data/f${i}`, `content ${i} ${r}\n`);
      const t0 = performance.now();
      commitContainer(d, { id: `${r}`.repeat(64), imageId: base, config: { Cmd: ['sh'] }, rw });
      times.push(performance.now() - t0);
    }
    return [{ name: 'docker commit, 1,000 new files (median)', value: median(times), unit: 'ms', target: '< 100 ms', ok: median(times) < 100 }];
  },
};

const lookup20: Bench = {
  name: 'union lookup through 20 layers',
  async run(): Promise<Measurement[]> {
    const layers = Array.from({ length: 20 }, (_, l) => {
      const b = new LayerBuilder();
      for (let i = 0; i < 50; i++) b.file(`/usr/lib/l${l}/f${i}`, 'x');
      if (l === 0) b.file('/usr/share/deep/a/b/c/target', 'found');
      return b.build(syncHasher);
    });
    const fs = new UnionFs(layers, new RwLayer());
    const n = 100_000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fs.stat('/usr/share/deep/a/b/c/target');
    const us = ((performance.now() - t0) * 1000) / n;
    return [{ name: 'stat of a bottom-layer path, 7 components, 20 layers', value: us, unit: 'µs', target: '< 20 µs', ok: us < 20 }];
  },
};

const memoryPerContainer: Bench = {
  name: 'memory per container',
  async run(): Promise<Measurement[]> {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const d = daemon();
    await pullImage(d, 'nginx');
    const id = d.store.resolve('nginx').id;
    const before = heap();
    const containers: UnionFs[] = [];
    for (let i = 0; i < 1000; i++) {
      const fs = d.store.mount(id);
      fs.readFile('/etc/nginx/nginx.conf');
      containers.push(fs);
    }
    const kb = (heap() - before) / 1000 / 1024;
    return [{ name: `1,000 containers of nginx: memory per container (${containers.length})`, value: kb, unit: 'kB', target: '< 5 kB', ok: kb < 5 }];
  },
};

export const benches: Bench[] = [pullCached, commit1000, lookup20, memoryPerContainer];
