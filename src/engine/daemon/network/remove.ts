// DELETE /networks/{id} (docker network rm).
import { Forbidden } from '../../api/errors';
import type { EventBus } from '../../events/bus';
import type { NetworkController } from '../../network/controller';
import { networkEvent } from './events';
import { getNetwork } from './find';

export function networkRemove(net: NetworkController, ref: string, events: EventBus): void {
  const n = getNetwork(net, ref);
  if (n.init.predefined) throw new Forbidden(`${n.name} is a pre-defined network and cannot be removed`);
  if (n.endpoints.size > 0) {
    throw new Forbidden(`error while removing network: network ${n.name} id ${n.id} has active endpoints`);
  }
  net.delete(n);
  networkEvent(events, 'destroy', n);
}
