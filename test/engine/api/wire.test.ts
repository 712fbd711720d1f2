// Expected heads recorded from dockerd 20.10 with `curl -i --unix-socket` (Date masked).
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/engine/api/engine-api';
import { readBody } from '../../../src/engine/api/http';
import { formatResponseHead, httpDate } from '../../../src/engine/api/wire';
import { backendDouble } from './backend-double';

const NOW = Date.UTC(2026, 10, 23, 9, 26, 21);

async function head(method: string, path: string, overrides = {}) {
  const router = createRouter(backendDouble(overrides).backend);
  const res = await router.handle({ method, path, query: {}, headers: {}, body: null });
  const body = res.body === null || res.body instanceof Uint8Array ? (res.body ?? new Uint8Array()) : null;
  if (res.body && !(res.body instanceof Uint8Array)) await readBody(res.body);
  return formatResponseHead(res, NOW, body).replace(/\r\n/g, '\n');
}

describe("response heads in Go's net/http order", () => {
  it('formats dates as http.TimeFormat', () => {
    expect(httpDate(NOW)).toBe('Mon, 23 Nov 2026 09:26:21 GMT');
  });

  it('GET /_ping', async () => {
    expect(await head('GET', '/_ping')).toBe(
      'HTTP/1.1 200 OK\nApi-Version: 1.41\nCache-Control: no-cache, no-store, must-revalidate\nDocker-Experimental: false\nOstype: linux\nPragma: no-cache\nServer: Docker/20.10.24+dfsg1 (linux)\nDate: Mon, 23 Nov 2026 09:26:21 GMT\nContent-Length: 2\nContent-Type: text/plain; charset=utf-8\n\n',
    );
  });

  it('a JSON error, a version error and page not found', async () => {
    const { NotFound } = await import('../../../src/engine/api/errors');
    expect(
      await head('GET', '/containers/g-nope/json', {
        containerInspect: () => Promise.reject(new NotFound('No such container: g-nope')),
      }),
    ).toBe(
      'HTTP/1.1 404 Not Found\nApi-Version: 1.41\nContent-Type: application/json\nDocker-Experimental: false\nOstype: linux\nServer: Docker/20.10.24+dfsg1 (linux)\nDate: Mon, 23 Nov 2026 09:26:21 GMT\nContent-Length: 40\n\n',
    );
    expect(await head('GET', '/v1.99/version')).toBe(
      'HTTP/1.1 400 Bad Request\nApi-Version: 1.41\nContent-Type: application/json\nOstype: linux\nServer: Docker/20.10.24+dfsg1 (linux)\nDate: Mon, 23 Nov 2026 09:26:21 GMT\nContent-Length: 84\n\n',
    );
    expect(await head('GET', '/nope')).toBe(
      'HTTP/1.1 404 Not Found\nContent-Type: application/json\nDate: Mon, 23 Nov 2026 09:26:21 GMT\nContent-Length: 29\n\n',
    );
  });

  it('204, 304 and a chunked stream', async () => {
    const { NotModified } = await import('../../../src/engine/api/errors');
    expect(await head('DELETE', '/containers/g-h', { containerRemove: () => Promise.resolve() })).toBe(
      'HTTP/1.1 204 No Content\nApi-Version: 1.41\nDocker-Experimental: false\nOstype: linux\nServer: Docker/20.10.24+dfsg1 (linux)\nDate: Mon, 23 Nov 2026 09:26:21 GMT\n\n',
    );
    expect(
      await head('POST', '/containers/g-h/stop', {
        containerStop: () => Promise.reject(new NotModified('')),
      }),
    ).toBe(
      'HTTP/1.1 304 Not Modified\nApi-Version: 1.41\nDocker-Experimental: false\nOstype: linux\nServer: Docker/20.10.24+dfsg1 (linux)\nDate: Mon, 23 Nov 2026 09:26:21 GMT\n\n',
    );
    const wait = {
      containerWait: () => Promise.resolve({ result: Promise.resolve({ StatusCode: 0, Error: null }) }),
    };
    expect(await head('POST', '/containers/g-h/wait', wait)).toBe(
      'HTTP/1.1 200 OK\nApi-Version: 1.41\nContent-Type: application/json\nDocker-Experimental: false\nOstype: linux\nServer: Docker/20.10.24+dfsg1 (linux)\nDate: Mon, 23 Nov 2026 09:26:21 GMT\nTransfer-Encoding: chunked\n\n',
    );
  });
});
