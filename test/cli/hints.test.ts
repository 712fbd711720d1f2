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

describe('global options: -H, DOCKER_HOST, --context', () => {
  it('connects to -H, then DOCKER_HOST, then the default socket', async () => {
    const r = await runDocker(['-H', 'tcp://127.0.0.1:1', 'ps'], {
      connect: unreachable,
      env: { DOCKER_HOST: 'unix:///other.sock' },
    });
    expect(r).toEqual({
      stdout: '',
      stderr: 'Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker daemon running?\n',
      exit: 1,
    });
    const env = await runDocker(['ps'], { connect: unreachable, env: { DOCKER_HOST: 'unix:///other.sock' } });
    expect(env.stderr).toBe(
      'Cannot connect to the Docker daemon at unix:///other.sock. Is the docker daemon running?\n',
    );
  });

  it('reports an unknown context and conflicting options with the recorded texts', async () => {
    const r = await runDocker(['--context', 'foo', 'ps'], { connect: unreachable });
    expect(r).toEqual({
      stdout: '',
      stderr:
        'Failed to initialize: unable to resolve docker endpoint: context "foo": context not found: open /root/.docker/contexts/meta/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae/meta.json: no such file or directory\n',
      exit: 1,
    });
    const both = await runDocker(['-H', 'unix:///x.sock', '--context', 'default', 'ps'], {
      connect: unreachable,
    });
    expect(both).toEqual({
      stdout: '',
      stderr: 'conflicting options: cannot specify both --host and --context\n',
      exit: 1,
    });
  });

  it('reads a context from the config directory', async () => {
    const meta =
      '/root/.docker/contexts/meta/fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9/meta.json';
    const r = await runDocker(['ps'], {
      connect: unreachable,
      env: { DOCKER_CONTEXT: 'bar' },
      files: {
        [meta]: JSON.stringify({ Name: 'bar', Endpoints: { docker: { Host: 'tcp://10.0.0.2:2375' } } }),
      },
    });
    expect(r.stderr).toBe(
      'Cannot connect to the Docker daemon at tcp://10.0.0.2:2375. Is the docker daemon running?\n',
    );
  });
});
