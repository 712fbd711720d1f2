import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/engine/api/engine-api';
import { readBody, text, utf8 } from '../../../src/engine/api/http';
import { readResponse, serveConnection } from '../../../src/engine/api/http-codec';
import { muxFrame, STDERR, STDOUT } from '../../../src/engine/api/stream';
import { backendDouble } from './backend-double';

const NOW = Date.UTC(2026, 10, 23, 9, 26, 21);

async function* bytes(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const p of parts) yield utf8(p);
}

const curlGet = (path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`;

describe('HTTP/1.1 over a simulated socket', () => {
  it('answers a request as dockerd writes it, and reads it back as curl does', async () => {
    const router = createRouter(backendDouble().backend);
    const out = serveConnection(router, bytes(curlGet('/_ping')), () => NOW);
    const wire = text(await readBody(out));
    expect(wire).toBe(
      'HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nCache-Control: no-cache, no-store, must-revalidate\r\nDocker-Experimental: false\r\nOstype: linux\r\nPragma: no-cache\r\nServer: Docker/20.10.24+dfsg1 (linux)\r\nDate: Mon, 23 Nov 2026 09:26:21 GMT\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOK',
    );
    const res = await readResponse(bytes(wire));
    expect(res.status).toBe(200);
    expect(res.reason).toBe('OK');
    expect(res.headers[0]).toEqual(['Api-Version', '1.41']);
    expect(text(await readBody(res.body))).toBe('OK');
  });

  it('reads a JSON body and serves several requests on one connection', async () => {
    const { backend, calls } = backendDouble({
      containerCreate: () => Promise.resolve({ Id: 'abc', Warnings: [] }),
    });
    const body = '{"Image":"busybox"}';
    const post = `POST /v1.41/containers/create?name=web HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    // split across chunks at awkward places
    const all = post + curlGet('/nope');
    const out = await readBody(
      serveConnection(
        createRouter(backend),
        bytes(all.slice(0, 7), all.slice(7, 90), all.slice(90)),
        () => NOW,
      ),
    );
    const wire = text(out);
    expect(wire.match(/^HTTP\/1\.1 \d+/gm)).toEqual(['HTTP/1.1 201', 'HTTP/1.1 404']);
    expect(wire).toContain('\r\n\r\n{"Id":"abc","Warnings":[]}\n');
    expect(wire.endsWith('{"message":"page not found"}\n')).toBe(true);
    expect(calls[0].args).toEqual(['web', { Image: 'busybox' }]);
  });

  it('chunks streamed bodies and de-chunks them on the client side', async () => {
    const frames = [muxFrame(STDOUT, 'out\n'), muxFrame(STDERR, 'err\n')];
    const { backend } = backendDouble({
      containerLogs: () =>
        Promise.resolve({
          tty: false,
          output: (async function* () {
            yield { stream: STDOUT as 1, data: utf8('out\n') };
            yield { stream: STDERR as 2, data: utf8('err\n') };
          })(),
        }),
    });
    const out = serveConnection(
      createRouter(backend),
      bytes(curlGet('/containers/x/logs?stdout=1&stderr=1')),
      () => NOW,
    );
    const res = await readResponse(out);
    expect(res.headers.find(([k]) => k === 'Transfer-Encoding')?.[1]).toBe('chunked');
    expect([...(await readBody(res.body))]).toEqual([...frames[0], ...frames[1]]);
  });

  it('answers garbage with a 400 and closes', async () => {
    const out = text(
      await readBody(
        serveConnection(createRouter(backendDouble().backend), bytes('NOT HTTP\r\n\r\n'), () => NOW),
      ),
    );
    expect(out.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
  });
});
