// Layers are immutable and content-addressed: a save leaves out the content storage already holds, so
// only new layers are written.
import { describe, expect, it } from 'vitest';
import { snapshotEngine } from '../../../src/engine/persist';
import { machine, sh } from './helpers';

describe('incremental snapshots', () => {
  it('carry only the layers storage does not hold yet', async () => {
    const w = machine();
    await w.preload(['busybox']);
    const first = snapshotEngine(w.engine);
    const stored = new Set(Object.keys(first.content));
    expect([...stored]).toEqual(first.state.images.layers.map((l) => `layer/${l.diffId}`));
    let asked = 0;
    const stillStored = (key: string) => (asked++, stored.has(key));
    expect(Object.keys(snapshotEngine(w.engine, { stored: stillStored }).content)).toEqual([]);
    expect(asked).toBe(stored.size);
    await sh(w, "docker run --name cc busybox sh -c 'echo nouveau > /fichier'", 'docker commit cc neuf');
    const next = snapshotEngine(w.engine, { stored: (k) => stored.has(k) });
    const added = Object.keys(next.content);
    expect(added).toHaveLength(1);
    const newDiffId = next.state.images.layers.find((l) => !stored.has(`layer/${l.diffId}`))!.diffId;
    expect(added).toEqual([`layer/${newDiffId}`]);
  });
});
