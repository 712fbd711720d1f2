// Finding a network by id, name or id prefix, with Docker's not-found error.
import { NotFound } from '../../api/errors';
import type { NetworkController } from '../../network/controller';
import type { NetworkRecord } from '../../network/network';

export function getNetwork(net: NetworkController, ref: string): NetworkRecord {
  const n = net.find(ref);
  if (!n) throw new NotFound(`network ${ref} not found`);
  return n;
}
