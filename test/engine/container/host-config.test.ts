// The stored HostConfig has the keys, in order, that dockerd 20.10 shows (fixtures recorded by
// test/engine/daemon/container/fixtures/record-hostconfig.sh).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeHostConfig } from '../../../src/engine/container/host-config';
import type { HostConfig } from '../../../src/engine/api/types';

const real = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../daemon/container/fixtures/real-hostconfig.json', import.meta.url)),
    'utf8',
  ),
) as { api: HostConfig; cli: HostConfig };

describe('HostConfig as inspect shows it', () => {
  it('has every Go field for a request without HostConfig, no Runtime', () => {
    const mine = normalizeHostConfig(undefined);
    expect(Object.keys(mine)).toEqual(Object.keys(real.api));
    // Values agree except the cgroup namespace mode: the simulated host runs cgroup v2 (private).
    expect({ ...mine, CgroupnsMode: 'host' }).toEqual(real.api);
  });

  it("keeps the CLI's full HostConfig in Go's order, adding the runtime", () => {
    const shuffled = Object.fromEntries(
      Object.entries(real.cli)
        .filter(([k]) => k !== 'Runtime')
        .reverse(),
    ) as HostConfig;
    const mine = normalizeHostConfig(shuffled);
    expect(Object.keys(mine)).toEqual(Object.keys(real.cli));
    expect(mine.Runtime).toBe('runc');
  });
});
