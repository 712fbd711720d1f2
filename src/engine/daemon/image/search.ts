// GET /images/search — moby registry/search.go: the Hub's /v1/search, then the `is-official`,
// `is-automated` and `stars` filters applied by the daemon.
import { InvalidParameter, System } from '../../api/errors';
import type { Filters } from '../../api/filters';
import type { ImageSearchResult } from '../../api/types';
import { decodeJson } from '../../image/hub/http-types';
import type { ImageContext } from './context';
import { transportFor } from './pull';

export const SEARCH_FILTERS = ['is-automated', 'is-official', 'stars'];

export async function searchImages(ctx: ImageContext, term: string, opts: { limit?: number; filters?: Filters } = {}): Promise<ImageSearchResult[]> {
  const f = opts.filters?.validate(SEARCH_FILTERS);
  const limit = opts.limit ?? 25;
  if (limit < 1 || limit > 100) throw new InvalidParameter(`Limit ${limit} is outside the range of [1, 100]`);
  const stars = f?.get('stars').map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n)) throw new InvalidParameter(`Invalid filter 'stars=${v}'`);
    return n;
  });
  const official = f?.bool('is-official');
  const automated = f?.bool('is-automated');
  const transport = transportFor(ctx, { domain: 'docker.io', path: '' });
  const res = await transport({ method: 'GET', url: `/v1/search?q=${encodeURIComponent(term)}&n=${limit}` });
  if (res.status !== 200) throw new System(`Unexpected status code ${res.status}`);
  const { results } = decodeJson<{ results: ImageSearchResult[] }>(res.body);
  return results.filter(
    (r) =>
      (official === undefined || r.is_official === official) &&
      (automated === undefined || r.is_automated === automated) &&
      (!stars?.length || stars.every((s) => r.star_count >= s)),
  );
}
