// Replays the outputs recorded from real GNU coreutils and BusyBox (scripts/golden/record-applets.sh)
// against the applets, over the same fixture tree in a MemFs.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemFs } from '../../src/engine/fs/memfs';
import { VirtualClock } from '../../src/engine/world/virtual-clock';
import type { Program } from '../../src/engine/process/types';
import { applets } from '../../src/userland/applets';
import { busyboxApplets } from '../../src/userland/applets/busybox';
import { makeHost, run } from './helpers/context';

const dir = join(import.meta.dirname, '..', 'golden', 'applets');
const load = (f: string): any => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const fixture = load('fixture.json');
const cases: Array<{ name: string; steps: Array<{ argv: string[]; stdin?: string; stdinFile?: string }> }> =
  load('cases.json');
const CWD = '/golden';

function buildFixture(fs: MemFs): void {
  const when = Date.parse(fixture.mtime);
  fs.mkdir(CWD);
  for (const e of fixture.entries) {
    const p = `${CWD}/${e.path}`;
    if (e.type === 'dir') fs.mkdir(p);
    else if (e.type === 'symlink') fs.symlink(e.target, p);
    else fs.writeFile(p, e.content ?? '');
    if (e.mode) fs.chmod(p, parseInt(e.mode, 8));
  }
  for (const e of [...fixture.entries].reverse()) fs.lutimes(`${CWD}/${e.path}`, when, when);
  fs.utimes(CWD, when, when);
}

for (const flavour of ['gnu', 'busybox'] as const) {
  const recorded = load(`${flavour}.json`);
  const table: Record<string, Program> = flavour === 'gnu' ? applets : busyboxApplets;
  describe(`golden ${flavour} (${recorded.version})`, () => {
    for (const c of cases) {
      const steps = recorded.cases[c.name];
      if (!steps) continue;
      it(c.name, async () => {
        const clock = new VirtualClock({ start: Date.parse(recorded.recordedAt) });
        const fs = makeHost(clock, table);
        buildFixture(fs);
        for (let i = 0; i < c.steps.length; i++) {
          const step = c.steps[i];
          const stdin = step.stdinFile ? fs.readText(`${CWD}/${step.stdinFile}`) : step.stdin;
          const r = await run(step.argv, { fs, clock, cwd: CWD, stdin, table, env: { PWD: CWD } });
          expect({ argv: step.argv, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(steps[i]);
        }
      });
    }
  });
}
