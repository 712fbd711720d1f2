// POST /networks/prune (docker network prune): user-defined networks no container is plugged into.
import type { Filters } from '../../api/filters';
import type { EventBus } from '../../events/bus';
import type { NetworkController } from '../../network/controller';
import { networkEvent, networksPruneEvent } from './events';

export function networksPrune(
  net: NetworkController,
  filters: Filters,
  events: EventBus,
): { NetworksDeleted: string[] | null } {
  const labels = filters.get('label');
  const deleted: string[] = [];
  for (const n of net.all()) {
    if (n.init.predefined || n.endpoints.size > 0) continue;
    const own = n.init.labels ?? {};
    const labelled = labels.every((v) => {
      const [k, val] = v.split('=', 2) as [string, string | undefined];
      return k in own && (val === undefined || own[k] === val);
    });
    if (!labelled) continue;
    net.delete(n);
    networkEvent(events, 'destroy', n);
    deleted.push(n.name);
  }
  networksPruneEvent(events);
  return { NetworksDeleted: deleted.length ? deleted : null };
}
