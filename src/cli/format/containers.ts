// formatter.ContainerContext: the fields `docker ps --format` can use, with the table's headers.

import type { ContainerSummary } from '../../client/api-types';
import { quote } from '../go/strconv';
import { displayablePorts } from './ports';
import { ellipsis, goStruct, truncateId } from './struct';
import { Template } from './template/exec';
import type { GoStruct } from './template/values';
import { goTimeString, humanDuration, humanSize } from './units';

export const CONTAINER_TABLE =
  '{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

export const CONTAINER_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
};

function labelsText(labels: Record<string, string> | null): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');
}

export function containerContext(c: ContainerSummary, trunc: boolean, now: number): GoStruct {
  const members = {
    ID: () => (trunc ? truncateId(c.Id) : c.Id),
    Names: () => {
      let names = c.Names.map((n) => n.replace(/^\//, ''));
      if (!trunc) {
        const own = names.find((n) => n.split('/').length === 1);
        if (own !== undefined) names = [own];
      }
      return names.join(',');
    },
    Image: () => {
      if (!c.Image) return '<no image>';
      if (trunc) {
        if (truncateId(c.ImageID) === truncateId(c.Image)) return truncateId(c.Image);
        const at = c.Image.indexOf('@');
        if (at >= 0) return c.Image.slice(0, at);
      }
      return c.Image;
    },
    Command: () => quote(trunc ? ellipsis(c.Command, 20) : c.Command),
    CreatedAt: () => goTimeString(c.Created * 1000),
    RunningFor: () => `${humanDuration(now - c.Created * 1000)} ago`,
    Ports: () => displayablePorts(c.Ports ?? []),
    State: () => c.State,
    Status: () => c.Status,
    Size: () => {
      if (c.SizeRw === undefined && c.SizeRootFs === undefined) return '0B';
      const srw = humanSize(c.SizeRw ?? 0, 3);
      return (c.SizeRootFs ?? 0) > 0 ? `${srw} (virtual ${humanSize(c.SizeRootFs ?? 0, 3)})` : srw;
    },
    Labels: () => labelsText(c.Labels),
    Label: (name: string) => (c.Labels ?? {})[name] ?? '',
    Mounts: () =>
      (c.Mounts ?? []).map((m) => (trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(','),
    LocalVolumes: () => String((c.Mounts ?? []).filter((m) => m.Driver === 'local').length),
    Networks: () =>
      Object.keys(c.NetworkSettings?.Networks ?? {})
        .sort()
        .join(','),
    Platform: () => null,
  };
  return goStruct('*formatter.ContainerContext', members);
}

/** A container with nothing set, for running a template once to see which fields it uses. */
const EMPTY_CONTAINER: ContainerSummary = {
  Id: '',
  Names: [],
  Image: '',
  ImageID: '',
  Command: '',
  Created: 0,
  Ports: [],
  Labels: {},
  State: '',
  Status: '',
  HostConfig: { NetworkMode: '' },
  NetworkSettings: { Networks: {} },
  Mounts: [],
};

/**
 * Whether a `docker ps --format` value reads .Size: docker/cli runs the raw value once on an empty
 * context and asks the engine for sizes (a costly computation) only then. `{{json .}}` reads every
 * field; the `json` shorthand is not expanded there, so it does not.
 */
export function templateUsesSize(format: string): boolean {
  const ctx = containerContext(EMPTY_CONTAINER, true, 0);
  let used = false;
  const probe: GoStruct = {
    goType: ctx.goType,
    field: (name) => {
      if (name === 'Size') used = true;
      return ctx.field(name);
    },
    toJSON: () => {
      used = true;
      return ctx.toJSON();
    },
  };
  try {
    Template.parse(format).execute(probe);
  } catch {
    // A template that fails here fails again on the rows, with Docker's error.
  }
  return used;
}
