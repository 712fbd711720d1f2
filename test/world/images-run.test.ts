// Images of the simulated Hub run the programs their stubs name: hello-world's /hello, nginx's
// entrypoint; and those programs belong to containers, not to the host.
import { describe, expect, it } from 'vitest';
import { transcript } from './helpers';
import { helloMessage } from '../../src/userland/images/hello';

describe('programs of the images', () => {
  it('docker run hello-world prints its message after the pull', async () => {
    const [run, again] = await transcript(['docker run hello-world', 'docker run --rm hello-world'], []);
    expect(run.exit).toBe(0);
    expect(run.stdout).toBe(helloMessage('amd64'));
    expect(run.stderr).toMatch(/^Unable to find image 'hello-world:latest' locally\n/);
    expect(run.stderr).toContain('Status: Downloaded newer image for hello-world:latest\n');
    expect(again).toEqual({
      cmd: 'docker run --rm hello-world',
      stdout: helloMessage('amd64'),
      stderr: '',
      exit: 0,
    });
  });

  it('keeps image-only programs off the host', async () => {
    const steps = await transcript(['nginx -v', 'which hello', "docker run --rm busybox sh -c 'echo $0'"]);
    expect(steps[0]).toMatchObject({ exit: 127, stderr: 'bash: nginx: command not found\n' });
    expect(steps[1]).toMatchObject({ exit: 1, stdout: '' });
    expect(steps[2]).toMatchObject({ exit: 0, stdout: 'sh\n' });
  });
});
