// A git lesson pack in the browser: the clone lives in IndexedDB (LightningFS), fetched with the
// browser's fetch. A lazy chunk: isomorphic-git is loaded only when a pack is asked for.
import LightningFS from '@isomorphic-git/lightning-fs';
import { Buffer } from 'buffer';
import http from 'isomorphic-git/http/web';
import { GitLessonSource } from '../../../lessons/git-source';

// isomorphic-git reads and writes git objects with node's Buffer, called when it runs (not on import).
(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;

/** The IndexedDB database holding every pack's clone. */
const DATABASE = 'baleine-packs';
let fs: LightningFS | null = null;

export function browserGitSource(url: string, corsProxy?: string): GitLessonSource {
  fs ??= new LightningFS(DATABASE);
  const store = fs;
  return new GitLessonSource({ url, corsProxy, fs: store, http, flush: () => store.promises.flush() });
}
