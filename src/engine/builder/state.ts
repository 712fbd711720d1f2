// The state of a build stage while its instructions run: the image config being written, its history,
// its layers, the environment seen by expansions and RUN, and the cache key of its filesystem.

import type { ContainerConfig } from '../api/types';
import type { HistoryEntry } from '../image/config';
import type { Layer } from '../layer/layer';
import type { ImageRecord } from '../image/store';
import { DEFAULT_PATH } from '../container/config';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface StageState {
  /** Shown in step names (`build`, `stage-1`), '' for a single-stage build. */
  displayName: string;
  config: ContainerConfig;
  author?: string;
  history: HistoryEntry[];
  layers: Layer[];
  /** The cache key of the filesystem so far. */
  cacheKey: string;
  /** Variables for expansion and RUN: the image's Env plus the ARGs in scope. */
  env: Map<string, string>;
  /** ARGs declared in this stage, in order, with their resolved values. */
  buildArgs: { key: string; value: string | null }[];
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
  platform: Platform;
  cmdIndex: number;
  cmdTotal: number;
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

function envMap(list: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of list) {
    const i = e.indexOf('=');
    m.set(i < 0 ? e : e.slice(0, i), i < 0 ? '' : e.slice(i + 1));
  }
  return m;
}

/** Sets KEY=VALUE in an Env list, replacing the entry in place when the key exists. */
export function addEnv(list: readonly string[], key: string, value: string): string[] {
  const out = [...list];
  const i = out.findIndex((e) => (e.includes('=') ? e.slice(0, e.indexOf('=')) : e) === key);
  if (i >= 0) out[i] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}

/** A stage starting from an image (or from scratch when `image` is null). */
export function stateFromImage(image: ImageRecord | null, cacheKey: string): StageState {
  const config: ContainerConfig = image ? structuredClone(image.config.config) : {};
  delete config.OnBuild;
  const env = config.Env ?? [];
  if (!env.some((e) => e.startsWith('PATH='))) config.Env = [...env, `PATH=${DEFAULT_PATH}`];
  return {
    displayName: '',
    config,
    history: image ? structuredClone(image.config.history) : [],
    layers: image ? [...image.layers] : [],
    cacheKey,
    env: envMap(config.Env ?? []),
    buildArgs: [],
    cmdSet: false,
    platform: image
      ? { os: image.config.os, architecture: image.config.architecture, variant: image.config.variant }
      : { ...DEFAULT_PLATFORM },
    cmdIndex: 0,
    cmdTotal: 0,
  };
}

/** A stage built on another stage: a copy of its final state. */
export function stateFromStage(base: StageState): StageState {
  return {
    ...base,
    config: { ...structuredClone(base.config), OnBuild: undefined },
    history: [...base.history],
    layers: [...base.layers],
    env: new Map(base.env),
    buildArgs: [...base.buildArgs],
    cmdSet: false,
    cmdIndex: 0,
  };
}
