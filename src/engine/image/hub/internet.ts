// Docker Hub on the simulated network: the hosts a student reaches with curl (registry-1.docker.io and
// its alias index.docker.io for the Registry API, auth.docker.io for tokens, hub.docker.com for the
// Hub's web API, production.cloudflare.docker.com for blob bytes) resolve to addresses owned by one
// stack on the fabric, which serves HTTP on ports 80 and 443 through the engine's HTTP codec. TLS is
// not simulated: https URLs reach port 443 in clear. The host resolves these names (withHubNames);
// containers do not reach them (their stacks resolve only the embedded DNS). Bytes cross the
// string-based Connection one character per byte (latin1), so layer blobs stay binary.
import type { ApiRequest, ApiResponse } from '../../api/http';
import { formatTarget, readBody } from '../../api/http';
import { httpDate } from '../../api/wire';
import type { Fabric } from '../../network/stack';
import { Stack } from '../../network/stack';
import type { NetStack } from '../../process/types';
import { serveHttpConnections } from '../../network/engine-socket';
import { CDN_HOST, cdnHandler, redirectToCdn } from './cdn';
import { hubWebApi } from './hub-web-api';
import { errorResponse, type RegistryRequest, type RegistryResponse } from './http-types';
import type { HubRegistry } from './registry';

/** Docker Hub's names and the (AWS) addresses they resolve to in the simulation. */
export const HUB_HOSTS: Readonly<Record<string, string>> = {
  'registry-1.docker.io': '54.236.113.205',
  'index.docker.io': '54.236.113.205',
  'auth.docker.io': '3.94.224.37',
  'hub.docker.com': '44.219.3.189',
  [CDN_HOST]: '104.16.101.215',
};

const INTERNET_SEGMENT = 'internet';
const PORTS = [80, 443];

/** The address a Hub host name resolves to, or null. */
export function resolveHubHost(name: string): string | null {
  return HUB_HOSTS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

type Service = (req: ApiRequest, body: Uint8Array) => Promise<RegistryResponse | null>;

const BLOB = /^\/v2\/.+\/blobs\/(sha256:[0-9a-f]{64})$/;

/** Each Hub host's service; null answers are Go's 404 page. */
function services(hub: HubRegistry, now: () => number): Record<string, Service> {
  const web = hubWebApi(hub);
  const cdn = cdnHandler(hub);
  const registry: Service = async (req, body) => {
    if (!req.path.startsWith('/v2')) return null;
    const method = req.method as RegistryRequest['method'];
    const res = await hub.handle({
      method,
      url: formatTarget(req.path, req.query),
      headers: req.headers,
      body,
    });
    const blob = BLOB.exec(req.path)?.[1];
    return blob && res.status === 200 ? redirectToCdn(blob, req.method, now()) : res;
  };
  return {
    'registry-1.docker.io': registry,
    'index.docker.io': registry,
    'auth.docker.io': async (req, body) =>
      req.path === '/token'
        ? hub.handle({ method: 'GET', url: formatTarget(req.path, req.query), headers: req.headers, body })
        : null,
    'hub.docker.com': (req) => web(req.path, req.query),
    [CDN_HOST]: (req) => cdn(req.path, req.method),
  };
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The HTTP face of the Hub: one handler for every Hub host, dispatching on the Host header. */
export function hubHttpHandler(
  hub: HubRegistry,
  now: () => number,
): { handle(req: ApiRequest): Promise<ApiResponse> } {
  const table = services(hub, now);
  return {
    async handle(req) {
      const service = table[(req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()];
      let res: RegistryResponse | null = null;
      if (!METHODS.has(req.method)) res = errorResponse(405, 'UNSUPPORTED', 'The operation is unsupported.');
      else if (service) res = await service(req, await readBody(req.body));
      res ??= notFound();
      return { status: res.status, headers: edgeHeaders(res.headers, now()), body: res.body };
    },
  };
}

/**
 * Docker Hub's edge sends header names in lower case, with its own date and HSTS; the wire keeps
 * them in name order.
 */
function edgeHeaders(headers: Record<string, string>, nowMs: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  out.date = httpDate(nowMs);
  out['strict-transport-security'] = 'max-age=31536000';
  return out;
}

/** Go's http.NotFound, which both Docker Hub services answer for paths they do not serve. */
function notFound(): RegistryResponse {
  const body = new TextEncoder().encode('404 page not found\n');
  return {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': String(body.length),
    },
    body,
  };
}

/** Puts the Hub on the fabric: one stack owning the Hub's addresses, listening on 80 and 443. */
export function attachHubToFabric(fabric: Fabric, hub: HubRegistry, now: () => number): Stack {
  const stack = new Stack(fabric);
  for (const ip of new Set(Object.values(HUB_HOSTS))) stack.plug({ ip, segment: INTERNET_SEGMENT });
  const handler = serveHttpConnections(hubHttpHandler(hub, now), now);
  for (const port of PORTS) stack.listen(port, handler);
  return stack;
}

/**
 * A namespace's stack that also resolves the Hub's names (the host's resolver reaching public DNS).
 * Everything else is the inner stack's.
 */
export function withHubNames(inner: NetStack): NetStack {
  const resolve = async (name: string) => resolveHubHost(name) ?? inner.resolve(name);
  return {
    resolve,
    connect: async (host, port) => inner.connect((await resolve(host)) ?? host, port),
    listen: (port, onConnection, address) => inner.listen(port, onConnection, address),
    addresses: () => inner.addresses(),
  };
}
