// A git lesson pack in the browser: the clone lives in IndexedDB (LightningFS), fetched with the
// browser's fetch. A lazy chunk: isomorphic-git is loaded only when a pack is asked for.
import LightningFS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import { GitLessonSource } from '../../../lessons/git-source';

/** The IndexedDB database holding every pack's clone. */
const DATABASE = 'baleine-packs';
let fs: LightningFS | null = null;

export function browserGitSource(url: string, corsProxy?: string): GitLessonSource {
  fs ??= new LightningFS(DATABASE);
  return new GitLessonSource({ url, corsProxy, fs, http });
}
