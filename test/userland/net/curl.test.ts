import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { engineApiSocket } from '../../../src/engine/network/engine-socket';
import type { ApiRequest } from '../../../src/engine/api/http';
import type { NetStack, Program } from '../../../src/engine/process/types';
import { createCurl } from '../../../src/userland/net/curl';
import { UnixSocketTable } from '../../../src/userland/net/unix-sockets';
import { PROGRAMS, tick } from '../../engine/daemon/container/helpers';
import { networkDaemon } from '../../engine/network/helpers';
import { makeContext } from '../helpers/context';

/** `http PORT`: answers every request with its method, target and body; /old redirects to /new; /missing is a 404. */
const http: Program = async (ctx) => {
  ctx.net.listen(Number(ctx.argv[1] ?? 80), (conn) => {
    void (async () => {
      let req = '';
      for (let c = await conn.read(); c !== null; c = await conn.read()) {
        req += c;
        const end = req.indexOf('\r\n\r\n');
        if (end < 0) continue;
        const length = Number(/Content-Length: (\d+)/i.exec(req)?.[1] ?? 0);
        if (req.length < end + 4 + length) continue;
        break;
      }
      const [method, target] = req.split(' ');
      const body = `${method} ${target} ${req.slice(req.indexOf('\r\n\r\n') + 4)}|${/User-Agent: (.*)\r/.exec(req)?.[1]}\n`;
      const status = target === '/old' ? '302 Found' : target === '/missing' ? '404 Not Found' : '200 OK';
      const location = target === '/old' ? 'Location: /new\r\n' : '';
      conn.write(
        `HTTP/1.1 ${status}\r\n${location}Content-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      conn.end();
    })();
  });
  for (;;) await ctx.sleep(100);
};
PROGRAMS.http = http;

async function run(argv: string[], net: NetStack, curl: Program = createCurl()) {
  const { ctx, stdout, stderr } = makeContext(['curl', ...argv]);
  const status = await curl({ ...ctx, net });
  return { status, stdout: stdout.text, stderr: stderr.text, fs: ctx.fs };
}

async function published() {
  const t = networkDaemon();
  containerCreate(
    t.daemon,
    {
      Image: 'busybox',
      Cmd: ['http', '80'],
      HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } },
    },
    'web',
  );
  containerStart(t.daemon, 'web');
  await tick();
  return t.controller.hostNet();
}

describe('curl', () => {
  it("reaches a container's server through a published port", async () => {
    const host = await published();
    expect(await run(['localhost:8080/'], host)).toMatchObject({
      status: 0,
      stdout: 'GET / |curl/7.88.1\n',
      stderr: '',
    });
    expect((await run(['-s', '-X', 'PUT', '-d', 'a=1', 'http://127.0.0.1:8080/x'], host)).stdout).toBe(
      'PUT /x a=1|curl/7.88.1\n',
    );
    expect((await run(['-d', 'a=1', '-H', 'User-Agent: moi', 'localhost:8080/f'], host)).stdout).toBe(
      'POST /f a=1|moi\n',
    );
    expect((await run(['http://172.17.0.2/direct'], host)).stdout).toBe('GET /direct |curl/7.88.1\n');
  });

  it('prints headers, follows redirects, writes out the status, fails on errors', async () => {
    const host = await published();
    expect((await run(['-i', 'localhost:8080/'], host)).stdout).toBe(
      'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 19\r\n\r\nGET / |curl/7.88.1\n',
    );
    expect((await run(['-sL', 'localhost:8080/old'], host)).stdout).toBe('GET /new |curl/7.88.1\n');
    expect(
      (await run(['-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'localhost:8080/missing'], host)).stdout,
    ).toBe('404\n');
    expect(await run(['-f', 'localhost:8080/missing'], host)).toMatchObject({
      status: 22,
      stdout: '',
      stderr: 'curl: (22) The requested URL returned error: 404\n',
    });
    const saved = await run(['-s', '-o', 'page.txt', 'localhost:8080/p'], host);
    expect(saved.fs.readText('/root/page.txt')).toBe('GET /p |curl/7.88.1\n');
  });

  it("reports curl's errors and exit codes", async () => {
    const host = await published();
    expect(await run(['localhost:9999'], host)).toMatchObject({
      status: 7,
      stderr: "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n",
    });
    expect(await run(['-s', 'localhost:9999'], host)).toMatchObject({ status: 7, stderr: '' });
    expect(await run(['nosuchhost'], host)).toMatchObject({
      status: 6,
      stderr: 'curl: (6) Could not resolve host: nosuchhost\n',
    });
    expect(await run([], host)).toMatchObject({
      status: 2,
      stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n",
    });
  });

  it('talks to the Engine API over --unix-socket', async () => {
    const sockets = new UnixSocketTable();
    const seen: ApiRequest[] = [];
    sockets.bind(
      '/var/run/docker.sock',
      engineApiSocket(
        {
          handle: async (req) => {
            seen.push(req);
            return {
              status: 200,
              headers: { 'Content-Type': 'text/plain; charset=utf-8' },
              body: new TextEncoder().encode('OK'),
            };
          },
        },
        () => Date.UTC(2026, 10, 23, 11, 0, 0),
      ),
    );
    const curl = createCurl({ unixSockets: sockets });
    const host = await published();
    const res = await run(
      ['-s', '--unix-socket', '/var/run/docker.sock', 'http://localhost/_ping'],
      host,
      curl,
    );
    expect(res).toMatchObject({ status: 0, stdout: 'OK' });
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/_ping' });
    expect(await run(['--unix-socket', '/nonexist', 'http://localhost/'], host, curl)).toMatchObject({
      status: 7,
      stderr: "curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n",
    });
  });
});
