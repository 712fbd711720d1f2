// 1,000 containers of one image cost < 5 MB more than the image: layers are shared by reference.
import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LayerBuilder } from '../../../src/engine/layer/builder';
import { RwLayer } from '../../../src/engine/layer/rwlayer';
import { UnionFs } from '../../../src/engine/layer/union';
import { syncHasher } from '../../../src/engine/world/hasher';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heap(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

describe('memory', () => {
  it('1,000 containers of a 20 MB image cost less than 5 MB', () => {
    const before = heap();
    const layers = [0, 1, 2, 3, 4].map((l) => {
      const b = new LayerBuilder();
      for (let i = 0; i < 2000; i++) b.file(`/usr/lib/l${l}/d${i % 50}/f${i}`, new Uint8Array(2048).fill(l + 1));
      return b.build(syncHasher);
    });
    const imageCost = heap() - before;
    expect(imageCost).toBeGreaterThan(20 * 1024 * 1024);

    const base = heap();
    const containers: UnionFs[] = [];
    for (let i = 0; i < 1000; i++) {
      const fs = new UnionFs(layers, new RwLayer(), { now: () => i });
      fs.readFile('/usr/lib/l3/d7/f7');
      containers.push(fs);
    }
    const cost = heap() - base;
    expect(containers.length).toBe(1000);
    expect(cost).toBeLessThan(5 * 1024 * 1024);
    // Touching a file in one container copies that file up, not the image.
    containers[0].writeFile('/usr/lib/l0/d0/f0', 'x');
    expect(containers[1].readFile('/usr/lib/l0/d0/f0').length).toBe(2048);
  });
});
