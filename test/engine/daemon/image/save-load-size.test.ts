// A pulled image saved, removed and loaded again is the same image: same ID and the same size, though
// Baleine's Hub layers are miniatures whose real size comes from the registry's annotations.
import { describe, expect, it } from 'vitest';
import { machine, sh } from '../../persist/helpers';

const SIZE = "docker image inspect -f '{{.Id}} {{.Size}}' busybox";

describe('docker save, rmi, load', () => {
  it('gives back the image with its size', async () => {
    const w = machine();
    await w.preload(['busybox']);
    const before = await sh(w, SIZE);
    await sh(w, 'docker save -o b.tar busybox', 'docker rmi busybox');
    expect(await sh(w, 'docker load -i b.tar')).toBe('Loaded image: busybox:latest\n');
    expect(await sh(w, SIZE)).toBe(before);
    expect(Number(before.split(' ')[1])).toBeGreaterThan(1_000_000);
  });
});
