// Routes of /networks (moby api/server/router/network).
import { NetworkConnectBody, NetworkCreateBody, NetworkDisconnectBody } from '../bodies';
import type { Filters } from '../filters';
import { Filters as FiltersParser } from '../filters';
import { InvalidParameter } from '../errors';
import { json, noContent } from '../respond';
import type { Route } from '../router';
import type {
  Network,
  NetworkConnectRequest,
  NetworkCreateRequest,
  NetworkCreateResponse,
  NetworkDisconnectRequest,
} from '../types';

export interface NetworkBackend {
  networkList(filters: Filters): Promise<Network[]>;
  networkInspect(id: string, opts: { verbose: boolean; scope: string }): Promise<Network>;
  networkCreate(req: NetworkCreateRequest): Promise<NetworkCreateResponse>;
  networkConnect(id: string, req: NetworkConnectRequest): Promise<void>;
  networkDisconnect(id: string, req: NetworkDisconnectRequest): Promise<void>;
  networkRemove(id: string): Promise<void>;
  networksPrune(filters: Filters): Promise<{ NetworksDeleted: string[] | null }>;
}

const NETWORK_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

export const networkRoutes: Route[] = [
  {
    method: 'GET',
    path: '/networks',
    handler: async ({ query, backend }) => {
      const filters = FiltersParser.parse(query.string('filters')).validate(NETWORK_FILTERS);
      for (const v of filters.get('dangling')) {
        if (!['true', 'false', '1', '0'].includes(v.toLowerCase())) {
          throw new InvalidParameter(
            `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`,
          );
        }
      }
      return json(200, await backend.networkList(filters));
    },
  },
  {
    method: 'POST',
    path: '/networks/create',
    handler: async (ctx) => {
      const body = (await ctx.json<NetworkCreateRequest | null>(NetworkCreateBody)) ?? { Name: '' };
      return json(201, await ctx.backend.networkCreate(body));
    },
  },
  {
    method: 'POST',
    path: '/networks/prune',
    handler: async ({ query, backend }) => {
      const filters = FiltersParser.parse(query.string('filters')).validate(['label', 'label!', 'until']);
      return json(200, await backend.networksPrune(filters));
    },
  },
  {
    method: 'GET',
    path: '/networks/{id:.+}',
    handler: async ({ params, query, backend }) =>
      json(
        200,
        await backend.networkInspect(params.id, {
          verbose: query.bool('verbose'),
          scope: query.string('scope') ?? '',
        }),
      ),
  },
  {
    method: 'POST',
    path: '/networks/{id:.*}/connect',
    handler: async (ctx) => {
      const body = (await ctx.json<NetworkConnectRequest | null>(NetworkConnectBody)) ?? { Container: '' };
      await ctx.backend.networkConnect(ctx.params.id, body);
      return noContent(200);
    },
  },
  {
    method: 'POST',
    path: '/networks/{id:.*}/disconnect',
    handler: async (ctx) => {
      const body = (await ctx.json<NetworkDisconnectRequest | null>(NetworkDisconnectBody)) ?? {
        Container: '',
      };
      await ctx.backend.networkDisconnect(ctx.params.id, body);
      return noContent(200);
    },
  },
  {
    method: 'DELETE',
    path: '/networks/{id:.+}',
    handler: async ({ params, backend }) => {
      await backend.networkRemove(params.id);
      return noContent();
    },
  },
];
