// The network programs, for the program tables: the host's (curl with the host's unix sockets, jq)
// and BusyBox applets for containers (wget, nc, netstat, ping, ip, ifconfig, nslookup).
import type { Program } from '../../engine/process/types';
import { createCurl, type CurlDeps } from './curl';
import { jq } from './jq';
import { ifconfig } from './ifconfig';
import { ip } from './ip';
import { nc } from './nc';
import { netstat } from './netstat';
import { nslookup } from './nslookup';
import { ping } from './ping';
import { wgetBusybox } from './wget-busybox';

export { UnixSocketTable, type UnixSockets } from './unix-sockets';

export function hostNetPrograms(deps: CurlDeps = {}): Record<string, Program> {
  return { curl: createCurl(deps), jq };
}

export const busyboxNetApplets: Record<string, Program> = {
  wget: wgetBusybox,
  nc,
  netstat,
  ping,
  ip,
  ifconfig,
  nslookup,
};
