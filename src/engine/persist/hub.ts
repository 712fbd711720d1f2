// What users pushed to the simulated Hub (repositories and their tags, manifests, blobs, which
// repositories hold each blob) and the accounts `docker login` created, saved with the engine.
// HubRegistry.exportState()/importState() give the state; blob bytes are stored as content.
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

export function saveHub(hub: HubRegistry, sink: ContentSink): HubSavedState {
  const { blobs, ...rest } = hub.exportState();
  for (const [digest, bytes] of blobs) sink.put(blobKey(digest), () => bytes);
  return { ...rest, blobs: blobs.map(([digest]) => digest) };
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
  hub.importState({ ...d.state, blobs: [...d.blobs] });
}
