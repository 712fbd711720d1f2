// The Engine API router: a table of `{ method, path, handler }` rows (one file per object in routes/),
// dispatched by method and path pattern, with Docker's version prefix, query types, error bodies and
// headers. Requests and responses are plain values (http.ts), so the same router serves in-process
// calls and real HTTP.
import type { EngineBackend } from './backend';
import { errorBody, InvalidParameter, NotModified, statusOf } from './errors';
import { GoJsonError, decodeGo, type GoType } from './gojson';
import type { ApiRequest, ApiResponse, Body } from './http';
import { readBody, text, utf8 } from './http';
import { Query } from './query';
import { goJson, plain } from './respond';
import { API_VERSION, VersionTooOld, splitVersion } from './version';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

export interface RouteContext {
  readonly params: Record<string, string>;
  readonly query: Query;
  /** Header names in lower case. */
  readonly headers: Record<string, string>;
  readonly body: Body | null;
  /** The hijacked connection's input (attach, exec start), when the client sends one. */
  readonly stdin: AsyncIterable<Uint8Array> | null;
  /** The API version the client asked for (the prefix), or the engine's. */
  readonly version: string;
  readonly backend: EngineBackend;
  /** The body decoded as Go would into `type`; checks Content-Type like httputils.CheckForJSON. */
  json<V>(type: GoType): Promise<V>;
  /** The body decoded, or undefined when there is none (optional bodies). */
  optionalJson<V>(type: GoType): Promise<V | undefined>;
  /** The whole body. */
  bytes(): Promise<Uint8Array>;
}

export type Handler = (ctx: RouteContext) => Promise<ApiResponse>;

export interface Route {
  method: Method;
  /** `/containers/{id}/json`; `{name:.*}` matches across slashes (image names). */
  path: string;
  handler: Handler;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

/** Headers moby's middleware adds to every routed response. */
export const ENGINE_HEADERS: Readonly<Record<string, string>> = {
  'Api-Version': API_VERSION,
  'Docker-Experimental': 'false',
  Ostype: 'linux',
  Server: 'Docker/20.10.24+dfsg1 (linux)',
};

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const escape = (lit: string) => lit.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  let source = '';
  let last = 0;
  for (const m of route.path.matchAll(/\{(\w+)(?::([^}]+))?\}/g)) {
    source += escape(route.path.slice(last, m.index));
    names.push(m[1]);
    source += `(${m[2] ?? '[^/]+'})`;
    last = m.index + m[0].length;
  }
  source += escape(route.path.slice(last));
  return { ...route, regex: new RegExp(`^${source}$`), names };
}

/** Docker's 404 for an unknown path or method: no engine headers, just the JSON message. */
function pageNotFound(): ApiResponse {
  return {
    status: 404,
    headers: { 'Content-Type': 'application/json' },
    body: utf8(goJson({ message: 'page not found' })),
  };
}

export function errorResponse(err: unknown): ApiResponse {
  const status = statusOf(err);
  if (err instanceof NotModified) return { status, headers: { ...ENGINE_HEADERS }, body: null };
  return {
    status,
    headers: { ...ENGINE_HEADERS, 'Content-Type': 'application/json' },
    body: utf8(goJson(errorBody(err))),
  };
}

function matchesJson(contentType: string): boolean {
  return contentType.split(';')[0].trim().toLowerCase() === 'application/json';
}

export class Router {
  private readonly routes: CompiledRoute[];

  constructor(
    private readonly backend: EngineBackend,
    routes: readonly Route[],
  ) {
    this.routes = routes.map(compile);
  }

  /** Serves one request; never throws (every failure becomes a Docker-shaped response). */
  async handle(req: ApiRequest): Promise<ApiResponse> {
    let version: string;
    let path: string;
    try {
      ({ version, path } = splitVersion(req.path));
    } catch (err) {
      const { 'Docker-Experimental': _experimental, ...headers } = ENGINE_HEADERS;
      if (err instanceof VersionTooOld) {
        const res = plain(400, err.message + '\n');
        return { ...res, headers: { ...headers, ...res.headers, 'X-Content-Type-Options': 'nosniff' } };
      }
      const res = errorResponse(err);
      return { ...res, headers: { ...headers, 'Content-Type': 'application/json' } };
    }
    const method = req.method.toUpperCase();
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = safeDecode(m[i + 1])));
      try {
        const res = await route.handler(this.context(req, params, version));
        return { ...res, headers: { ...ENGINE_HEADERS, ...res.headers } };
      } catch (err) {
        return errorResponse(err);
      }
    }
    return pageNotFound();
  }

  private context(req: ApiRequest, params: Record<string, string>, version: string): RouteContext {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
    let cached: Promise<Uint8Array> | null = null;
    const bytes = () => (cached ??= readBody(req.body));
    const decode = async <V>(type: GoType, optional: boolean): Promise<V | undefined> => {
      const raw = await bytes();
      const ct = headers['content-type'] ?? '';
      if (ct === '' && raw.length === 0) {
        if (optional) return undefined;
      } else if (!matchesJson(ct)) {
        throw new InvalidParameter(`Content-Type specified (${ct}) must be 'application/json'`);
      }
      if (optional && raw.length === 0) return undefined;
      try {
        return decodeGo<V>(text(raw), type, 'decoder');
      } catch (err) {
        if (err instanceof GoJsonError) throw new Error(err.message);
        throw err;
      }
    };
    return {
      params,
      query: new Query(req.query),
      headers,
      body: req.body,
      stdin: req.stdin ?? null,
      version,
      backend: this.backend,
      json: async <V>(type: GoType) => (await decode<V>(type, false)) as V,
      optionalJson: <V>(type: GoType) => decode<V>(type, true),
      bytes,
    };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
