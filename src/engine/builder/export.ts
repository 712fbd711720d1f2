// The image a build produces (BuildKit's image exporter on the classic store): the target stage's
// config, history (new entries dated now, marked `buildkit.dockerfile.v0`), and layers.

import type { ContainerConfig } from '../api/types';
import { rfc3339Nano, type HistoryEntry, type ImageConfigFile } from '../image/config';
import type { StageState } from './state';

export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

/** The config in the order the OCI image config marshals it, empty fields left out. */
function orderedConfig(c: ContainerConfig, labels: Record<string, string>): ContainerConfig {
  const out: ContainerConfig = {};
  const mergedLabels = { ...(c.Labels ?? {}), ...labels };
  if (c.User) out.User = c.User;
  if (c.ExposedPorts && Object.keys(c.ExposedPorts).length) out.ExposedPorts = c.ExposedPorts;
  if (c.Env?.length) out.Env = c.Env;
  if (c.Entrypoint?.length) out.Entrypoint = c.Entrypoint;
  if (c.Cmd?.length) out.Cmd = c.Cmd;
  if (c.Volumes && Object.keys(c.Volumes).length) out.Volumes = c.Volumes;
  if (c.WorkingDir) out.WorkingDir = c.WorkingDir;
  if (Object.keys(mergedLabels).length) out.Labels = mergedLabels;
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  if (c.ArgsEscaped) out.ArgsEscaped = true;
  if (c.Healthcheck) out.Healthcheck = c.Healthcheck;
  if (c.OnBuild?.length) out.OnBuild = c.OnBuild;
  if (c.Shell?.length) out.Shell = c.Shell;
  return out;
}

/**
 * History with dates: a layer step is dated when its layer was made (so a fully cached rebuild gives
 * the same image); a metadata step takes the date of the nearest new layer step before it, else after
 * it, else now. The image is dated like its latest history entry.
 */
function datedHistory(history: readonly HistoryEntry[], now: string): HistoryEntry[] {
  const out = history.map((h) => ({ ...h }));
  const isNew = (h: HistoryEntry) => h.comment === HISTORY_COMMENT && h.created !== '';
  out.forEach((h, i) => {
    if (h.created !== '') return;
    const before = out.slice(0, i).reverse().find(isNew);
    const after = out.slice(i + 1).find(isNew);
    h.created = (before ?? after)?.created || now;
  });
  return out;
}

export function imageConfigOf(
  state: StageState,
  now: number,
  labels: Record<string, string>,
): ImageConfigFile {
  const history = datedHistory(state.history, rfc3339Nano(now));
  const fresh = history.filter((h) => h.comment === HISTORY_COMMENT).map((h) => h.created);
  const created = fresh.length
    ? fresh.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))
    : rfc3339Nano(now);
  return {
    architecture: state.platform.architecture,
    ...(state.platform.variant ? { variant: state.platform.variant } : {}),
    os: state.platform.os,
    ...(state.author ? { author: state.author } : {}),
    config: orderedConfig(state.config, labels),
    created,
    history,
    rootfs: { type: 'layers', diff_ids: state.layers.map((l) => l.diffId) },
  };
}
