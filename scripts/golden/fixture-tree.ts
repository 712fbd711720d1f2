// The applet fixture tree (test/golden/applets/fixture.json) laid out on the real disk for the
// recording scripts: files, directories, symlinks, modes, and every mtime set to the fixture's.

import {
  chmodSync,
  lutimesSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export interface FixtureEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  content?: string;
  mode?: string;
  target?: string;
}

export interface Fixture {
  mtime: string;
  entries: FixtureEntry[];
}

export const FIXTURE_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'test',
  'golden',
  'applets',
  'fixture.json',
);

export function loadFixture(): Fixture {
  return JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as Fixture;
}

/** Builds the tree under the existing directory `at` (children first for mtimes, then `at`). */
export function buildFixtureTree(fixture: Fixture, at: string): void {
  const when = new Date(fixture.mtime);
  for (const e of fixture.entries) {
    const p = join(at, e.path);
    if (e.type === 'dir') mkdirSync(p);
    else if (e.type === 'symlink') symlinkSync(e.target!, p);
    else writeFileSync(p, e.content ?? '');
    if (e.mode) chmodSync(p, parseInt(e.mode, 8));
  }
  for (const e of [...fixture.entries].reverse())
    (e.type === 'symlink' ? lutimesSync : utimesSync)(join(at, e.path), when, when);
  utimesSync(at, when, when);
}
