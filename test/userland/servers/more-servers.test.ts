import { describe, expect, it } from 'vitest';
import { apacheHttpd } from '../../../src/userland/servers/apache-httpd';
import { nginxEntrypoint } from '../../../src/userland/servers/nginx-entrypoint';
import { node } from '../../../src/userland/servers/node';
import { parseNodeServer } from '../../../src/userland/servers/node-script';
import { tick, world } from './harness';

describe('nginx image entrypoint', () => {
  it('reports the scripts it runs, enables IPv6 in default.conf, then runs nginx', async () => {
    const w = world({
      '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': '#!/bin/sh\n',
      '/docker-entrypoint.d/15-local-resolvers.envsh': '#!/bin/sh\n',
      '/docker-entrypoint.d/20-envsubst-on-templates.sh': '#!/bin/sh\n',
      '/etc/nginx/conf.d/default.conf':
        'server {\n    listen       80;\n    root /usr/share/nginx/html;\n}\n',
      '/usr/share/nginx/html/index.html': 'ok\n',
    });
    for (const f of w.fs.readdir('/docker-entrypoint.d')) w.fs.chmod(`/docker-entrypoint.d/${f}`, 0o755);
    const { stdout, stderr } = w.run(nginxEntrypoint, [
      '/docker-entrypoint.sh',
      'nginx',
      '-g',
      'daemon off;',
    ]);
    await tick();
    expect(stdout.text).toBe(
      [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        '',
      ].join('\n'),
    );
    expect(w.fs.readText('/etc/nginx/conf.d/default.conf')).toContain('listen  [::]:80;');
    expect(stderr.text).toContain('[notice] 1#1: start worker processes');
    expect(w.net.listening(80)).toBe(true);
  });
});

describe('apache httpd', () => {
  it('says It works and logs in the common format', async () => {
    const w = world({
      '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n',
    });
    const { proc, stdout, stderr } = w.run(apacheHttpd, ['httpd', '-DFOREGROUND']);
    await tick();
    expect(stderr.text).toContain(
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2.",
    );
    expect(stderr.text).toContain('AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations');
    const res = await w.net.http(80, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(res).toContain('Server: Apache/2.4.62 (Unix)\r\n');
    expect(res).toContain('<h1>It works!</h1>');
    expect(stdout.text).toBe('172.17.0.1 - - [23/Nov/2026:09:15:00 +0000] "GET / HTTP/1.1" 200 45\n');
    expect(await w.net.http(80, 'GET /x HTTP/1.1\r\nHost: x\r\n\r\n')).toContain(
      '<p>The requested URL was not found on this server.</p>',
    );
    proc.signal('SIGWINCH');
    expect(await proc.wait()).toMatchObject({ status: 0 });
    expect(stderr.text).toContain('AH00492: caught SIGWINCH, shutting down gracefully');
  });
});

describe('node', () => {
  const EXPRESS = `const express = require('express');
const app = express();
const PORT = process.env.PORT || 3000;
app.get('/', (req, res) => { res.send('Bonjour depuis Node !'); });
app.get('/api', (req, res) => res.json({ status: 'ok' }));
app.listen(PORT, () => { console.log(\`Serveur démarré sur le port \${PORT}\`); });
`;

  it('recognises an Express app: port from the environment, routes, startup line', () => {
    expect(parseNodeServer(EXPRESS, { PORT: '8080' })).toMatchObject({
      port: 8080,
      listening: ['Serveur démarré sur le port 8080'],
      routes: [
        { method: 'GET', path: '/', body: 'Bonjour depuis Node !', json: false },
        { method: 'GET', path: '/api', json: true },
      ],
    });
  });

  it('serves it, and Express answers Cannot GET for an unknown path', async () => {
    const w = world({ '/app/server.js': EXPRESS });
    const { stdout } = w.run(node, ['node', 'server.js'], { cwd: '/app' });
    await tick();
    expect(stdout.text).toBe('Serveur démarré sur le port 3000\n');
    expect(await w.net.http(3000, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(
      /X-Powered-By: Express\r\n[\s\S]*\r\n\r\nBonjour depuis Node !$/,
    );
    expect(await w.net.http(3000, 'GET /api HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(
      /\r\n\r\n\{"status":"ok"\}$/,
    );
    expect(await w.net.http(3000, 'GET /zz HTTP/1.1\r\nHost: x\r\n\r\n')).toContain(
      '<pre>Cannot GET /zz</pre>',
    );
  });

  it('reports a missing script as Node does', async () => {
    const w = world();
    const { proc, stderr } = w.run(node, ['node', 'nope.js']);
    expect(await proc.wait()).toMatchObject({ status: 1 });
    expect(stderr.text).toContain("Error: Cannot find module '/nope.js'");
  });
});
