// The image config (Docker's image JSON, OCI image config shape) and its identity: the image ID is the
// sha256 of the config's bytes.
import type { ContainerConfig } from '../api/types';
import type { Hasher } from '../world/types';

export interface HistoryEntry {
  created: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageConfigFile {
  architecture: string;
  variant?: string;
  os: string;
  config: ContainerConfig;
  container?: string;
  container_config?: ContainerConfig;
  created: string;
  docker_version?: string;
  author?: string;
  comment?: string;
  /** Set for images committed or built locally (the image they were made from). */
  parent?: string;
  history: HistoryEntry[];
  rootfs: { type: 'layers'; diff_ids: string[] };
}

/** Go's time.RFC3339Nano rendering of a UTC instant (trailing zeros of the fraction dropped). */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.(\d+)Z$/, (_m, frac: string) => {
    const t = frac.replace(/0+$/, '');
    return t ? `.${t}Z` : 'Z';
  });
}

/** Milliseconds of an RFC 3339 string (nanoseconds are truncated). */
export function parseTime(s: string): number {
  return Date.parse(s.replace(/(\.\d{3})\d+/, '$1'));
}

/** The config's canonical bytes (fields in Docker's order, absent ones omitted). */
export function serializeConfig(c: ImageConfigFile): string {
  const ordered: Record<string, unknown> = {
    architecture: c.architecture,
    variant: c.variant,
    author: c.author,
    comment: c.comment,
    config: c.config,
    container: c.container,
    container_config: c.container_config,
    created: c.created,
    docker_version: c.docker_version,
    history: c.history,
    os: c.os,
    parent: c.parent,
    rootfs: c.rootfs,
  };
  return JSON.stringify(ordered);
}

export function imageId(raw: string, hasher: Hasher): string {
  return `sha256:${hasher.sha256Sync(raw)}`;
}

/** 12 hex characters of an ID or digest, as Docker shows them. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
