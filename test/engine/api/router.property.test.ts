// Property tests: random API requests (bad JSON, wrong types, huge bodies, unknown fields, odd
// paths, path traversal in archive paths) never crash the router. Every error is Docker-shaped:
// `{"message":"…"}\n`, a 4xx, or a 500 only with one of the messages dockerd 20.10 itself answers
// with 500 (Go's JSON decoding and strconv errors, untyped engine errors) — never a JS exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiRequest, ApiResponse } from '../../../src/engine/api/http';
import { text, utf8 } from '../../../src/engine/api/http';
import { simEngine } from '../../client/sim-engine';

const JS_CRASH =
  /(TypeError|ReferenceError|RangeError|SyntaxError|is not a function|Cannot read propert|undefined|\[object Object\])/;

const TEMPLATES = [
  '/_ping',
  '/version',
  '/info',
  '/events',
  '/system/df',
  '/containers/json',
  '/containers/create',
  '/containers/{id}/json',
  '/containers/{id}/start',
  '/containers/{id}/stop',
  '/containers/{id}/restart',
  '/containers/{id}/kill',
  '/containers/{id}/pause',
  '/containers/{id}/unpause',
  '/containers/{id}/logs',
  '/containers/{id}/top',
  '/containers/{id}/changes',
  '/containers/{id}/export',
  '/containers/{id}/archive',
  '/containers/{id}/rename',
  '/containers/{id}/update',
  '/containers/{id}/resize',
  '/containers/{id}/exec',
  '/containers/{id}/stats',
  '/containers/{id}',
  '/containers/prune',
  '/exec/{id}/json',
  '/exec/{id}/start',
  '/exec/{id}/resize',
  '/images/json',
  '/images/create',
  '/images/{id}/json',
  '/images/{id}/history',
  '/images/{id}/tag',
  '/images/{id}',
  '/images/prune',
  '/images/get',
  '/images/load',
  '/commit',
  '/build',
  '/networks',
  '/networks/create',
  '/networks/{id}',
  '/volumes',
  '/volumes/create',
  '/volumes/{id}',
  '/auth',
];

const segment = fc.oneof(
  fc.constantFrom(
    'g-prop',
    'busybox',
    'busybox:latest',
    '..',
    '.',
    '',
    '%2e%2e',
    'g-nope',
    'a/b',
    'x'.repeat(300),
  ),
  fc.string({ maxLength: 20 }),
);
const path = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TEMPLATES), segment, fc.constantFrom('', '/v1.41', '/v1.12', '/v9.9', '/v1.0'))
    .map(([t, s, v]) => v + t.replace('{id}', s)),
  fc.string({ maxLength: 40 }).map((s) => '/' + s),
);
const archivePath = fc.constantFrom(
  '../../../../etc/passwd',
  '/../../etc/motd',
  '/etc/../../..',
  '',
  '/',
  '.',
  '..',
  '/etc/motd/',
  '/nope/../etc',
  '\u0000',
  '/%00',
);
const queryValue = fc.oneof(
  fc.constantFrom(
    '1',
    'true',
    '0',
    'false',
    'maybe',
    '',
    '-1',
    'abc',
    '99999999999999999999',
    '{}',
    '{"status":["x"]}',
    '{"label":[1]}',
    'null',
    '[]',
  ),
  fc.string({ maxLength: 12 }),
);
const queryKey = fc.constantFrom(
  'all',
  'limit',
  'size',
  'filters',
  'name',
  't',
  'signal',
  'force',
  'v',
  'stdout',
  'stderr',
  'tail',
  'follow',
  'since',
  'until',
  'h',
  'w',
  'repo',
  'tag',
  'fromImage',
  'path',
  'condition',
  'stream',
  'ps_args',
  'term',
);
const query = fc.dictionary(queryKey, fc.array(queryValue, { minLength: 1, maxLength: 2 }), { maxKeys: 4 });

const createFields = fc.dictionary(
  fc.constantFrom(
    'Image',
    'Cmd',
    'Env',
    'Entrypoint',
    'Labels',
    'HostConfig',
    'ExposedPorts',
    'Tty',
    'OpenStdin',
    'User',
    'WorkingDir',
    'Bogus',
    'image',
    'Name',
    'Driver',
    'Container',
    'Detach',
    'RestartPolicy',
    'Memory',
  ),
  fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('busybox'), fc.constant(['echo', 'hi'])),
  { maxKeys: 5 },
);
const body = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 60 }).map((s) => ({ bytes: s, type: 'application/json' })),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((v) => ({ bytes: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  createFields.map((v) => ({ bytes: JSON.stringify(v), type: 'application/json' })),
  fc
    .constantFrom('{bad json', '{"Image":', '[', '"\\q"', '\u0000', '{"Image":"busybox"}')
    .map((s) => ({ bytes: s, type: 'application/json' })),
  fc.constant({
    bytes: '{"Image":"busybox","Cmd":["' + 'a'.repeat(1_000_000) + '"]}',
    type: 'application/json',
  }),
  fc.constant({ bytes: 'x'.repeat(200_000), type: 'text/plain' }),
);

function withTimeout<V>(p: Promise<V>, ms: number): Promise<V | 'pending'> {
  return Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);
}

async function firstBytes(res: ApiResponse): Promise<string | null> {
  if (res.body === null) return '';
  if (res.body instanceof Uint8Array) return text(res.body);
  const it = res.body[Symbol.asyncIterator]();
  const first = await withTimeout(it.next(), 50);
  void it.return?.();
  if (first === 'pending' || first.done) return null;
  return text(first.value);
}

function checkResponse(res: ApiResponse, raw: string | null): void {
  expect(Number.isInteger(res.status)).toBe(true);
  expect(res.status).toBeGreaterThanOrEqual(101);
  expect(res.status).toBeLessThan(600);
  if (res.status < 400 || (res.status === 404 && raw === '{"message":"page not found"}\n')) return;
  if ((res.headers['Content-Type'] ?? '').startsWith('text/plain')) {
    expect(raw).toMatch(/^client version .* is too old/);
    return;
  }
  expect(raw).not.toBeNull();
  expect(raw!.endsWith('\n')).toBe(true);
  const msg = (JSON.parse(raw!) as { message: unknown }).message;
  expect(typeof msg).toBe('string');
  expect((msg as string).length).toBeGreaterThan(0);
  expect(msg).not.toMatch(JS_CRASH);
}

describe('router under random requests', () => {
  it('never crashes and always answers with a Docker-shaped error', async () => {
    const { router, client } = simEngine();
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-prop' });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'HEAD', 'PATCH'),
        path,
        query,
        body,
        async (method, p, q, b) => {
          const req: ApiRequest = {
            method,
            path: p,
            query: q,
            headers: b ? { 'content-type': b.type } : {},
            body: b ? utf8(b.bytes) : null,
          };
          const res = await withTimeout(router.handle(req), 200);
          if (res === 'pending') return; // a wait or attach legitimately blocking
          checkResponse(res, await firstBytes(res));
        },
      ),
      { numRuns: 400, seed: 20261123 },
    );
  }, 120_000);

  it('keeps archive paths inside the container', async () => {
    const { router, client } = simEngine();
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-prop' });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'HEAD', 'PUT'), archivePath, async (method, p) => {
        const res = await router.handle({
          method,
          path: '/containers/g-prop/archive',
          query: { path: [p] },
          headers: { 'content-type': 'application/x-tar' },
          body: method === 'PUT' ? new Uint8Array(1024) : null,
        });
        const raw = await firstBytes(res);
        checkResponse(res, raw);
        expect([200, 400, 404, 500]).toContain(res.status);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  // Known difference (containers' archive.ts): dockerd resolves `..` against the container root and
  // names it "/" (recorded with curl -I); the simulator names it "..". Flips when fixed.
  it.fails('resolves `..` in archive paths to the container root as dockerd does', async () => {
    const { router, client } = simEngine();
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-prop' });
    const res = await router.handle({
      method: 'HEAD',
      path: '/containers/g-prop/archive',
      query: { path: ['..'] },
      headers: {},
      body: null,
    });
    expect(JSON.parse(atob(res.headers['X-Docker-Container-Path-Stat'])).name).toBe('/');
  });
});

describe('HTTP codec under random bytes', () => {
  it('never throws: every connection ends with responses or a 400', async () => {
    const { serveConnection } = await import('../../../src/engine/api/http-codec');
    const { readBody: read } = await import('../../../src/engine/api/http');
    const { router } = simEngine();
    const request = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .tuple(fc.constantFrom('GET', 'POST', 'DELETE', 'BREW'), path, fc.string({ maxLength: 30 }))
        .map(([m, p, h]) => `${m} ${p} HTTP/1.1\r\nHost: localhost\r\n${h}\r\n\r\n`),
      fc
        .tuple(fc.nat(40), fc.string({ maxLength: 30 }))
        .map(
          ([n, b]) =>
            `POST /containers/create HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: ${n}\r\n\r\n${b}`,
        ),
      fc
        .string({ maxLength: 30 })
        .map((b) => `POST /build HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n${b}`),
    );
    await fc.assert(
      fc.asyncProperty(request, fc.nat(20), async (raw, cut) => {
        const chunks = (async function* () {
          yield utf8(raw.slice(0, cut));
          yield utf8(raw.slice(cut));
        })();
        const out = await withTimeout(read(serveConnection(router, chunks, () => 0)), 200);
        if (out === 'pending') return;
        const t = text(out);
        if (t.length) expect(t).toMatch(/^HTTP\/1\.1 \d{3} /);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
