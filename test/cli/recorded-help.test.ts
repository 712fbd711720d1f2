// Compares `docker … --help` with the real CLI 28's help texts (fixtures/help/*.txt, 80 columns).
// The root help and the legacy builder's help are compared in parts (see the accepted differences).

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDocker, unreachable } from './harness';

const dir = new URL('./fixtures/help/', import.meta.url);
// docker: we do not simulate context/manifest/plugin/trust and the swarm commands.
// build, image_build: the recording is the legacy builder's help (with its deprecation banner).
const SKIP = new Set(['docker.txt', 'build.txt', 'image_build.txt']);

describe('help texts match the recorded docker CLI 28', () => {
  for (const file of readdirSync(dir).filter((f) => !SKIP.has(f))) {
    const argv = [...file.replace(/\.txt$/, '').split('_'), '--help'];
    it(`docker ${argv.join(' ')}`, async () => {
      const expected = readFileSync(new URL(file, dir), 'utf8');
      const r = await runDocker(argv, { connect: unreachable });
      expect(r.stdout).toBe(expected);
      expect(r.exit).toBe(0);
    });
  }

  it("docker --help lists our commands in Docker's layout", async () => {
    const expected = readFileSync(new URL('docker.txt', dir), 'utf8');
    const r = await runDocker(['--help'], { connect: unreachable });
    const keep = (text: string) =>
      text
        .split('\n')
        .filter(
          (l) =>
            !/^ {2}(context|manifest|plugin|trust|config|node|secret|service|stack|swarm) /.test(l),
        )
        .join('\n')
        .replace(/\nSwarm Commands:\n\n/, '\n');
    expect(r.stdout).toBe(keep(expected));
  });
});
