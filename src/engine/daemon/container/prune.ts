// POST /containers/prune (moby daemon/prune.go): removes every stopped container (filters `until`
// and `label`), reports their ids and the space their RW layers held.
import { Filters } from '../../api/filters';
import { InvalidParameter } from '../../api/errors';
import type { Daemon } from '../daemon';
import { removeContainer } from './remove';
import { labelMatches } from '../../container/labels';

export interface ContainerPruneReport {
  ContainersDeleted: string[] | null;
  SpaceReclaimed: number;
}

function untilMs(value: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const m = /^(\d+)(h|m|s)$/.exec(value);
  if (m) return now - Number(m[1]) * { h: 3_600_000, m: 60_000, s: 1000 }[m[2] as 'h' | 'm' | 's'];
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new InvalidParameter(`failed to parse value as time or duration: "${value}"`);
  return t;
}

export function containerPrune(d: Daemon, filters: Filters = new Filters()): ContainerPruneReport {
  filters.validate(['until', 'label', 'label!']);
  const until = filters.get('until').map((v) => untilMs(v, d.clock.now()));
  const deleted: string[] = [];
  let space = 0;
  for (const c of d.containers.all()) {
    if (c.isUp || c.state === 'removing') continue;
    if (!until.every((t) => c.created < t)) continue;
    const labels = c.config.Labels ?? {};
    if (!filters.get('label').every((v) => labelMatches(v, labels))) continue;
    if (filters.get('label!').some((v) => labelMatches(v, labels))) continue;
    space += c.rw.size;
    removeContainer(d, c, false);
    deleted.push(c.id);
  }
  d.events.publish({
    Type: 'container',
    Action: 'prune',
    Actor: { ID: '', Attributes: { reclaimed: String(space) } },
  });
  return { ContainersDeleted: deleted.length ? deleted : null, SpaceReclaimed: space };
}
