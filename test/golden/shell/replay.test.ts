// Replays the shell corpus recorded from real bash (scripts/golden/record-shell.ts) through the
// simulated host and compares stdout, stderr and exit status of every entry.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHost } from '../../../src/host/host';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { corpusFiles, readCorpus, GOLDEN_DIR, SANDBOX, type GoldenFile } from '../../../scripts/golden/shell-corpus';

const ENV = { PATH: '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games', PS1: '', PS2: '' };

for (const file of corpusFiles()) {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as GoldenFile;
  describe(`shell golden ${file}`, () => {
    const host = createHost({ world: { clock: new VirtualClock() } });
    it('matches the corpus it was recorded from', () => {
      expect(golden.entries.map((e) => e.cmd)).toEqual(readCorpus(file));
    });
    for (const [i, entry] of golden.entries.entries()) {
      it(`${String(i + 1).padStart(2, '0')}: ${entry.cmd.split('\n')[0]}`, async () => {
        if (i === 0) host.fs.mkdir(SANDBOX, { recursive: true, uid: 1000, gid: 1000 });
        const session = host.openSession({ cwd: SANDBOX, env: ENV });
        const got = await session.run(entry.cmd);
        session.close();
        expect(got).toEqual({ stdout: entry.stdout, stderr: entry.stderr, exit: entry.exit });
      });
    }
  });
}
