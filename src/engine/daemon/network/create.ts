// POST /networks/create (docker network create): a bridge on the next free pool or the given subnet.
import { Conflict, Forbidden, InvalidParameter, NotFound } from '../../api/errors';
import type { NetworkCreateRequest, NetworkCreateResponse } from '../../api/types';
import { generateId } from '../../container/ids';
import type { EventBus } from '../../events/bus';
import type { NetworkController } from '../../network/controller';
import { contains, overlaps, parseCidr, parseIp, type Subnet } from '../../network/ipv4';
import { networkEvent } from './events';

function requestedSubnet(
  net: NetworkController,
  req: NetworkCreateRequest,
): { subnet: Subnet; gateway: number } {
  const config = req.IPAM?.Config?.[0];
  if (!config?.Subnet) {
    const subnet = net.nextSubnet();
    if (!subnet)
      throw new Forbidden(
        'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
      );
    return { subnet, gateway: subnet.base + 1 };
  }
  const subnet = parseCidr(config.Subnet);
  if (!subnet) throw new InvalidParameter(`invalid CIDR address: ${config.Subnet}`);
  if (net.all().some((n) => n.init.subnet && overlaps(n.init.subnet, subnet))) {
    throw new Forbidden('Pool overlaps with other one on this address space');
  }
  const gateway = config.Gateway ? parseIp(config.Gateway) : subnet.base + 1;
  if (gateway === null || !contains(subnet, gateway)) {
    throw new Forbidden(`no matching subnet for gateway ${config.Gateway ?? ''}`);
  }
  return { subnet, gateway };
}

export function networkCreate(
  net: NetworkController,
  req: NetworkCreateRequest,
  events: EventBus,
): NetworkCreateResponse {
  const driver = req.Driver || 'bridge';
  if (!req.Name) throw new InvalidParameter('network name must not be empty');
  if (net.all().some((n) => n.name === req.Name))
    throw new Conflict(`network with name ${req.Name} already exists`);
  if (driver === 'host' || driver === 'null') {
    throw new Forbidden(`only one instance of "${driver}" network is allowed`);
  }
  if (driver !== 'bridge') throw new NotFound(`plugin "${driver}" not found`);
  const { subnet, gateway } = requestedSubnet(net, req);
  const n = net.add({
    id: generateId(net.random),
    name: req.Name,
    driver: 'bridge',
    created: net.clock.now(),
    subnet,
    gateway,
    internal: req.Internal ?? false,
    attachable: req.Attachable ?? false,
    labels: req.Labels ?? {},
    options: req.Options ?? {},
    ipamOptions: req.IPAM?.Options ?? {},
  });
  networkEvent(events, 'create', n);
  return { Id: n.id, Warning: '' };
}
