// Routes of the system group: /_ping, /version, /info, /events, /system/df, /auth
// (moby api/server/router/system).
import { AuthBody } from '../bodies';
import type { Filters } from '../filters';
import { Filters as FiltersParser } from '../filters';
import { utf8 } from '../http';
import { json, stream } from '../respond';
import { parseTimestamp } from '../timestamps';
import type { Route } from '../router';
import type {
  AuthConfig,
  AuthResponse,
  EventMessage,
  SystemDataUsage,
  SystemInfo,
  SystemVersion,
} from '../types';

export interface EventsOptions {
  /** Seconds since the epoch (fractional allowed), parsed from Docker's since/until forms. */
  since: number | undefined;
  until: number | undefined;
  filters: Filters;
}

export interface SystemBackend {
  version(): Promise<SystemVersion>;
  info(): Promise<SystemInfo>;
  /** Past events since `since`, then live ones until `until` (or forever): ends when the consumer stops. */
  events(opts: EventsOptions): Promise<AsyncIterable<EventMessage>>;
  systemDf(): Promise<SystemDataUsage>;
  auth(config: AuthConfig): Promise<AuthResponse>;
  /** Seconds since the epoch, on the engine's clock (for relative `since`/`until`). */
  now(): number;
}

const PING_HEADERS = {
  'Cache-Control': 'no-cache, no-store, must-revalidate',
  Pragma: 'no-cache',
};

export const systemRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_ping',
    handler: async () => ({ status: 200, headers: PING_HEADERS, body: utf8('OK') }),
  },
  {
    method: 'HEAD',
    path: '/_ping',
    handler: async () => ({
      status: 200,
      headers: { ...PING_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '0' },
      body: null,
    }),
  },
  {
    method: 'GET',
    path: '/version',
    handler: async ({ backend }) => json(200, await backend.version()),
  },
  {
    method: 'GET',
    path: '/info',
    handler: async ({ backend }) => json(200, await backend.info()),
  },
  {
    method: 'GET',
    path: '/system/df',
    handler: async ({ backend }) => json(200, await backend.systemDf()),
  },
  {
    method: 'GET',
    path: '/events',
    handler: async ({ query, backend }) => {
      const now = backend.now();
      const since = parseTimestamp(query.string('since'), now);
      const until = parseTimestamp(query.string('until'), now);
      // dockerd 20.10 does not reject unknown event filters; they just match nothing.
      const filters = FiltersParser.parse(query.string('filters'));
      const events = await backend.events({ since, until, filters });
      const body = (async function* () {
        for await (const e of events) yield utf8(JSON.stringify(e) + '\n');
      })();
      return stream(200, 'application/json', body);
    },
  },
  {
    method: 'POST',
    path: '/auth',
    handler: async (ctx) => {
      const config = (await ctx.json<AuthConfig | null>(AuthBody)) ?? {};
      return json(200, await ctx.backend.auth(config));
    },
  },
];
