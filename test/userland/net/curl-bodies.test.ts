// curl over https (port 443, no TLS), -u Basic authentication, and -o of binary bodies: a body with a
// binary media type arrives one character per byte and is written as those bytes; a text body is
// written as UTF-8 text.
import { describe, expect, it } from 'vitest';
import { connectionPair } from '../../../src/engine/network/connection';
import type { Connection, NetStack } from '../../../src/engine/process/types';
import { createCurl } from '../../../src/userland/net/curl';
import { makeContext } from '../helpers/context';

const GZIP_HEAD = [0x1f, 0x8b, 0x08, 0x00, 0xff, 0x80, 0x00];

/** One server on every name and port: answers each request with `respond(request text)`, records where it was reached. */
function fakeNet(respond: (request: string) => { type: string; body: string; location?: string }) {
  const seen: { host: string; port: number; request: string }[] = [];
  const net: NetStack = {
    resolve: async (name) => (name === 'nowhere.invalid' ? null : '203.0.113.7'),
    connect: async (host, port): Promise<Connection> => {
      const { client, server } = connectionPair(
        { address: '10.0.0.1', port: 40000 },
        { address: host, port },
      );
      void (async () => {
        let request = '';
        while (!request.includes('\r\n\r\n')) request += (await server.read()) ?? '\r\n\r\n';
        seen.push({ host, port, request });
        const { type, body, location } = respond(request);
        const status = location ? `307 Temporary Redirect\r\nLocation: ${location}` : '200 OK';
        server.write(
          `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        );
        server.end();
      })();
      return client;
    },
    listen: () => () => {},
    addresses: () => ['127.0.0.1'],
  };
  return { net, seen };
}

async function curl(argv: string[], net: NetStack) {
  const { ctx, stdout, stderr } = makeContext(['curl', ...argv]);
  const status = await createCurl()({ ...ctx, net });
  return { status, stdout: stdout.text, stderr: stderr.text, fs: ctx.fs };
}

describe('curl bodies and https', () => {
  it('reaches port 443 for https and sends Host without the default port', async () => {
    const { net, seen } = fakeNet(() => ({ type: 'application/json', body: '{}\n' }));
    expect((await curl(['-s', 'https://registry.example/v2/'], net)).stdout).toBe('{}\n');
    expect(seen[0]!.port).toBe(443);
    expect(seen[0]!.request).toBe(
      'GET /v2/ HTTP/1.1\r\nHost: registry.example\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n',
    );
    await curl(['-s', 'https://registry.example:8443/x'], net);
    expect(seen[1]!.port).toBe(8443);
    expect(seen[1]!.request).toContain('Host: registry.example:8443\r\n');
  });

  it('sends -u as Basic authentication, after Host', async () => {
    const { net, seen } = fakeNet(() => ({ type: 'text/plain', body: 'ok' }));
    await curl(['-s', '-u', 'alice:s3cr:et', 'http://a.example/'], net);
    expect(seen[0]!.request).toBe(
      `GET / HTTP/1.1\r\nHost: a.example\r\nAuthorization: Basic ${btoa('alice:s3cr:et')}\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`,
    );
  });

  it('drops credentials when a redirect leads to another host, keeps them on the same host', async () => {
    const { net, seen } = fakeNet((req) =>
      req.startsWith('GET /blob')
        ? { type: 'text/html', body: '', location: 'https://cdn.example/data' }
        : req.startsWith('GET /moved')
          ? { type: 'text/html', body: '', location: '/blob' }
          : { type: 'application/octet-stream', body: 'x' },
    );
    const r = await curl(
      ['-sL', '-u', 'a:b', '-H', 'Authorization: Bearer t', 'https://reg.example/moved'],
      net,
    );
    expect(r.stdout).toBe('x');
    expect(seen.map((s) => /^Host: (.*)\r$/m.exec(s.request)?.[1])).toEqual([
      'reg.example',
      'reg.example',
      'cdn.example',
    ]);
    expect(seen.map((s) => (s.request.match(/^Authorization: .*$/gm) ?? []).length)).toEqual([1, 1, 0]);
  });

  it('writes a binary body byte for byte with -o, and a text body as UTF-8', async () => {
    const binary = String.fromCharCode(...GZIP_HEAD);
    const { net } = fakeNet((req) =>
      req.startsWith('GET /blob')
        ? { type: 'application/octet-stream', body: binary }
        : { type: 'text/plain; charset=utf-8', body: 'é€\n' },
    );
    const blob = await curl(['-s', '-o', '/tmp/b.gz', 'https://cdn.example/blob'], net);
    expect([...blob.fs.readFile('/tmp/b.gz')]).toEqual(GZIP_HEAD);
    const page = await curl(['-s', '-o', '/tmp/p.txt', 'https://cdn.example/page'], net);
    expect(page.fs.readText('/tmp/p.txt')).toBe('é€\n');
  });

  it('fails like curl on an unknown host and an unsupported scheme', async () => {
    const { net } = fakeNet(() => ({ type: 'text/plain', body: '' }));
    expect(await curl(['-sS', 'https://nowhere.invalid/'], net)).toMatchObject({
      status: 6,
      stderr: 'curl: (6) Could not resolve host: nowhere.invalid\n',
    });
    expect((await curl(['-s', 'ftp://a.example/'], net)).status).not.toBe(0);
  });
});
