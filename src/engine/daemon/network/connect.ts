// POST /networks/{id}/connect (docker network connect): a running container is plugged in at once,
// a stopped one at its next start.
import { Forbidden } from '../../api/errors';
import type { NetworkConnectRequest } from '../../api/types';
import type { Daemon } from '../daemon';
import { getNetwork } from './find';
import type { Networking } from './networking';

export function networkConnect(d: Daemon, net: Networking, ref: string, req: NetworkConnectRequest): void {
  const n = getNetwork(net.controller, ref);
  const c = d.containers.get(req.Container);
  if (n.driver !== 'bridge')
    throw new Forbidden(`container cannot be disconnected from host network or connected to host network`);
  const mode = c.hostConfig.NetworkMode || 'default';
  if (mode === 'host' || mode === 'none' || mode.startsWith('container:')) {
    throw new Forbidden(
      'container sharing network namespace with another container or host cannot be connected to any other network',
    );
  }
  if (net.networksOf(c).includes(n)) {
    throw new Forbidden(`endpoint with name ${c.bareName} already exists in network ${n.name}`);
  }
  net.setExtraNetworks(c, [...net.extraNetworks(c), n.id]);
  const att = net.attachment(c);
  if (att) {
    const cfg = req.EndpointConfig;
    net.plug(c, att, n, cfg?.IPAMConfig?.IPv4Address || undefined, cfg?.Aliases ?? []);
  }
}
