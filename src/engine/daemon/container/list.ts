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

/** strconv.ParseUint(s, 10, 16) with Go's error texts. */
function parsePort(s: string): number {
  if (!/^\d+$/.test(s)) throw new Error(`strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (n > 65535) throw new Error(`strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`);
  return n;
}

/** The `publish`/`expose` filter values (`80`, `80/udp`, `8000-8010/tcp`) as a set of `port/proto`. */
function portSet(values: readonly string[], key: string): Set<string> {
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes(':'))
      throw new InvalidParameter(`filter for '${key}' should not contain ':': ${value}`);
    const slash = value.indexOf('/');
    const range = slash < 0 ? value : value.slice(0, slash);
    const proto = slash < 0 ? 'tcp' : value.slice(slash + 1);
    let start: number;
    let end: number;
    try {
      const [a, b] = range.split('-');
      start = parsePort(a);
      end = b === undefined ? start : parsePort(b);
      if (end < start) throw new Error(`Invalid range specified for the Port: ${range}`);
    } catch (e) {
      throw new InvalidParameter(`error while looking up for ${key} ${value}: ${(e as Error).message}`);
    }
    for (let p = start; p <= end; p++) out.add(`${p}/${proto}`);
  }
  return out;
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
  const publish = portSet(filters.get('publish'), 'publish');
  const expose = portSet(filters.get('expose'), 'expose');
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
      (publish.size === 0 ||
        (d.networking.ports?.(c) ?? []).some((p) => publish.has(`${p.PublicPort}/${p.Type}`))) &&
      (expose.size === 0 || Object.keys(c.config.ExposedPorts ?? {}).some((p) => expose.has(p))) &&
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
