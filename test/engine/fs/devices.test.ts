// The memory devices by number, and what the filesystems do with writes to them.
import { describe, expect, it } from 'vitest';
import { CHAR_DEVICES, deviceByRdev, readDevice, rdevOf, writeDevice } from '../../../src/engine/fs/devices';
import { MemFs } from '../../../src/engine/fs/memfs';
import { installDevices } from '../../../src/host/layout';
import { FsError } from '../../../src/engine/fs/types';
import { SeededRandom } from '../../../src/engine/world/random';
import { LayerBuilder } from '../../../src/engine/layer/builder';
import { RwLayer } from '../../../src/engine/layer/rwlayer';
import { UnionFs } from '../../../src/engine/layer/union';
import { createHasher } from '../../../src/engine/world/hasher';
import { DEVICE_CHUNK, deviceInput, endlessDeviceAt } from '../../../src/engine/fs/devices-stream';
import type { ProcessContext } from '../../../src/engine/process/types';
import { latin1ToBytes } from '../../../src/engine/network/latin1';

const dev = (name: string) => CHAR_DEVICES.find((d) => d.name === name)!;

/** A tree with the host's /dev (installDevices, as the host layout makes it). */
function devFs(): MemFs {
  const fs = new MemFs();
  fs.mkdir('/dev');
  installDevices(fs);
  return fs;
}

describe('memory devices', () => {
  it('are found by Linux’s numbers', () => {
    expect(deviceByRdev((1 << 8) | 5)?.name).toBe('zero');
    expect(deviceByRdev((1 << 8) | 9)?.name).toBe('urandom');
    expect(deviceByRdev((1 << 8) | 3)?.endless).toBe(false);
    expect(deviceByRdev((4 << 8) | 1)).toBeUndefined();
    expect(deviceByRdev(undefined)).toBeUndefined();
    expect(rdevOf(dev('full'))).toBe(0x107);
  });

  it('read zeros, or the injected Random’s bytes, as many as asked', () => {
    const random = new SeededRandom(7);
    expect(readDevice(dev('zero'), 5, random)).toEqual(new Uint8Array(5));
    expect(readDevice(dev('full'), 3, random)).toEqual(new Uint8Array(3));
    expect(readDevice(dev('urandom'), 16, random)).toEqual(new SeededRandom(7).bytes(16));
    expect(readDevice(dev('null'), 16, random)).toHaveLength(0);
  });

  it('/dev/full refuses a write of one byte or more with ENOSPC', () => {
    expect(() => writeDevice(dev('full'), 0, '/dev/full')).not.toThrow();
    expect(() => writeDevice(dev('zero'), 9, '/dev/zero')).not.toThrow();
    const err = (() => {
      try {
        writeDevice(dev('full'), 1, '/dev/full');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(FsError);
    expect(err).toMatchObject({ code: 'ENOSPC', syscall: 'write', text: 'No space left on device' });
  });

  it('MemFs: writes to /dev/full fail, to /dev/zero vanish', () => {
    const fs = devFs();
    fs.writeFile('/dev/full', '');
    expect(() => fs.writeFile('/dev/full', 'x', { append: true })).toThrow(/ENOSPC/);
    fs.writeFile('/dev/zero', 'x');
    expect(fs.stat('/dev/zero')).toMatchObject({ type: 'chardev', size: 0, rdev: 0x105 });
  });

  it('UnionFs: a device of a lower layer keeps its number and is not copied up by a write', () => {
    const lower = new LayerBuilder().dir('/dev').chardev('/dev/full', 1, 7).chardev('/dev/null', 1, 3).build(createHasher(null));
    const rw = new RwLayer();
    const fs = new UnionFs([lower], rw, { now: () => 0 });
    expect(fs.stat('/dev/full').rdev).toBe(0x107);
    expect(() => fs.writeFile('/dev/full', 'x')).toThrow(/ENOSPC/);
    fs.writeFile('/dev/null', 'x');
    expect(fs.stat('/dev/null')).toMatchObject({ type: 'chardev', size: 0 });
    expect(fs.readFile('/dev/null')).toHaveLength(0);
  });
});

describe('an endless device opened for reading', () => {
  it('gives a buffer of the process’s Random per read, after a zero sleep', async () => {
    const sleeps: number[] = [];
    const ctx = { random: new SeededRandom(3), sleep: async (ms: number) => void sleeps.push(ms) } as unknown as ProcessContext;
    const input = deviceInput(ctx, dev('urandom'));
    const expected = new SeededRandom(3);
    expect(latin1ToBytes((await input.read())!)).toEqual(expected.bytes(DEVICE_CHUNK));
    expect(latin1ToBytes((await input.read())!)).toEqual(expected.bytes(DEVICE_CHUNK));
    expect(sleeps).toEqual([0, 0]);
  });

  it('is found by stat: zero and urandom are endless, null and files are not', () => {
    const fs = devFs();
    fs.writeFile('/f', 'x');
    expect(endlessDeviceAt(fs, '/dev/zero')?.name).toBe('zero');
    expect(endlessDeviceAt(fs, '/dev/null')).toBeUndefined();
    expect(endlessDeviceAt(fs, '/f')).toBeUndefined();
    expect(() => endlessDeviceAt(fs, '/nope')).toThrow(/ENOENT/);
  });
});
