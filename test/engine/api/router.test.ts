import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/engine/api/engine-api';
import { Conflict, NotFound, NotModified } from '../../../src/engine/api/errors';
import type { ApiRequest } from '../../../src/engine/api/http';
import { readBody, text, utf8 } from '../../../src/engine/api/http';
import { Filters } from '../../../src/engine/api/filters';
import { muxFrame, STDERR, STDOUT } from '../../../src/engine/api/stream';
import { backendDouble } from './backend-double';

function req(method: string, path: string, opts: Partial<ApiRequest> & { json?: unknown } = {}): ApiRequest {
  const q = path.indexOf('?');
  const query: Record<string, string[]> = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(path.slice(q + 1))) (query[k] ??= []).push(v);
  const body = opts.json !== undefined ? utf8(JSON.stringify(opts.json)) : (opts.body ?? null);
  const headers =
    opts.json !== undefined ? { 'content-type': 'application/json', ...opts.headers } : (opts.headers ?? {});
  return {
    method,
    path: q >= 0 ? path.slice(0, q) : path,
    query,
    headers,
    body,
    ...(opts.stdin ? { stdin: opts.stdin } : {}),
  };
}

async function call(router: ReturnType<typeof createRouter>, r: ApiRequest) {
  const res = await router.handle(r);
  return { ...res, text: text(await readBody(res.body)) };
}

describe('router: paths and versions', () => {
  const { backend } = backendDouble();
  const router = createRouter(backend);

  it('answers /_ping with Docker headers, with and without a version prefix', async () => {
    for (const p of ['/_ping', '/v1.41/_ping', '/v1.40/_ping', '/v1.41.0/_ping']) {
      const res = await call(router, req('GET', p));
      expect(res.status).toBe(200);
      expect(res.text).toBe('OK');
      expect(res.headers['Api-Version']).toBe('1.41');
      expect(res.headers['Cache-Control']).toBe('no-cache, no-store, must-revalidate');
      expect(res.headers.Ostype).toBe('linux');
    }
    const head = await call(router, req('HEAD', '/_ping'));
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it('rejects a too new version with Docker JSON error and a too old one in plain text', async () => {
    const tooNew = await call(router, req('GET', '/v1.99/version'));
    expect(tooNew.status).toBe(400);
    expect(tooNew.text).toBe(
      '{"message":"client version 1.99 is too new. Maximum supported API version is 1.41"}\n',
    );
    const tooOld = await call(router, req('GET', '/v1.11/version'));
    expect(tooOld.status).toBe(400);
    expect(tooOld.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(tooOld.text).toContain('client version 1.11 is too old. Minimum supported API version is 1.12');
  });

  it('answers unknown paths and methods with page not found, like gorilla mux in moby', async () => {
    for (const [m, p] of [
      ['GET', '/nope'],
      ['POST', '/_ping'],
      ['DELETE', '/_ping'],
      ['PUT', '/containers/json'],
      ['GET', '/containers/json/'],
      ['GET', '/vfoo/version'],
    ]) {
      const res = await call(router, req(m, p));
      expect(res.status, `${m} ${p}`).toBe(404);
      expect(res.text).toBe('{"message":"page not found"}\n');
      expect(res.headers['Api-Version']).toBeUndefined();
    }
  });
});

describe('router: errors from the engine', () => {
  it('maps typed errors to status and Docker body, 304 without body', async () => {
    const { backend } = backendDouble({
      containerInspect: () => Promise.reject(new NotFound('No such container: web')),
      containerStart: () => Promise.reject(new NotModified('')),
      containerRemove: () => Promise.reject(new Conflict('You cannot remove a running container x.')),
    });
    const router = createRouter(backend);
    const missing = await call(router, req('GET', '/containers/web/json'));
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('{"message":"No such container: web"}\n');
    expect(missing.headers['Content-Type']).toBe('application/json');
    const started = await call(router, req('POST', '/containers/web/start'));
    expect(started.status).toBe(304);
    expect(started.body).toBeNull();
    expect((await call(router, req('DELETE', '/containers/web'))).status).toBe(409);
  });

  it('turns an unexpected exception into a 500 with its message', async () => {
    const { backend } = backendDouble({ info: () => Promise.reject(new Error('boom')) });
    const res = await call(createRouter(backend), req('GET', '/info'));
    expect(res.status).toBe(500);
    expect(res.text).toBe('{"message":"boom"}\n');
  });
});

describe('router: query parameters', () => {
  it('reads bools like httputils.BoolValue and passes validated filters', async () => {
    const { backend, calls } = backendDouble({ containerList: () => Promise.resolve([]) });
    const router = createRouter(backend);
    for (const [v, all] of [
      ['1', true],
      ['true', true],
      ['maybe', true],
      ['0', false],
      ['no', false],
      ['FALSE', false],
      ['', false],
    ] as const) {
      calls.length = 0;
      await call(router, req('GET', `/containers/json?all=${v}`));
      expect((calls[0].args[0] as { all: boolean }).all, v).toBe(all);
    }
    calls.length = 0;
    const f = encodeURIComponent('{"label":["g=api"],"status":["exited"]}');
    expect((await call(router, req('GET', `/containers/json?filters=${f}`))).status).toBe(200);
    const filters = (calls[0].args[0] as { filters: Filters }).filters;
    expect(filters.get('label')).toEqual(['g=api']);
    const legacy = encodeURIComponent('{"status":{"running":true,"exited":false}}');
    calls.length = 0;
    await call(router, req('GET', `/containers/json?filters=${legacy}`));
    expect((calls[0].args[0] as { filters: Filters }).filters.get('status')).toEqual(['running']);
  });

  // Unknown keys and values are the daemon's to refuse (see test/contract); the router decodes.
  it('answers undecodable filters and numbers exactly as dockerd 20.10 does', async () => {
    const { backend } = backendDouble({ containerList: () => Promise.resolve([]) });
    const router = createRouter(backend);
    const cases: Array<[string, number, string]> = [
      ['filters=notjson', 500, "invalid character 'o' in literal null (expecting 'u')"],
      [
        `filters=${encodeURIComponent('{"status":"x"}')}`,
        500,
        'json: cannot unmarshal string into Go value of type map[string]bool',
      ],
      [
        `filters=${encodeURIComponent('[]')}`,
        500,
        'json: cannot unmarshal array into Go value of type map[string]map[string]bool',
      ],
      ['limit=abc', 500, 'strconv.Atoi: parsing "abc": invalid syntax'],
    ];
    for (const [qs, status, message] of cases) {
      const res = await call(router, req('GET', `/containers/json?${qs}`));
      expect(res.status, qs).toBe(status);
      expect(JSON.parse(res.text)).toEqual({ message });
    }
  });
});

describe('router: container create body', () => {
  const { backend, calls } = backendDouble({
    containerCreate: () => Promise.resolve({ Id: 'abc', Warnings: [] }),
  });
  const router = createRouter(backend);
  const create = (
    body: string | null,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) =>
    call(
      router,
      req('POST', '/containers/create?name=g-api', { body: body === null ? null : utf8(body), headers }),
    );

  it('creates with 201 and passes canonical field names', async () => {
    const res = await create('{"image":"busybox","cmd":"echo hi","Bogus":1}');
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toEqual({ Id: 'abc', Warnings: [] });
    expect(calls.at(-1)?.args).toEqual(['g-api', { Image: 'busybox', Cmd: ['echo hi'] }]);
  });

  it('gives dockerd 20.10 status and message for each bad body', async () => {
    const cases: Array<[string | null, number, string]> = [
      ['', 500, 'EOF'],
      ['{}', 400, 'Config cannot be empty in order to create a container'],
      ['null', 400, 'Config cannot be empty in order to create a container'],
      ['{"Bogus":1}', 400, 'Config cannot be empty in order to create a container'],
      [
        '{"Image":5}',
        500,
        'json: cannot unmarshal number into Go struct field ContainerConfigWrapper.Image of type string',
      ],
      [
        '[1]',
        500,
        'json: cannot unmarshal array into Go value of type runconfig.ContainerConfigWrapper'.replace(
          'runconfig.',
          '',
        ),
      ],
      ['{bad json', 500, "invalid character 'b' looking for beginning of object key string"],
      ['{"Image":"busybox",', 500, 'unexpected EOF'],
    ];
    for (const [body, status, message] of cases) {
      const res = await create(body);
      expect(res.status, String(body)).toBe(status);
      expect(JSON.parse(res.text).message).toBe(message);
    }
  });

  it("checks the content type (names are the daemon's to check: see test/contract)", async () => {
    const form = await create('{"Image":"busybox"}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    expect(JSON.parse(form.text).message).toBe(
      "Content-Type specified (application/x-www-form-urlencoded) must be 'application/json'",
    );
  });
});

describe('router: streams', () => {
  it('multiplexes logs without TTY and sends them raw with one', async () => {
    for (const tty of [false, true]) {
      const { backend } = backendDouble({
        containerLogs: () =>
          Promise.resolve({
            tty,
            output: (async function* () {
              yield { stream: STDOUT as 1, data: utf8('out1\n') };
              yield { stream: STDERR as 2, data: utf8('err1\n') };
            })(),
          }),
      });
      const res = await createRouter(backend).handle(req('GET', '/containers/x/logs?stdout=1&stderr=1'));
      const bytes = await readBody(res.body);
      if (tty) expect(text(bytes)).toBe('out1\nerr1\n');
      else expect([...bytes]).toEqual([...muxFrame(STDOUT, 'out1\n'), ...muxFrame(STDERR, 'err1\n')]);
    }
  });

  it('refuses logs without a stream', async () => {
    const { backend } = backendDouble();
    const res = await call(createRouter(backend), req('GET', '/containers/x/logs'));
    expect(res.status).toBe(400);
    expect(res.text).toBe('{"message":"Bad parameters: you must choose at least one stream"}\n');
  });

  it('sends wait headers at once and the status when the container stops', async () => {
    let finish!: (v: { StatusCode: number; Error: null }) => void;
    const done = new Promise<{ StatusCode: number; Error: null }>((r) => (finish = r));
    const { backend } = backendDouble({ containerWait: () => Promise.resolve({ result: done }) });
    const res = await createRouter(backend).handle(req('POST', '/containers/x/wait'));
    expect(res.status).toBe(200);
    setTimeout(() => finish({ StatusCode: 3, Error: null }), 0);
    expect(text(await readBody(res.body))).toBe('{"Error":null,"StatusCode":3}\n');
  });

  it('hijacks attach, upgrading when asked, and hands stdin to the engine', async () => {
    const stdinSeen: string[] = [];
    const { backend } = backendDouble({
      containerAttach: async (_id, _opts, stdin) => {
        if (stdin) for await (const c of stdin) stdinSeen.push(text(c));
        return {
          tty: true,
          output: (async function* () {
            yield { stream: STDOUT as 1, data: utf8('hi') };
          })(),
        };
      },
    });
    const stdin = (async function* () {
      yield utf8('ls\n');
    })();
    const res = await createRouter(backend).handle(
      req('POST', '/containers/x/attach?stream=1&stdin=1&stdout=1', {
        headers: { upgrade: 'tcp', connection: 'Upgrade' },
        stdin,
      }),
    );
    expect(res.status).toBe(101);
    expect(res.upgraded).toBe(true);
    expect(res.headers['Content-Type']).toBe('application/vnd.docker.raw-stream');
    expect(text(await readBody(res.body))).toBe('hi');
    expect(stdinSeen).toEqual(['ls\n']);
  });
});

describe('router: image names and other objects', () => {
  it('routes image names containing slashes and tags', async () => {
    const { backend, calls } = backendDouble({
      imageInspect: (name) => Promise.resolve({ Id: name } as never),
      imageTag: () => Promise.resolve(),
    });
    const router = createRouter(backend);
    const res = await call(router, req('GET', '/images/library/busybox:latest/json'));
    expect(JSON.parse(res.text)).toEqual({ Id: 'library/busybox:latest' });
    const tag = await call(router, req('POST', '/images/busybox/tag?repo=g-img&tag=1'));
    expect(tag.status).toBe(201);
    expect(calls.at(-1)?.args).toEqual(['busybox', 'g-img', '1']);
  });

  it('escapes HTML characters in JSON as Go does', async () => {
    const { backend } = backendDouble({
      containerInspect: () =>
        Promise.resolve({ Config: { Cmd: ['sh', '-c', 'echo a > b && c<d'] } } as never),
    });
    const res = await call(createRouter(backend), req('GET', '/containers/x/json'));
    expect(res.text).toBe('{"Config":{"Cmd":["sh","-c","echo a \\u003e b \\u0026\\u0026 c\\u003cd"]}}\n');
  });

  it('validates network dangling filter with the network router wording', async () => {
    const { backend } = backendDouble({ networkList: () => Promise.resolve([]) });
    const res = await call(
      createRouter(backend),
      req('GET', `/networks?filters=${encodeURIComponent('{"dangling":["maybe"]}')}`),
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).message).toBe(
      'invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")',
    );
  });

  it('parses events since/until in Docker forms', async () => {
    const { backend, calls } = backendDouble({
      events: () =>
        Promise.resolve(
          (async function* () {
            /* no events */
          })(),
        ),
    });
    const router = createRouter(backend);
    const res = await call(router, req('GET', '/events?since=1699999990&until=10s'));
    expect(res.status).toBe(200);
    const opts = calls.find((c) => c.method === 'events')?.args[0] as { since: number; until: number };
    expect(opts.since).toBe(1699999990);
    expect(opts.until).toBe(1_700_000_000 - 10);
  });
});
