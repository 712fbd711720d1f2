// GET /networks/{id} (docker network inspect).
import type { Network } from '../../api/types';
import type { NetworkController } from '../../network/controller';
import { getNetwork } from './find';

export function networkInspect(net: NetworkController, ref: string): Network {
  return getNetwork(net, ref).toApi();
}
