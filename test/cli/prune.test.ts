// Prune prompts as recorded from the real CLI 28 (`echo n | docker … prune`): declining exits 0 quietly.

import { describe, expect, it } from 'vitest';
import { fakeEngine } from './fake-engine';
import { runDocker } from './harness';

describe('prune confirmation', () => {
  it.each([
    [
      ['container', 'prune'],
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
    ],
    [
      ['image', 'prune'],
      'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ',
    ],
    [
      ['system', 'prune'],
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] ',
    ],
  ])('docker %j answered n', async (argv, prompt) => {
    const r = await runDocker(argv, { client: fakeEngine().api, stdin: ['n\n'] });
    expect(r).toEqual({ stdout: prompt, stderr: '', exit: 0 });
  });

  it('prunes when confirmed and reports the reclaimed space', async () => {
    const e = fakeEngine();
    e.api.containerPrune = async () => ({ ContainersDeleted: ['abc', 'def'], SpaceReclaimed: 1234 });
    const r = await runDocker(['container', 'prune'], { client: e.api, stdin: ['y\n'] });
    expect(r.stdout).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] Deleted Containers:\nabc\ndef\n\nTotal reclaimed space: 1.234kB\n',
    );
  });
});

describe('docker login / logout', () => {
  it('logs in with --password-stdin and stores the credentials like Docker', async () => {
    const e = fakeEngine();
    const seen: unknown[] = [];
    e.api.login = async (auth) => {
      seen.push(auth);
      return { Status: 'Login Succeeded' };
    };
    const r = await runDocker(['login', '-u', 'alice', '--password-stdin'], {
      client: e.api,
      stdin: ['s3cret\n'],
    });
    expect(r.exit).toBe(0);
    expect(r.stdout).toBe('Login Succeeded\n');
    expect(r.stderr).toContain(
      "WARNING! Your credentials are stored unencrypted in '/root/.docker/config.json'.",
    );
    expect(seen).toEqual([
      { username: 'alice', password: 's3cret', serveraddress: 'https://index.docker.io/v1/' },
    ]);
  });

  it('refuses --password-stdin without a username', async () => {
    const r = await runDocker(['login', '--password-stdin'], { client: fakeEngine().api, stdin: ['x\n'] });
    expect(r).toEqual({ stdout: '', stderr: 'Must provide --username with --password-stdin\n', exit: 1 });
  });
});
