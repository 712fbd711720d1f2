// A container on --network host sees the host's bridges (docker0, br-<id>) with the gateway addresses,
// and their link routes; the host's own uplink is not simulated, so there is no default route.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

describe('--network host', () => {
  it('shows the bridges of the host in ip addr and ip route', async () => {
    const steps = await transcript([
      'docker network create --subnet 10.9.0.0/24 nt-a',
      'docker run --rm --network host busybox ip -o addr',
      'docker run --rm --network host busybox ip route',
    ]);
    const bridge = `br-${steps[0]!.stdout.trim().slice(0, 12)}`;
    const addrs = steps[1]!.stdout.split('\n').filter(Boolean);
    expect(addrs.map((l) => l.replace(/^\d+: /, 'N: '))).toEqual([
      'N: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
      'N: docker0    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\\       valid_lft forever preferred_lft forever',
      `N: ${bridge}    inet 10.9.0.1/24 brd 10.9.0.255 scope global ${bridge}\\       valid_lft forever preferred_lft forever`,
    ]);
    expect(steps[2]!.stdout).toBe(
      `172.17.0.0/16 dev docker0 scope link  src 172.17.0.1 \n10.9.0.0/24 dev ${bridge} scope link  src 10.9.0.1 \n`,
    );
  });
});
