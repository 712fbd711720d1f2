// What users pushed to the simulated Hub (repositories and their tags, manifests, blobs, which
// repositories hold each blob) and the accounts `docker login` created, saved with the engine.
//
// HubRegistry (engineer D's area) has no export API yet: this adapter reads and refills its private
// maps through the narrow view below. The field names are checked by test/engine/persist/hub.test.ts;
// the right home for this is a HubRegistry.exportState()/importState() pair.
import type { HubRegistry } from '../image/hub/registry';
import type { Hasher } from '../world/types';
import { arr, list, obj, str } from './check';
import { EngineSnapshotError } from './errors';
import { blobKey, type ContentSink } from './format';

export interface HubSavedState {
  /** user → password, as the Hub's sign-up on first login recorded them. */
  accounts: [string, string][];
  /** repository → its tags (tag → manifest digest). */
  repos: [string, [string, string][]][];
  manifests: { digest: string; mediaType: string; body: string }[];
  /** Digests of pushed blobs (their bytes are content: blob/<digest>). */
  blobs: string[];
  /** blob digest → repositories holding it. */
  blobRepos: [string, string[]][];
}

interface HubInternals {
  accounts: Map<string, string>;
  repos: Map<string, { tags: Map<string, string> }>;
  manifests: Map<string, { mediaType: string; body: string }>;
  blobs: Map<string, Uint8Array>;
  blobRepos: Map<string, Set<string>>;
}

function internals(hub: HubRegistry): HubInternals {
  const view = hub as unknown as Partial<HubInternals>;
  for (const field of ['accounts', 'repos', 'manifests', 'blobs', 'blobRepos'] as const)
    if (!(view[field] instanceof Map))
      throw new Error(`HubRegistry has no ${field} map: the hub adapter is out of date`);
  return view as HubInternals;
}

export function saveHub(hub: HubRegistry, sink: ContentSink): HubSavedState {
  const h = internals(hub);
  for (const [digest, bytes] of h.blobs) sink.put(blobKey(digest), () => bytes);
  return {
    accounts: [...h.accounts],
    repos: [...h.repos].map(([repo, r]) => [repo, [...r.tags]]),
    manifests: [...h.manifests].map(([digest, m]) => ({ digest, mediaType: m.mediaType, body: m.body })),
    blobs: [...h.blobs.keys()],
    blobRepos: [...h.blobRepos].map(([digest, repos]) => [digest, [...repos]]),
  };
}

function pairs(value: unknown, path: string): [string, string][] {
  return list(value, path, (v, p) => {
    const a = arr(v, p);
    return [str(a[0], `${p}[0]`), str(a[1], `${p}[1]`)];
  });
}

export interface DecodedHub {
  state: HubSavedState;
  blobs: Map<string, Uint8Array>;
}

export function decodeHub(value: unknown, content: Record<string, Uint8Array>, hasher: Hasher): DecodedHub {
  const o = obj(value, 'hub');
  const state: HubSavedState = {
    accounts: pairs(o.accounts, 'hub.accounts'),
    repos: list(o.repos, 'hub.repos', (v, p) => {
      const a = arr(v, p);
      return [str(a[0], `${p}[0]`), pairs(a[1], `${p}[1]`)];
    }),
    manifests: list(o.manifests, 'hub.manifests', (v, p) => {
      const m = obj(v, p);
      return {
        digest: str(m.digest, `${p}.digest`),
        mediaType: str(m.mediaType, `${p}.mediaType`),
        body: str(m.body, `${p}.body`),
      };
    }),
    blobs: list(o.blobs, 'hub.blobs', str),
    blobRepos: list(o.blobRepos, 'hub.blobRepos', (v, p) => {
      const a = arr(v, p);
      return [str(a[0], `${p}[0]`), list(a[1], `${p}[1]`, str)];
    }),
  };
  const blobs = new Map<string, Uint8Array>();
  for (const digest of state.blobs) {
    const bytes = content[blobKey(digest)];
    if (!bytes) throw new EngineSnapshotError('missing-content', `pushed blob ${digest} is missing`);
    if (`sha256:${hasher.sha256Sync(bytes)}` !== digest)
      throw new EngineSnapshotError('integrity', `pushed blob ${digest} does not match its digest`);
    blobs.set(digest, bytes);
  }
  return { state, blobs };
}

export function applyHub(hub: HubRegistry, d: DecodedHub): void {
  const h = internals(hub);
  for (const [user, password] of d.state.accounts) h.accounts.set(user, password);
  for (const [repo, tags] of d.state.repos) h.repos.set(repo, { tags: new Map(tags) });
  for (const m of d.state.manifests) h.manifests.set(m.digest, { mediaType: m.mediaType, body: m.body });
  for (const [digest, bytes] of d.blobs) h.blobs.set(digest, bytes);
  for (const [digest, repos] of d.state.blobRepos) {
    const set = h.blobRepos.get(digest) ?? new Set<string>();
    for (const r of repos) set.add(r);
    h.blobRepos.set(digest, set);
  }
}
