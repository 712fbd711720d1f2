// formatter contexts of `docker network ls` and `docker volume ls`.

import type { Network, Volume } from '../../client/api-types';
import { goStruct, truncateId } from './struct';
import { goTimeOfRfc3339 } from './units';
import type { GoStruct } from './template/values';

export const NETWORK_TABLE = '{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
export const NETWORK_HEADERS: Record<string, string> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

function labels(l: Record<string, string> | null | undefined): string {
  return Object.entries(l ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');
}

export function networkContext(n: Network, trunc: boolean): GoStruct {
  return goStruct('*formatter.networkContext', {
    ID: () => (trunc ? truncateId(n.Id) : n.Id),
    Name: () => n.Name,
    Driver: () => n.Driver,
    Scope: () => n.Scope,
    // API 1.41 has no EnableIPv4 (IPv4 is always on there); the CLI prints the missing field's false.
    IPv4: () => String(n.EnableIPv4 ?? false),
    IPv6: () => String(n.EnableIPv6),
    Internal: () => String(n.Internal),
    Labels: () => labels(n.Labels),
    Label: (name: string) => (n.Labels ?? {})[name] ?? '',
    CreatedAt: () => goTimeOfRfc3339(n.Created),
  });
}

export const VOLUME_TABLE = '{{.Driver}}\t{{.Name}}';
export const VOLUME_HEADERS: Record<string, string> = {
  Name: 'VOLUME NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  Mountpoint: 'MOUNTPOINT',
  Labels: 'LABELS',
  Links: 'LINKS',
  Size: 'SIZE',
  Group: 'GROUP',
  Availability: 'AVAILABILITY',
  Status: 'STATUS',
};

export function volumeContext(v: Volume): GoStruct {
  return goStruct('*formatter.volumeContext', {
    Name: () => v.Name,
    Driver: () => v.Driver,
    Scope: () => v.Scope,
    Mountpoint: () => v.Mountpoint,
    Labels: () => labels(v.Labels),
    Label: (name: string) => (v.Labels ?? {})[name] ?? '',
    Links: () => (v.UsageData ? String(v.UsageData.RefCount) : 'N/A'),
    Size: () => (v.UsageData ? String(v.UsageData.Size) : 'N/A'),
    // Cluster (swarm CSI) volume fields: N/A for a local volume, which is all an engine here has.
    Group: () => 'N/A',
    Availability: () => 'N/A',
    Status: () => 'N/A',
  });
}
