import { describe, expect, it } from 'vitest';
import { python } from '../../../src/userland/servers/python';
import { tick, world } from './harness';

describe('python -m http.server', () => {
  it('lists a directory, serves files over HTTP/1.0, logs requests on stderr', async () => {
    const w = world({ '/app/a.txt': 'A\n', '/app/sub/b.txt': 'B\n' });
    const { proc, stdout, stderr } = w.run(python, ['python3', '-m', 'http.server', '8000'], { cwd: '/app' });
    await tick();
    const list = await w.net.http(8000, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(list).toMatch(/^HTTP\/1\.0 200 OK\r\nServer: SimpleHTTP\/0\.6 Python\/3\.12\.7\r\n/);
    expect(list).toContain('<li><a href="a.txt">a.txt</a></li>\n<li><a href="sub/">sub/</a></li>');
    expect(await w.net.http(8000, 'GET /a.txt HTTP/1.1\r\n\r\n')).toMatch(/\r\n\r\nA\n$/);
    expect(await w.net.http(8000, 'GET /zz HTTP/1.1\r\n\r\n')).toContain('<p>Error code: 404</p>');
    expect(stderr.text).toContain('172.17.0.1 - - [23/Nov/2026 09:15:00] "GET /a.txt HTTP/1.1" 200 -\n');
    expect(stderr.text).toContain('code 404, message File not found\n');
    // Block-buffered stdout: nothing until the interpreter exits on ^C.
    expect(stdout.text).toBe('');
    proc.signal('SIGINT');
    expect(await proc.wait()).toMatchObject({ status: 0 });
    expect(stdout.text).toBe(
      'Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n\nKeyboard interrupt received, exiting.\n',
    );
  });

  it('prints at once with PYTHONUNBUFFERED', async () => {
    const w = world();
    const { stdout } = w.run(python, ['python', '-m', 'http.server'], { env: { PYTHONUNBUFFERED: '1' } });
    await tick();
    expect(stdout.text).toBe('Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n');
  });
});
