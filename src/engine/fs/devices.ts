// The memory character devices of Linux (drivers/char/mem.c, random.c): what a read of /dev/zero,
// /dev/urandom… gives and what a write to /dev/full does. A device is named by its number (`rdev`,
// `major << 8 | minor`), as stat reports it through any FileSystem. Reads are read(2) calls: each
// returns at most the count asked, and an endless device never ends, so a reader must stop itself.

import type { Random } from '../world/types';
import { FsError } from './types';

export type CharDeviceName = 'null' | 'zero' | 'full' | 'random' | 'urandom' | 'tty';

export interface CharDevice {
  name: CharDeviceName;
  major: number;
  minor: number;
  /** Reads never reach end of file (zero, full, random, urandom). */
  endless: boolean;
}

/** The character devices of a container's /dev (runc's default set) and of a host's. */
export const CHAR_DEVICES: readonly CharDevice[] = [
  { name: 'full', major: 1, minor: 7, endless: true },
  { name: 'null', major: 1, minor: 3, endless: false },
  { name: 'random', major: 1, minor: 8, endless: true },
  { name: 'tty', major: 5, minor: 0, endless: false },
  { name: 'urandom', major: 1, minor: 9, endless: true },
  { name: 'zero', major: 1, minor: 5, endless: true },
];

export function rdevOf(d: CharDevice): number {
  return (d.major << 8) | d.minor;
}

/** The device with this number, or undefined for a number no driver here serves. */
export function deviceByRdev(rdev: number | undefined): CharDevice | undefined {
  return rdev === undefined ? undefined : CHAR_DEVICES.find((d) => rdevOf(d) === rdev);
}

/** read(2) of `count` bytes: zeros from zero and full, the Random's bytes from random and urandom. */
export function readDevice(d: CharDevice, count: number, random: Random): Uint8Array {
  switch (d.name) {
    case 'zero':
    case 'full':
      return new Uint8Array(count);
    case 'random':
    case 'urandom':
      return random.bytes(count);
    default:
      return new Uint8Array(0);
  }
}

/** write(2) of `length` bytes: /dev/full refuses any (ENOSPC); the others swallow them. */
export function writeDevice(d: CharDevice | undefined, length: number, path: string): void {
  if (d?.name === 'full' && length > 0) throw new FsError('ENOSPC', path, 'write');
}
