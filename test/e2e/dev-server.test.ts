// The Vite dev server (`npm run dev`) serves the Hub's blobs as the bytes on disk: no Content-Encoding,
// so the browser does not inflate them and a pull's digest check passes, as with the built app.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
});

describe('dev server', () => {
  const blob = readdirSync('public/hub/blobs').find((f) => f.endsWith('.tar.gz'))!;

  it('serves a Hub blob without Content-Encoding, as application/octet-stream', async () => {
    const res = await fetch(`${base}/hub/blobs/${blob}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // The blob's name is the sha256 of its bytes, which is what the pull verifies.
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(blob.replace('.tar.gz', ''));
    expect(bytes.length).toBe(readFileSync(`public/hub/blobs/${blob}`).length);
  });

  it('answers HEAD with the length and a missing blob with 404', async () => {
    const head = await fetch(`${base}/hub/blobs/${blob}`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(readFileSync(`public/hub/blobs/${blob}`).length));
    const missing = await fetch(`${base}/hub/blobs/${'0'.repeat(64)}.tar.gz`);
    expect(missing.status).toBe(404);
  });
});
