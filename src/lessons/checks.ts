// Evaluates a lesson's declarative checks against the engine's state, read only through the Engine
// API (the EngineClient, typed here by the part of the CLI's EngineApi the checks need).
import type { EngineApi } from '../cli';
import type { ContainerSummary } from '../cli/engine-api';
import type { Check, ContainerCheck, ImageCheck } from './types';

export type CheckClient = Pick<
  EngineApi,
  'containerList' | 'containerInspect' | 'imageInspect' | 'imageHistory' | 'volumeList' | 'networkList'
>;

export interface CheckContext {
  client: CheckClient;
  /** Exit status of the student's last command line, null before any. */
  lastExit: number | null;
  /** The student's last command line, null before any. */
  lastCommand?: string | null;
  /** Text of a host file (absolute path), null when it does not exist; absent, host_file checks fail. */
  readHostFile?: (path: string) => Promise<string | null>;
}

export const HOME = '/home/eleve';

export async function evaluateCheck(check: Check, ctx: CheckContext): Promise<boolean> {
  if ('all' in check) {
    for (const c of check.all) if (!(await evaluateCheck(c, ctx))) return false;
    return true;
  }
  if ('any' in check) {
    for (const c of check.any) if (await evaluateCheck(c, ctx)) return true;
    return false;
  }
  if ('not' in check) return !(await evaluateCheck(check.not, ctx));
  if ('last_exit' in check) return ctx.lastExit === check.last_exit;
  if ('last_command' in check) {
    return ctx.lastExit === 0 && ctx.lastCommand != null && new RegExp(check.last_command).test(ctx.lastCommand);
  }
  if ('host_file' in check) {
    const { path, contains } = check.host_file;
    const text = await ctx.readHostFile?.(path.startsWith('/') ? path : `${HOME}/${path}`);
    return text != null && (contains === undefined || text.includes(contains));
  }
  if ('container' in check) return containerMatches(check.container, ctx.client);
  if ('image' in check) return imageMatches(check.image, ctx.client);
  if ('volume' in check) {
    const r = await ctx.client.volumeList({});
    return (r.Volumes ?? []).some((v) => v.Name === check.volume.name);
  }
  const networks = await ctx.client.networkList({});
  return networks.some((n) => n.Name === check.network.name);
}

async function imageId(client: CheckClient, ref: string): Promise<string | null> {
  try {
    return (await client.imageInspect(ref)).Id;
  } catch {
    return null;
  }
}

async function containerMatches(want: ContainerCheck, client: CheckClient): Promise<boolean> {
  const all = await client.containerList({ all: true });
  const wantedImage = want.image !== undefined ? await imageId(client, want.image) : undefined;
  if (wantedImage === null) return false;
  for (const c of all) {
    if (await oneContainerMatches(c, want, wantedImage, client)) return true;
  }
  return false;
}

async function oneContainerMatches(
  c: ContainerSummary,
  want: ContainerCheck,
  wantedImage: string | undefined,
  client: CheckClient,
): Promise<boolean> {
  if (want.name !== undefined && !c.Names.includes(`/${want.name}`)) return false;
  if (wantedImage !== undefined && c.ImageID !== wantedImage) return false;
  if (want.status !== undefined && c.State !== want.status) return false;
  if (want.mounts !== undefined && !c.Mounts.some((m: { Name?: string; Source: string }) => m.Name === want.mounts || m.Source === want.mounts)) {
    return false;
  }
  if (want.publishes === undefined && want.env === undefined) return true;
  let inspect;
  try {
    inspect = await client.containerInspect(c.Id);
  } catch {
    return false;
  }
  if (want.env !== undefined && !(inspect.Config.Env ?? []).includes(want.env)) return false;
  if (want.publishes !== undefined) {
    const [host, inner] = want.publishes.split(':');
    const bindings = inspect.HostConfig.PortBindings?.[`${inner}/tcp`] ?? [];
    if (!bindings?.some((b) => b.HostPort === host)) return false;
  }
  return true;
}

async function imageMatches(want: ImageCheck, client: CheckClient): Promise<boolean> {
  let inspect;
  try {
    inspect = await client.imageInspect(want.ref);
  } catch {
    return false;
  }
  if (want.label !== undefined) {
    const [k, v] = splitOnce(want.label, '=');
    const labels = inspect.Config?.Labels ?? {};
    if (!(k in labels) || (v !== undefined && labels[k] !== v)) return false;
  }
  if (want.cmd !== undefined && !sameList(inspect.Config?.Cmd, want.cmd)) return false;
  if (want.entrypoint !== undefined && !sameList(inspect.Config?.Entrypoint, want.entrypoint)) return false;
  if (want.min_layers !== undefined) {
    const history = await client.imageHistory(want.ref);
    if (history.length < want.min_layers) return false;
  }
  return true;
}

function sameList(actual: string[] | null | undefined, wanted: string[]): boolean {
  return JSON.stringify(actual ?? []) === JSON.stringify(wanted);
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
