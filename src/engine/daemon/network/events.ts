// Network events as libnetwork's daemon publishes them (moby daemon/events.go LogNetworkEvent*):
// create/destroy name the network and its driver; connect/disconnect add the container's full id.
import type { EventBus } from '../../events/bus';
import type { NetworkRecord } from '../../network/network';

export type NetworkEventAction = 'create' | 'destroy' | 'connect' | 'disconnect';

export function networkEvent(
  events: EventBus,
  action: NetworkEventAction,
  n: NetworkRecord,
  containerId?: string,
): void {
  events.publish({
    Type: 'network',
    Action: action,
    Actor: {
      ID: n.id,
      Attributes: { ...(containerId ? { container: containerId } : {}), name: n.name, type: n.driver },
    },
  });
}

/** `docker network prune`'s summary: it names no network and reclaims nothing. */
export function networksPruneEvent(events: EventBus): void {
  events.publish({ Type: 'network', Action: 'prune', Actor: { ID: '', Attributes: { reclaimed: '0' } } });
}
