// The browser tab's fetching and listing, on a whole simulated machine: pages come over the host's
// network stack through the published port, as `curl localhost:8080` does.
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../../src/server/commands/transcript';
import { nodeWorld } from '../../../src/server/machine';
import type { SimWorld } from '../../../src/world/world';
import { fetchPage, isLocal, normaliseAddress } from '../../../src/ui/browser/fetch-page';
import { pageDocument } from '../../../src/ui/browser/page-document';
import { publishedPorts } from '../../../src/ui/browser/published-ports';

async function machine(lines: string[]): Promise<SimWorld> {
  let world: SimWorld | undefined;
  const steps = await runTranscript(lines, ['nginx'], { machine: (w) => (world = nodeWorld(w)) });
  for (const s of steps) expect(s.exit, `${s.cmd}: ${s.stderr}`).toBe(0);
  return world!;
}

describe('browser tab: fetching pages through the host network', () => {
  it('normalises addresses and keeps to localhost', () => {
    expect(normaliseAddress('localhost:8080')).toBe('http://localhost:8080/');
    expect(normaliseAddress(' http://127.0.0.1/a?b=1 ')).toBe('http://127.0.0.1/a?b=1');
    expect(isLocal('http://localhost:8080/')).toBe(true);
    expect(isLocal('http://example.com/')).toBe(false);
    expect(isLocal('https://localhost/')).toBe(false);
  });

  it('lists published ports and fetches nginx, its 404, and a refused port', async () => {
    const world = await machine([
      'docker run -d --name web -p 8080:80 nginx',
      'docker run -d --name quiet -p 8081:80 -p 127.0.0.1:9000:80/udp busybox sleep 600',
      'docker run -d --name internal-only nginx',
    ]);
    expect(await publishedPorts(world.client)).toEqual([
      { container: 'web', hostPort: 8080, containerPort: 80, url: 'http://localhost:8080/' },
      { container: 'quiet', hostPort: 8081, containerPort: 80, url: 'http://localhost:8081/' },
    ]);

    const home = await fetchPage(world.hostNet, 'localhost:8080');
    expect(home).toMatchObject({ kind: 'page', url: 'http://localhost:8080/', status: 200 });
    expect(home.kind === 'page' && home.contentType).toBe('text/html');
    expect(home.kind === 'page' && home.body).toContain('<h1>Welcome to nginx!</h1>');

    const missing = await fetchPage(world.hostNet, 'http://localhost:8080/nope');
    expect(missing).toMatchObject({ kind: 'page', status: 404, statusLine: '404 Not Found' });

    // Published, but nothing listens in the container: docker-proxy closes the connection.
    expect(await fetchPage(world.hostNet, 'localhost:8081')).toMatchObject({
      kind: 'error',
      message: 'Le serveur a fermé la connexion sans répondre.',
    });
    expect(await fetchPage(world.hostNet, 'localhost:9999')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^Connexion refusée : rien n’écoute sur localhost:9999\./),
    });
    expect(await fetchPage(world.hostNet, 'http://example.com/')).toMatchObject({ kind: 'error' });
    world.shutdown();
  });
});

describe('browser tab: the document shown in the iframe', () => {
  it('drops scripts and event handlers and forbids every fetch but inline styles', () => {
    const doc = pageDocument(
      '<html><head><title>t</title></head><body onload="x()"><script>alert(1)</script><p>ok</p></body></html>',
      'text/html',
    );
    expect(doc).not.toContain('<script');
    expect(doc).not.toContain('onload');
    expect(doc).toContain("default-src 'none'");
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<title>'));
    expect(doc).toContain('<p>ok</p>');
  });

  it('shows text responses escaped in a <pre>', () => {
    const doc = pageDocument('{"a": "<b>"}', 'application/json');
    expect(doc).toContain('<pre style="white-space:pre-wrap">{&quot;a&quot;: &quot;&lt;b&gt;&quot;}</pre>');
  });
});
