// The network namespace as the interface tools (ip, ifconfig) see it: loopback, then the veth ends
// the namespace's stack was plugged with, and its routes.
import { Stack, type Link } from '../../engine/network/stack';
import type { NetStack } from '../../engine/process/types';

export interface NetInterface {
  name: string;
  index: number;
  loopback: boolean;
  /** `eth0@if1598`: the name with the peer's index, as `ip link` prints a veth. */
  linkName: string;
  flags: string;
  mtu: number;
  qlen: string;
  mac: string;
  ip: string;
  prefix: number;
  broadcast: string | null;
  netmask: string;
}

const LOOPBACK: NetInterface = {
  name: 'lo',
  index: 1,
  loopback: true,
  linkName: 'lo',
  flags: 'LOOPBACK,UP,LOWER_UP',
  mtu: 65536,
  qlen: ' qlen 1000',
  mac: '00:00:00:00:00:00',
  ip: '127.0.0.1',
  prefix: 8,
  broadcast: null,
  netmask: '255.0.0.0',
};

function veth(l: Link): NetInterface {
  return {
    name: l.name,
    index: l.index,
    loopback: false,
    linkName: l.peer ? `${l.name}@if${l.peer}` : l.name,
    flags: l.peer ? 'BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN' : 'BROADCAST,MULTICAST,UP,LOWER_UP',
    mtu: 1500,
    qlen: ' ',
    mac: l.mac,
    ip: l.ip,
    prefix: l.prefix,
    broadcast: l.broadcast,
    netmask: l.netmask,
  };
}

/** Loopback first, then eth0, eth1… */
export function interfacesOf(net: NetStack): NetInterface[] {
  return [LOOPBACK, ...(net instanceof Stack ? net.links().map(veth) : [])];
}

export interface Route {
  /** `default` or a subnet in CIDR. */
  dest: string;
  via?: string;
  dev: string;
  src?: string;
}

/** The routing table: the default route through the first network's gateway, a link route per subnet. */
export function routesOf(net: NetStack): Route[] {
  if (!(net instanceof Stack)) return [];
  const routes: Route[] = [];
  const def = net.defaultRoute();
  if (def) routes.push({ dest: 'default', via: def.via, dev: def.dev });
  for (const l of net.links()) routes.push({ dest: l.subnet, dev: l.name, src: l.ip });
  return routes;
}
