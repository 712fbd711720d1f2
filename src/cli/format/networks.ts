// formatter contexts of `docker network ls` and `docker volume ls`.

import type { Network, Volume } from '../../client/api-types';
import { goStruct, truncateId } from './struct';
import type { GoStruct } from './template/values';

export const NETWORK_TABLE = '{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
export const NETWORK_HEADERS: Record<string, string> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
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
    IPv6: () => String(n.EnableIPv6),
    Internal: () => String(n.Internal),
    Labels: () => labels(n.Labels),
    Label: (name: string) => (n.Labels ?? {})[name] ?? '',
    CreatedAt: () => n.Created,
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
  });
}
