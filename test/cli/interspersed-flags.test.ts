// Cobra parses flags after positionals for every command except those that call
// SetInterspersed(false) (run, create, exec, top): `docker network create NAME --subnet …` and
// `docker volume create NAME --label …` work on a real docker CLI 28.

import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { simEngine } from '../client/sim-engine';
import { runDocker } from './harness';

function setup() {
  const sim = simEngine(7);
  const client = sim.client as unknown as EngineApi;
  return (...argv: string[]) => runDocker(argv, { client, now: sim.clock.now() });
}

describe('flags after the positional argument', () => {
  it('network create NAME --subnet … uses the subnet', async () => {
    const docker = setup();
    const created = await docker('network', 'create', 'n1', '--subnet', '10.99.0.0/24');
    expect(created.exit).toBe(0);
    const subnet = await docker('network', 'inspect', 'n1', '-f', '{{range .IPAM.Config}}{{.Subnet}}{{end}}');
    expect(subnet.stdout).toBe('10.99.0.0/24\n');
  });

  it('volume create NAME --label … sets the label', async () => {
    const docker = setup();
    expect((await docker('volume', 'create', 'v1', '--label', 'a=b')).stdout).toBe('v1\n');
    expect((await docker('volume', 'inspect', 'v1', '-f', '{{.Labels}}')).stdout).toBe('map[a:b]\n');
  });

  it('run still hands flags after the image to the container', async () => {
    const docker = setup();
    const r = await docker('run', '--rm', 'busybox', 'echo', '--subnet');
    expect(r.stdout).toBe('--subnet\n');
  });
});
