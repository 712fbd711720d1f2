// The Engine API from the host's shell: curl on /var/run/docker.sock reaches the same router as the
// docker CLI, and jq reads its JSON.
import { describe, expect, it } from 'vitest';
import { transcript } from './helpers';

describe('curl --unix-socket /var/run/docker.sock', () => {
  it('pings, lists containers and reads them with jq', async () => {
    const steps = await transcript([
      'curl -s --unix-socket /var/run/docker.sock http://localhost/_ping',
      'docker run -d --name web busybox sleep 100',
      "curl -s --unix-socket /var/run/docker.sock http://localhost/containers/json | jq -r '.[].Names[0]'",
      "curl -s -o /dev/null -w '%{http_code}' --unix-socket /var/run/docker.sock http://localhost/containers/nope/json",
      'curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/containers/nope/json',
    ]);
    expect(steps[0]).toMatchObject({ stdout: 'OK', exit: 0 });
    expect(steps[2]).toMatchObject({ stdout: '/web\n', exit: 0 });
    expect(steps[3].stdout).toBe('404');
    expect(steps[4].stdout).toBe('{"message":"No such container: nope"}\n');
  });
});
