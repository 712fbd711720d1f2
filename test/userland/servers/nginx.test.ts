import { describe, expect, it } from 'vitest';
import { nginx } from '../../../src/userland/servers/nginx';
import { tick, world } from './harness';

const INDEX = '<h1>Bonjour</h1>\n';

describe('nginx', () => {
  it('serves the root with nginx headers and logs in the main format', async () => {
    const w = world({ '/usr/share/nginx/html/index.html': INDEX });
    const { stdout, stderr } = w.run(nginx, ['nginx', '-g', 'daemon off;']);
    await tick();
    expect(w.net.listening(80)).toBe(true);
    expect(stderr.text).toContain('[notice] 1#1: using the "epoll" event method\n');
    expect(stderr.text).toMatch(/\[notice\] 1#1: start worker process \d+\n/);
    const res = await w.net.http(
      80,
      'GET / HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: curl/7.88.1\r\n\r\n',
    );
    expect(res).toMatch(
      /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.27\.3\r\nDate: Mon, 23 Nov 2026 09:15:00 GMT\r\nContent-Type: text\/html\r\nContent-Length: 17\r\n/,
    );
    expect(res.endsWith(`\r\n\r\n${INDEX}`)).toBe(true);
    expect(stdout.text).toBe(
      '172.17.0.1 - - [23/Nov/2026:09:15:00 +0000] "GET / HTTP/1.1" 200 17 "-" "curl/7.88.1" "-"\n',
    );
  });

  it('answers 404 with its page and an error log line', async () => {
    const w = world({ '/usr/share/nginx/html/index.html': INDEX });
    const { stderr } = w.run(nginx, ['nginx', '-g', 'daemon off;']);
    await tick();
    const res = await w.net.http(80, 'GET /nope HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(res).toContain('HTTP/1.1 404 Not Found\r\n');
    expect(res).toContain('<center><h1>404 Not Found</h1></center>');
    expect(stderr.text).toContain(
      'open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), client: 172.17.0.1',
    );
  });

  it('reloads on SIGHUP (new root) and quits gracefully on SIGQUIT with status 0', async () => {
    const w = world({
      '/usr/share/nginx/html/index.html': INDEX,
      '/srv/index.html': 'autre\n',
      '/etc/nginx/conf.d/default.conf': 'server {\n  listen 80;\n  root /usr/share/nginx/html;\n}\n',
    });
    const { proc, stderr } = w.run(nginx, ['nginx', '-g', 'daemon off;']);
    await tick();
    w.fs.writeFile('/etc/nginx/conf.d/default.conf', 'server {\n  listen 8080;\n  root /srv;\n}\n');
    proc.signal('SIGHUP');
    await tick(10);
    expect(stderr.text).toContain('signal 1 (SIGHUP) received, reconfiguring');
    expect(w.net.listening(80)).toBe(false);
    expect(await w.net.http(8080, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toContain('autre\n');
    proc.signal('SIGQUIT');
    expect(await proc.wait()).toMatchObject({ status: 0 });
    expect(stderr.text).toContain('signal 3 (SIGQUIT) received, shutting down');
    expect(stderr.text).toMatch(/gracefully shutting down/);
    expect(w.net.listening(8080)).toBe(false);
  });

  it('nginx -t and -v', async () => {
    const w = world();
    const t = w.run(nginx, ['nginx', '-t']);
    expect(await t.proc.wait()).toMatchObject({ status: 0 });
    expect(t.stderr.text).toBe(
      'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
    );
  });
});
