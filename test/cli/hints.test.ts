// Baleine's French hints: under Docker's exact error, only on a terminal, visually distinct.

import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/cli/hints';
import { runDocker, unreachable } from './harness';

describe('misspelling hints', () => {
  it('computes edit distances with transpositions', () => {
    expect(editDistance('sp', 'ps')).toBe(1);
    expect(editDistance('imgaes', 'images')).toBe(1);
    expect(closest('contianer', ['container', 'context'])).toBe('container');
    expect(closest('zzzzzz', ['ps', 'run'])).toBeNull();
  });

  it("adds a dim italic French line after Docker's unknown-command error on a terminal", async () => {
    const r = await runDocker(['pss'], { connect: unreachable, stderrTTY: true });
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe(
      "docker: unknown command: docker pss\n\nRun 'docker --help' for more information\n\x1b[2;3m💡 Baleine\u00a0: Vouliez-vous dire «\u00a0docker ps\u00a0»\u202f?\x1b[0m\n",
    );
  });

  it('suggests subcommands and flags', async () => {
    const sub = await runDocker(['container', 'lss'], { connect: unreachable, stderrTTY: true });
    expect(sub.stderr).toContain('Vouliez-vous dire «\u00a0docker container ls\u00a0»');
    const flag = await runDocker(['ps', '--al'], { connect: unreachable, stderrTTY: true });
    expect(flag.exit).toBe(125);
    expect(
      flag.stderr.startsWith(
        "unknown flag: --al\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      ),
    ).toBe(true);
    expect(flag.stderr).toContain('«\u00a0--all\u00a0»');
  });

  it("keeps Docker's exact bytes when stderr is not a terminal or hints are off", async () => {
    const piped = await runDocker(['pss'], { connect: unreachable });
    expect(piped.stderr).toBe(
      "docker: unknown command: docker pss\n\nRun 'docker --help' for more information\n",
    );
    const off = await runDocker(['pss'], {
      connect: unreachable,
      stderrTTY: true,
      env: { BALEINE_HINTS: '0' },
    });
    expect(off.stderr).not.toContain('Baleine');
  });
});
