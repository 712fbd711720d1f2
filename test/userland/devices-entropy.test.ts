// /dev/urandom draws from the machine's injected Random (the world's), so a seeded world is
// reproducible and two seeds give two streams.
import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host';
import { SeededRandom } from '../../src/engine/world/random';
import { VirtualClock } from '../../src/engine/world/virtual-clock';

async function urandom(seed: number): Promise<string> {
  const h = createHost({ world: { clock: new VirtualClock(), random: new SeededRandom(seed) } });
  return (await h.run('od -An -N8 -tx1 /dev/urandom')).stdout;
}

describe('/dev/urandom and the world’s Random', () => {
  it('gives the same bytes for the same seed and other bytes for another seed', async () => {
    const a = await urandom(1);
    expect(a).toMatch(/^( [0-9a-f]{2}){8}\n$/);
    expect(await urandom(1)).toBe(a);
    expect(await urandom(2)).not.toBe(a);
  });
});
