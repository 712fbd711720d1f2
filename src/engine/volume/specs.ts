// What a container asks to have mounted: `-v` specs (HostConfig.Binds), `--mount` (HostConfig.Mounts)
// and the image's VOLUME paths, normalised into one list.
import type { ContainerConfig, HostConfig } from '../api/types';

export interface MountRequest {
  type: 'bind' | 'volume' | 'tmpfs';
  /** Volume name (empty for an anonymous volume) or host path for a bind. */
  source: string;
  target: string;
  readOnly: boolean;
  /** `-v` mode text as inspect shows it (`ro`, `z`, ``). */
  mode: string;
  /** Given with `-v` (Binds) rather than `--mount` or VOLUME. */
  fromBinds: boolean;
}

/** `src:dst[:opts]`, `dst` alone (anonymous volume). */
export function parseBind(spec: string): MountRequest {
  const parts = spec.split(':');
  if (parts.length === 1) {
    return { type: 'volume', source: '', target: parts[0]!, readOnly: false, mode: '', fromBinds: true };
  }
  const [source, target, opts = ''] = parts as [string, string, string?];
  const flags = opts.split(',').filter(Boolean);
  const readOnly = flags.includes('ro');
  const type = source.startsWith('/') ? 'bind' : 'volume';
  const mode = type === 'volume' && !opts ? 'z' : opts;
  return { type, source, target, readOnly, mode, fromBinds: true };
}

const MODE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['rw', 'ro']),
  new Set(['z', 'Z']),
  new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']),
  new Set(['nocopy']),
  new Set(['consistent', 'cached', 'delegated', 'default']),
];

/**
 * moby's linuxValidMountMode: the options after a `-v` spec's second colon, at most one from each
 * group (access, SELinux label, propagation, copy, consistency). Returns the spec's bad mode or null.
 */
export function invalidBindMode(spec: string): string | null {
  const parts = spec.split(':');
  if (parts.length < 3) return null;
  const mode = parts.slice(2).join(':');
  const counts = MODE_GROUPS.map(() => 0);
  for (const o of mode.split(',')) {
    const g = MODE_GROUPS.findIndex((set) => set.has(o));
    if (g < 0) return mode;
    counts[g]++;
  }
  return counts.some((n) => n > 1) ? mode : null;
}

export function mountRequests(config: ContainerConfig, host: HostConfig): MountRequest[] {
  const out: MountRequest[] = (host.Binds ?? []).map(parseBind);
  for (const m of host.Mounts ?? []) {
    if (m.Type === 'npipe') continue;
    out.push({
      type: m.Type,
      source: m.Source ?? '',
      target: m.Target,
      readOnly: m.ReadOnly ?? false,
      mode: '',
      fromBinds: false,
    });
  }
  for (const target of Object.keys(config.Volumes ?? {})) {
    if (!out.some((m) => m.target === target)) {
      out.push({ type: 'volume', source: '', target, readOnly: false, mode: '', fromBinds: false });
    }
  }
  return out;
}
