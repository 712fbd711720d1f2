// Commands whose flags the fuzzer found undeclared: they behave as CLI 28 against API 1.41.
import { describe, expect, it } from 'vitest';
import { transcript } from './helpers';

describe('flags read by commands are declared', () => {
  it('volume prune asks, and refuses --all below API 1.42', async () => {
    const [prune, all] = await transcript(['echo n | docker volume prune', 'docker volume prune -a'], []);
    expect(prune).toMatchObject({
      exit: 0,
      stdout:
        'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
    });
    expect(all).toMatchObject({
      exit: 1,
      stderr: '"--all" requires API version 1.42, but the Docker daemon API version is 1.41\n',
    });
  });

  it('volume create names a volume by argument, by the hidden --name, or at random', async () => {
    const steps = await transcript([
      'docker volume create',
      'docker volume create --name x2',
      'docker volume create x3',
    ]);
    expect(steps[0].stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(steps[1].stdout).toBe('x2\n');
    expect(steps[2].stdout).toBe('x3\n');
  });
});
