// GET /containers/json (moby daemon/list.go): newest first, running ones unless `all`, with Docker's
// filters; `Status` is the `docker ps` STATUS text, derived from the lifecycle machine.
import { InvalidParameter } from '../../api/errors';
import { Filters } from '../../api/filters';
import type { ContainerSummary } from '../../api/types';
import type { Container } from '../../container/container';
import { commandLine } from '../../container/config';
import { psStatus, statusOf } from '../../container/status';
import type { Daemon } from '../daemon';
import { networkName, networkSettings } from './network-settings';
import { labelMatches } from '../../container/labels';

export interface ListOptions {
  all?: boolean;
  limit?: number;
  size?: boolean;
  filters?: Filters;
}

const ACCEPTED = [
  'ancestor',
  'before',
  'expose',
  'exited',
  'health',
  'id',
  'isolation',
  'is-task',
  'label',
  'name',
  'network',
  'publish',
  'since',
  'status',
  'volume',
];
const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];
const HEALTH = ['starting', 'healthy', 'unhealthy', 'none'];

function ancestorMatches(d: Daemon, c: Container, ref: string): boolean {
  const image = d.images.find(ref);
  return image !== undefined && image.id === c.imageId;
}

function filterOf(d: Daemon, filters: Filters): (c: Container) => boolean {
  filters.validate(ACCEPTED);
  for (const v of filters.get('status')) {
    if (!STATUSES.includes(v)) throw new InvalidParameter(`Invalid filter 'status=${v}'`);
  }
  for (const v of filters.get('health')) {
    if (!HEALTH.includes(v)) throw new InvalidParameter(`Unrecognised filter value for health: ${v}`);
  }
  const exited = filters.get('exited').map((v) => {
    if (!/^-?\d+$/.test(v)) throw new InvalidParameter(`strconv.Atoi: parsing "${v}": invalid syntax`);
    return Number(v);
  });
  const before = filters.get('before').map((r) => d.containers.get(r).created);
  const since = filters.get('since').map((r) => d.containers.get(r).created);
  const any = (key: string, test: (v: string) => boolean) => {
    const vs = filters.get(key);
    return vs.length === 0 || vs.some(test);
  };
  return (c) => {
    const status = statusOf(c.view);
    const health = c.view.context.health?.status ?? 'none';
    return (
      any('id', (v) => c.id.startsWith(v)) &&
      any('name', (v) => new RegExp(v).test(c.name)) &&
      filters.get('label').every((v) => labelMatches(v, c.config.Labels ?? {})) &&
      any('status', (v) => v === status) &&
      any('health', (v) => v === health) &&
      any('ancestor', (v) => ancestorMatches(d, c, v)) &&
      any('network', (v) => v === networkName(c)) &&
      (exited.length === 0 || (status === 'exited' && exited.includes(c.view.context.exitCode))) &&
      before.every((t) => c.created < t) &&
      since.every((t) => c.created > t)
    );
  };
}

export function summarize(d: Daemon, c: Container, size = false): ContainerSummary {
  const view = c.view;
  const out: ContainerSummary = {
    Id: c.id,
    Names: [c.name],
    Image: c.config.Image ?? '',
    ImageID: c.imageId,
    Command: commandLine(c.path, c.args),
    Created: Math.floor(c.created / 1000),
    Ports: d.networking.ports?.(c) ?? [],
    Labels: c.config.Labels ?? {},
    State: statusOf(view),
    Status: psStatus(view, d.clock.now()),
    HostConfig: { NetworkMode: c.hostConfig.NetworkMode ?? 'default' },
    NetworkSettings: { Networks: networkSettings(d, c).Networks },
    Mounts: d.volumes?.mountPoints(c) ?? [],
  };
  if (size) {
    out.SizeRw = c.rw.size;
    out.SizeRootFs = c.rw.size + (d.images.get(c.imageId)?.size ?? 0);
  }
  return out;
}

export function containerList(d: Daemon, opts: ListOptions = {}): ContainerSummary[] {
  const filters = opts.filters ?? new Filters();
  const keep = filterOf(d, filters);
  const includeStopped = opts.all || (opts.limit ?? 0) > 0 || filters.has('status') || filters.has('exited');
  // Newest first; the store keeps creation order, so containers created in the same instant of the
  // (virtual) clock still list the later one first, as on a real engine where times never tie.
  let list = d.containers
    .all()
    .reverse()
    .filter((c) => includeStopped || c.isUp)
    .filter(keep)
    .sort((a, b) => b.created - a.created);
  if (opts.limit !== undefined && opts.limit > 0) list = list.slice(0, opts.limit);
  return list.map((c) => summarize(d, c, opts.size));
}
