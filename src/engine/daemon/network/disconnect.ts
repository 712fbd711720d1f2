// POST /networks/{id}/disconnect (docker network disconnect).
import { Forbidden } from '../../api/errors';
import type { NetworkDisconnectRequest } from '../../api/types';
import type { Daemon } from '../daemon';
import { getNetwork } from './find';
import type { Networking } from './networking';

export function networkDisconnect(
  d: Daemon,
  net: Networking,
  ref: string,
  req: NetworkDisconnectRequest,
): void {
  const n = getNetwork(net.controller, ref);
  const c = d.containers.get(req.Container);
  if (!net.networksOf(c).includes(n)) {
    throw new Forbidden(`container ${c.id} is not connected to network ${n.name}`);
  }
  const extra = net.extraNetworks(c);
  if (extra.includes(n.id))
    net.setExtraNetworks(
      c,
      extra.filter((id) => id !== n.id),
    );
  else c.hostConfig.NetworkMode = 'none';
  net.unplug(c, n);
  // dockerd publishes it once more, even when the running container's endpoint just went (recorded).
  net.endpointEvent('disconnect', c, n);
}
