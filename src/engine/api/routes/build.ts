// Routes of the build cache (moby api/server/router/build): POST /build/prune. POST /build itself sits
// with the image routes.
import { Filters } from '../filters';
import { InvalidParameter } from '../errors';
import { json } from '../respond';
import type { Route } from '../router';
import type { BuildCachePruneOptions, BuildCachePruneReport } from '../../builder/prune';

export interface BuildBackend {
  buildCachePrune(opts: BuildCachePruneOptions): Promise<BuildCachePruneReport>;
}

/** `keep-storage`, strconv.Atoi'd as moby does (400 on anything but an integer). */
function keepStorage(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  if (!/^[+-]?\d+$/.test(raw)) {
    throw new InvalidParameter(
      `keep-storage is in bytes and expects an integer, got ${raw}: strconv.Atoi: parsing ${JSON.stringify(raw)}: invalid syntax`,
    );
  }
  return Number(raw);
}

export const buildRoutes: Route[] = [
  {
    method: 'POST',
    path: '/build/prune',
    handler: async ({ query, backend }) =>
      json(
        200,
        await backend.buildCachePrune({
          all: query.bool('all'),
          keepStorage: keepStorage(query.string('keep-storage')),
          filters: Filters.parse(query.string('filters')),
        }),
      ),
  },
];
