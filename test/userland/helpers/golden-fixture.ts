// The applet fixture tree (test/golden/applets/fixture.json) in a MemFs under /golden, as the
// recording scripts laid it out on the real disk (scripts/golden/fixture-tree.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MemFs } from '../../../src/engine/fs/memfs';

export const GOLDEN_CWD = '/golden';

interface Entry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  content?: string;
  mode?: string;
  target?: string;
}

const fixture: { mtime: string; entries: Entry[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'golden', 'applets', 'fixture.json'), 'utf8'),
);

export function buildGoldenFixture(fs: MemFs): void {
  const when = Date.parse(fixture.mtime);
  fs.mkdir(GOLDEN_CWD);
  for (const e of fixture.entries) {
    const p = `${GOLDEN_CWD}/${e.path}`;
    if (e.type === 'dir') fs.mkdir(p);
    else if (e.type === 'symlink') fs.symlink(e.target!, p);
    else fs.writeFile(p, e.content ?? '');
    if (e.mode) fs.chmod(p, parseInt(e.mode, 8));
  }
  for (const e of [...fixture.entries].reverse()) fs.lutimes(`${GOLDEN_CWD}/${e.path}`, when, when);
  fs.utimes(GOLDEN_CWD, when, when);
}
