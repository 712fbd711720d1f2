// `docker system df`: the summary table and the verbose (-v) sections (formatter/disk_usage.go).

import type { SystemDataUsage } from '../../client/api-types';
import { containerContext } from './containers';
import { formatRows } from './formatter';
import { imageContexts } from './images';
import { goStruct } from './struct';
import { humanDuration, humanSize } from './units';

function reclaim(reclaimable: number, total: number): string {
  const size = humanSize(reclaimable);
  return total > 0 ? `${size} (${Math.trunc((reclaimable * 100) / total)}%)` : size;
}

export function diskUsageSummary(du: SystemDataUsage, format: string): string {
  const images = du.Images ?? [];
  const containers = du.Containers ?? [];
  const volumes = du.Volumes ?? [];
  const cache = du.BuildCache ?? [];
  const usedImages = images.filter((i) => i.Containers > 0);
  const imgUsed = usedImages.reduce((s, i) => s + (i.Size - Math.max(0, i.SharedSize)), 0);
  const active = (c: (typeof containers)[number]) => c.State === 'running' || c.State === 'paused';
  const ctrSize = containers.reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const ctrReclaim = containers.filter((c) => !active(c)).reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const volSize = volumes.reduce((s, v) => s + Math.max(0, v.UsageData?.Size ?? 0), 0);
  const volReclaim = volumes
    .filter((v) => (v.UsageData?.RefCount ?? 0) === 0)
    .reduce((s, v) => s + Math.max(0, v.UsageData?.Size ?? 0), 0);
  const cacheSize = cache.filter((b) => !b.Shared).reduce((s, b) => s + b.Size, 0);
  const cacheReclaim = cache.filter((b) => !b.InUse && !b.Shared).reduce((s, b) => s + b.Size, 0);
  const row = (type: string, total: number, act: number, size: number, reclaimable: string) =>
    goStruct('*formatter.diskUsageContext', {
      Type: () => type,
      TotalCount: () => String(total),
      Active: () => String(act),
      Size: () => humanSize(size),
      Reclaimable: () => reclaimable,
    });
  const rows = [
    row(
      'Images',
      images.length,
      usedImages.length,
      du.LayersSize,
      reclaim(du.LayersSize - imgUsed, du.LayersSize),
    ),
    row(
      'Containers',
      containers.length,
      containers.filter(active).length,
      ctrSize,
      reclaim(ctrReclaim, ctrSize),
    ),
    row(
      'Local Volumes',
      volumes.length,
      volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
      volSize,
      reclaim(volReclaim, volSize),
    ),
    row('Build Cache', cache.length, cache.filter((b) => b.InUse).length, cacheSize, humanSize(cacheReclaim)),
  ];
  return formatRows(
    {
      format,
      defaultTable: '{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}',
      header: {
        Type: 'TYPE',
        TotalCount: 'TOTAL',
        Active: 'ACTIVE',
        Size: 'SIZE',
        Reclaimable: 'RECLAIMABLE',
      },
    },
    rows,
  );
}

export function diskUsageVerbose(du: SystemDataUsage, now: number): string {
  let out = 'Images space usage:\n\n';
  out += formatRows(
    {
      format: '',
      defaultTable:
        '{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}',
      header: {
        Repository: 'REPOSITORY',
        Tag: 'TAG',
        ID: 'IMAGE ID',
        CreatedSince: 'CREATED',
        Size: 'SIZE',
        SharedSize: 'SHARED SIZE',
        UniqueSize: 'UNIQUE SIZE',
        Containers: 'CONTAINERS',
      },
    },
    imageContexts(du.Images ?? [], true, now),
  );
  out += '\nContainers space usage:\n\n';
  out += formatRows(
    {
      format: '',
      defaultTable:
        '{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}',
      header: {
        ID: 'CONTAINER ID',
        Image: 'IMAGE',
        Command: 'COMMAND',
        LocalVolumes: 'LOCAL VOLUMES',
        Size: 'SIZE',
        RunningFor: 'CREATED',
        Status: 'STATUS',
        Names: 'NAMES',
      },
    },
    (du.Containers ?? []).map((c) =>
      containerContext({ ...c, SizeRootFs: 0, SizeRw: c.SizeRw ?? 0 }, true, now),
    ),
  );
  out += '\nLocal Volumes space usage:\n\n';
  out += formatRows(
    {
      format: '',
      defaultTable: '{{.Name}}\t{{.Links}}\t{{.Size}}',
      header: { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' },
    },
    (du.Volumes ?? []).map((v) =>
      goStruct('*formatter.volumeContext', {
        Name: () => v.Name,
        Links: () => String(v.UsageData?.RefCount ?? 0),
        Size: () => humanSize(Math.max(0, v.UsageData?.Size ?? 0)),
      }),
    ),
  );
  const cache = du.BuildCache ?? [];
  const cacheSize = cache.reduce((s, b) => s + b.Size, 0);
  out += `\nBuild cache usage: ${humanSize(cacheSize)}\n\n`;
  out += formatRows(
    {
      format: '',
      defaultTable:
        '{{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}',
      header: {
        ID: 'CACHE ID',
        CacheType: 'CACHE TYPE',
        Size: 'SIZE',
        CreatedSince: 'CREATED',
        LastUsedSince: 'LAST USED',
        UsageCount: 'USAGE',
        Shared: 'SHARED',
      },
    },
    sortBuildCache(cache).map((b) => buildCacheContext(b, now)),
  );
  return out;
}

type BuildCacheItem = NonNullable<SystemDataUsage['BuildCache']>[number];
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const time = (v: unknown): number | null => (typeof v === 'string' && v ? Date.parse(v) : null);

/** buildCacheSort: never-used records first, then by last use, ties by ID. */
function sortBuildCache(cache: readonly BuildCacheItem[]): BuildCacheItem[] {
  return [...cache].sort((a, b) => {
    const la = time(a.LastUsedAt);
    const lb = time(b.LastUsedAt);
    if (la === lb) return text(a.ID) < text(b.ID) ? -1 : text(a.ID) > text(b.ID) ? 1 : 0;
    if (la === null) return -1;
    if (lb === null) return 1;
    return la - lb;
  });
}

/** formatter.buildCacheContext with trunc: the 12-character ID, `*` when in use. */
function buildCacheContext(b: BuildCacheItem, now: number) {
  const lastUsed = time(b.LastUsedAt);
  return goStruct('*formatter.buildCacheContext', {
    ID: () => `${text(b.ID).slice(0, 12)}${b.InUse ? '*' : ''}`,
    CacheType: () => text(b.Type),
    Size: () => humanSize(b.Size, 3),
    CreatedSince: () => `${humanDuration(now - (time(b.CreatedAt) ?? now))} ago`,
    LastUsedSince: () => (lastUsed === null ? '' : `${humanDuration(now - lastUsed)} ago`),
    UsageCount: () => String(typeof b.UsageCount === 'number' ? b.UsageCount : 0),
    Shared: () => String(b.Shared),
  });
}
