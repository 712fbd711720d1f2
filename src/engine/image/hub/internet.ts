// Docker Hub on the simulated network: the hosts a student reaches with curl (registry-1.docker.io and
// its alias index.docker.io for the Registry API, auth.docker.io for tokens, hub.docker.com for the
// Hub's web API) resolve to addresses owned by one stack on the fabric, which serves HTTP on ports 80
// and 443 through the engine's HTTP codec. TLS is not simulated: https URLs reach port 443 in clear.
// Bytes cross the string-based Connection one character per byte (latin1), so layer blobs stay binary.
import type { ApiRequest, ApiResponse } from '../../api/http';
import { formatTarget, readBody } from '../../api/http';
import { serveConnection } from '../../api/http-codec';
import type { Fabric } from '../../network/stack';
import { Stack } from '../../network/stack';
import type { Connection, NetStack } from '../../process/types';
import { hubWebApi } from './hub-web-api';
import { errorResponse, type RegistryRequest, type RegistryResponse } from './http-types';
import type { HubRegistry } from './registry';

/** Docker Hub's names and the (AWS) addresses they resolve to in the simulation. */
export const HUB_HOSTS: Readonly<Record<string, string>> = {
  'registry-1.docker.io': '54.236.113.205',
  'index.docker.io': '54.236.113.205',
  'auth.docker.io': '3.94.224.37',
  'hub.docker.com': '44.219.3.189',
};

const INTERNET_SEGMENT = 'internet';
const PORTS = [80, 443];

/** The address a Hub host name resolves to, or null. */
export function resolveHubHost(name: string): string | null {
  return HUB_HOSTS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

function toBytes(chunk: string): Uint8Array {
  const out = new Uint8Array(chunk.length);
  for (let i = 0; i < chunk.length; i++) out[i] = chunk.charCodeAt(i) & 0xff;
  return out;
}

function fromBytes(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** Which service a request's Host header names; the registry answers on both of its names. */
function service(req: ApiRequest): 'registry' | 'auth' | 'web' | null {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (host === 'registry-1.docker.io' || host === 'index.docker.io') return 'registry';
  if (host === 'auth.docker.io') return 'auth';
  if (host === 'hub.docker.com') return 'web';
  return null;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The HTTP face of the Hub: one handler for every Hub host, dispatching on the Host header. */
export function hubHttpHandler(hub: HubRegistry): { handle(req: ApiRequest): Promise<ApiResponse> } {
  const web = hubWebApi(hub);
  return {
    async handle(req) {
      const target = formatTarget(req.path, req.query);
      const kind = service(req);
      const body = await readBody(req.body);
      let res: RegistryResponse;
      if (!METHODS.has(req.method)) res = errorResponse(405, 'UNSUPPORTED', 'The operation is unsupported.');
      else if (kind === 'web') res = await web(req.path, req.query);
      else if (
        (kind === 'auth' && req.path === '/token') ||
        (kind === 'registry' && req.path.startsWith('/v2'))
      )
        res = await hub.handle({
          method: req.method as RegistryRequest['method'],
          url: target,
          headers: req.headers,
          body,
        });
      else res = notFound();
      return { status: res.status, headers: res.headers, body: res.body };
    },
  };
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

/** Serves one connection with the handler, bytes as latin1 characters. */
function serve(handler: { handle(req: ApiRequest): Promise<ApiResponse> }, now: () => number) {
  return (conn: Connection): void => {
    const input = (async function* () {
      for (let chunk = await conn.read(); chunk !== null; chunk = await conn.read()) yield toBytes(chunk);
    })();
    void (async () => {
      try {
        for await (const bytes of serveConnection(handler, input, now)) conn.write(fromBytes(bytes));
      } finally {
        conn.end();
      }
    })();
  };
}

/** Puts the Hub on the fabric: one stack owning the Hub's addresses, listening on 80 and 443. */
export function attachHubToFabric(fabric: Fabric, hub: HubRegistry, now: () => number): Stack {
  const stack = new Stack(fabric);
  for (const ip of new Set(Object.values(HUB_HOSTS))) stack.plug({ ip, segment: INTERNET_SEGMENT });
  const handler = serve(hubHttpHandler(hub), now);
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
