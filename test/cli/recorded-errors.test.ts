// Replays the usage errors recorded from the real docker CLI 28 (fixtures/errors.json, recorded by
// fixtures/record-errors.mjs with an unreachable daemon) and compares stdout, stderr and exit code.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDocker, unreachable } from './harness';

interface Case {
  argv: string[];
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/errors.json', import.meta.url), 'utf8')) as Case[];

describe('usage errors match the recorded docker CLI 28', () => {
  for (const c of cases) {
    it(`docker ${c.argv.join(' ')}`, async () => {
      const r = await runDocker(c.argv, {
        connect: unreachable,
        env: { DOCKER_HOST: 'unix:///nonexistent.sock' },
      });
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({
        stdout: c.stdout,
        stderr: c.stderr,
        exit: c.exit,
      });
    });
  }
});
