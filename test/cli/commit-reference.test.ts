// docker commit checks the image reference in the client before calling the daemon
// (texts recorded from docker CLI 28 against dockerd 20.10: exit 1, no "Error response from daemon").

import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { simEngine } from '../client/sim-engine';
import { runDocker } from './harness';

function setup() {
  const sim = simEngine(5);
  const client = sim.client as unknown as EngineApi;
  return (...argv: string[]) => runDocker(argv, { client, now: sim.clock.now() });
}

describe('docker commit REPOSITORY[:TAG]', () => {
  it('refuses an uppercase repository in the client', async () => {
    const docker = setup();
    const created = await docker('create', '--name', 'ctr', 'busybox', 'true');
    expect(created.stderr).toBe('');
    const r = await docker('commit', 'ctr', 'Atelier');
    expect(r).toMatchObject({
      exit: 1,
      stdout: '',
      stderr: 'invalid reference format: repository name (library/Atelier) must be lowercase\n',
    });
  });

  it('refuses a digest and a malformed tag', async () => {
    const docker = setup();
    await docker('create', '--name', 'ctr', 'busybox', 'true');
    expect((await docker('commit', 'ctr', `a@sha256:${'0'.repeat(64)}`)).stderr).toBe(
      'refusing to create a tag with a digest reference\n',
    );
    expect((await docker('commit', 'ctr', 'bad:ta:g')).stderr).toBe('invalid reference format\n');
  });

  it('commits to repo:tag', async () => {
    const docker = setup();
    await docker('create', '--name', 'ctr', 'busybox', 'true');
    expect((await docker('commit', 'ctr', 'atelier:v1')).exit).toBe(0);
    expect((await docker('images', 'atelier', '--format', '{{.Repository}}:{{.Tag}}')).stdout).toBe(
      'atelier:v1\n',
    );
  });
});
