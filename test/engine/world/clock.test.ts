import { describe, expect, it } from 'vitest';
import { VirtualClock, DEFAULT_EPOCH } from '../../../src/engine/world/virtual-clock';
import { SeededRandom, CryptoRandom } from '../../../src/engine/world/random';
import { RealClock } from '../../../src/engine/world/real-clock';

describe('VirtualClock', () => {
  it('fires timers in order when advanced by hand', () => {
    const clock = new VirtualClock({ auto: false });
    const fired: string[] = [];
    clock.setTimer(30, () => fired.push('c'));
    clock.setTimer(10, () => fired.push('a'));
    clock.setTimer(10, () => fired.push('b'));
    clock.advance(15);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.now()).toBe(DEFAULT_EPOCH + 15);
    clock.advance(100);
    expect(fired).toEqual(['a', 'b', 'c']);
  });

  it('cancels timers', () => {
    const clock = new VirtualClock({ auto: false });
    let fired = false;
    const cancel = clock.setTimer(5, () => (fired = true));
    cancel();
    clock.advance(10);
    expect(fired).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('jumps to the next timer when idle, costing no wall time', async () => {
    const clock = new VirtualClock();
    const wallStart = Date.now();
    await new Promise<void>((resolve) => clock.setTimer(3_600_000, resolve));
    expect(clock.now()).toBe(DEFAULT_EPOCH + 3_600_000);
    expect(Date.now() - wallStart).toBeLessThan(1000);
  });

  it('does not advance while microtasks keep the world busy', async () => {
    const clock = new VirtualClock();
    let woke = 0;
    clock.setTimer(1000, () => (woke = clock.now()));
    // A chain of microtasks: all of it runs before the clock considers the world idle.
    let steps = 0;
    const spin = async () => {
      for (let i = 0; i < 1000; i++) {
        await Promise.resolve();
        steps++;
      }
    };
    await spin();
    expect(steps).toBe(1000);
    expect(clock.now()).toBe(DEFAULT_EPOCH);
    await clock.settle();
    expect(woke).toBe(DEFAULT_EPOCH + 1000);
  });
});

describe('SeededRandom', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = new SeededRandom(7);
    const b = new SeededRandom(7);
    const c = new SeededRandom(8);
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it('produces bytes of the requested length, spread over the range', () => {
    const bytes = new SeededRandom('x').bytes(4096);
    expect(bytes.length).toBe(4096);
    const distinct = new Set(bytes);
    expect(distinct.size).toBeGreaterThan(200);
  });
});

describe('CryptoRandom and RealClock', () => {
  it('gives fresh bytes and real time', async () => {
    const r = new CryptoRandom();
    expect(r.bytes(16)).not.toEqual(r.bytes(16));
    const clock = new RealClock();
    const t0 = clock.now();
    await new Promise<void>((resolve) => clock.setTimer(5, resolve));
    expect(clock.now()).toBeGreaterThanOrEqual(t0 + 4);
  });
});

describe('fastHop', () => {
  it('runs virtual timers as soon as the world is idle', async () => {
    const { fastHop } = await import('../../../src/engine/world/virtual-clock');
    const clock = new VirtualClock({ hop: fastHop() });
    const wallStart = performance.now();
    for (let i = 0; i < 200; i++) await new Promise<void>((resolve) => clock.setTimer(1000, resolve));
    expect(clock.now()).toBe(DEFAULT_EPOCH + 200_000);
    expect(performance.now() - wallStart).toBeLessThan(200);
  });
});
