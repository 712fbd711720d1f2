// The network routes' backend over the simulated daemon: plug into `daemonBackend(daemon, images, extra)`.
import type { NetworkBackend } from '../../api/backend';
import type { Daemon } from '../daemon';
import { networkConnect } from './connect';
import { networkCreate } from './create';
import { networkDisconnect } from './disconnect';
import { networkEvent } from './events';
import { networkInspect } from './inspect';
import { networkList } from './list';
import type { Networking } from './networking';
import { networksPrune } from './prune';
import { networkRemove } from './remove';

export function networkBackend(d: Daemon, net: Networking): NetworkBackend {
  const ctl = net.controller;
  net.findContainer = (ref) => d.containers.find(ref);
  net.endpointEvent = (action, c, n) => networkEvent(d.events, action, n, c.id);
  return {
    networkList: async (filters) => networkList(ctl, filters),
    networkInspect: async (id) => networkInspect(ctl, id),
    networkCreate: async (req) => networkCreate(ctl, req, d.events),
    networkConnect: async (id, req) => networkConnect(d, net, id, req),
    networkDisconnect: async (id, req) => networkDisconnect(d, net, id, req),
    networkRemove: async (id) => networkRemove(ctl, id, d.events),
    networksPrune: async (filters) => networksPrune(ctl, filters, d.events),
  };
}
