// The embed's real dependencies: the built-in course (lazy chunks) and a fresh simulated machine (a lazy
// chunk too, fetched while the page paints).
import { builtinSource } from '../lesson/builtin-source';
import type { EmbedDeps } from './types';

export function embedDeps(): EmbedDeps {
  const factory = import('../host/host-factory').then((m) => m.hostFactory);
  return {
    loadLessons: () => builtinSource.load(),
    // Never the saved machine of the full app: an exercise starts from its own world.
    startHost: async () => (await factory).start({ fs: undefined, history: [] }),
  };
}
