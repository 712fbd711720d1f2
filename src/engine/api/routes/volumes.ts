// Routes of /volumes (moby api/server/router/volume).
import { VolumeCreateBody } from '../bodies';
import type { Filters } from '../filters';
import { Filters as FiltersParser } from '../filters';
import { json, noContent } from '../respond';
import type { Route } from '../router';
import type { Volume, VolumeCreateRequest, VolumeListResponse } from '../types';

export interface VolumeBackend {
  volumeList(filters: Filters): Promise<VolumeListResponse>;
  volumeCreate(req: VolumeCreateRequest): Promise<Volume>;
  volumeInspect(name: string): Promise<Volume>;
  volumeRemove(name: string, opts: { force: boolean }): Promise<void>;
  volumesPrune(filters: Filters): Promise<{ VolumesDeleted: string[] | null; SpaceReclaimed: number }>;
  /** The local volumes with their UsageData (size, references), for `GET /system/df`. */
  volumesDiskUsage(): Promise<Volume[]>;
}

export const volumeRoutes: Route[] = [
  {
    method: 'GET',
    path: '/volumes',
    handler: async ({ query, backend }) => {
      const filters = FiltersParser.parse(query.string('filters')).validate([
        'dangling',
        'driver',
        'label',
        'name',
      ]);
      filters.bool('dangling');
      return json(200, await backend.volumeList(filters));
    },
  },
  {
    method: 'POST',
    path: '/volumes/create',
    handler: async (ctx) => {
      const body = (await ctx.json<VolumeCreateRequest | null>(VolumeCreateBody)) ?? {};
      return json(201, await ctx.backend.volumeCreate(body));
    },
  },
  {
    method: 'POST',
    path: '/volumes/prune',
    handler: async ({ query, backend }) => {
      const filters = FiltersParser.parse(query.string('filters')).validate(['label', 'label!']);
      return json(200, await backend.volumesPrune(filters));
    },
  },
  {
    method: 'GET',
    path: '/volumes/{name:.*}',
    handler: async ({ params, backend }) => json(200, await backend.volumeInspect(params.name)),
  },
  {
    method: 'DELETE',
    path: '/volumes/{name:.*}',
    handler: async ({ params, query, backend }) => {
      await backend.volumeRemove(params.name, { force: query.bool('force') });
      return noContent();
    },
  },
];
