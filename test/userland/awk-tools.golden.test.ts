// Replays what the real awk (mawk), tar, gzip, base64, sha256sum and md5sum of the host and BusyBox's
// applets printed (scripts/golden/record-tools.ts) against ours, over the applet fixture tree.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualClock } from '../../src/engine/world/virtual-clock';
import { busybox } from '../../src/userland/applets/busybox';
import { makeHost, run } from './helpers/context';
import { buildGoldenFixture, GOLDEN_CWD } from './helpers/golden-fixture';

const root = join(import.meta.dirname, '..', 'golden');
const load = (f: string): any => JSON.parse(readFileSync(join(root, f), 'utf8'));
const cases: Array<{
  name: string;
  flavours?: Array<'gnu' | 'busybox'>;
  steps: Array<{ argv: string[]; stdin?: string }>;
}> = load('tools/cases.json');
const CWD = GOLDEN_CWD;
const ENV = {
  gnu: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', LANG: 'C.UTF-8', TZ: 'UTC', HOME: '/root' },
  busybox: { PATH: '/usr/bin:/bin', TZ: 'UTC', HOME: '/root' },
};


for (const flavour of ['gnu', 'busybox'] as const) {
  const recorded = load(`tools/${flavour}.json`);
  describe(`tools golden ${flavour} (${recorded.version})`, () => {
    for (const c of cases) {
      if (c.flavours && !c.flavours.includes(flavour)) continue;
      it(c.name, async () => {
        const clock = new VirtualClock({ start: Date.parse(recorded.recordedAt) });
        const fs = makeHost(clock);
        buildGoldenFixture(fs);
        const got = [];
        for (const step of c.steps) {
          const argv = flavour === 'busybox' ? ['busybox', ...step.argv] : step.argv;
          const r = await run(argv, {
            fs,
            clock,
            cwd: CWD,
            stdin: step.stdin,
            program: flavour === 'busybox' ? busybox : undefined,
            env: ENV[flavour],
            exactEnv: true,
          });
          got.push({ argv: step.argv, ...r });
        }
        expect(got).toEqual(recorded.cases[c.name]);
      });
    }
  });
}
