import { describe, expect, it } from 'vitest';
import { whoami } from '../../../src/userland/servers/whoami';
import { tick, world } from './harness';

describe('whoami', () => {
  it('prints hostname, IPs, remote address and the request as traefik/whoami does', async () => {
    const w = world();
    const { stderr } = w.run(whoami, ['/whoami']);
    await tick();
    expect(stderr.text).toBe('2026/11/23 09:15:00 Starting up on port 80\n');
    const res = await w.net.http(
      80,
      'GET /?x=1 HTTP/1.1\r\nhost: localhost:8080\r\nuser-agent: curl/7.88.1\r\naccept: */*\r\n\r\n',
    );
    const body = res.slice(res.indexOf('\r\n\r\n') + 4);
    expect(body).toMatch(
      /^Hostname: c0ffee123456\nIP: 127\.0\.0\.1\nIP: 172\.17\.0\.2\nRemoteAddr: 172\.17\.0\.1:\d+\nGET \/\?x=1 HTTP\/1\.1\r\nHost: localhost:8080\r\nUser-Agent: curl\/7\.88\.1\r\nAccept: \*\/\*\r\n\r\n$/,
    );
  });

  it('honours --port and --name', async () => {
    const w = world();
    w.run(whoami, ['/whoami', '--port', '8081', '--name', 'blue']);
    await tick();
    const res = await w.net.http(8081, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(res).toContain('\r\n\r\nName: blue\nHostname: c0ffee123456\n');
  });
});
