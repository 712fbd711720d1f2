// `baleine serve` answers /embed with the embed page (a course site's iframe address), not the app.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/commands/serve';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'baleine-embed-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), 'app');
  writeFileSync(join(root, 'embed.html'), 'embed');
  server = await startServer(root, 0);
});

afterAll(async () => {
  server.server.closeAllConnections();
  await new Promise((r) => server.server.close(r));
  rmSync(root, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await fetch(new URL(path, server.url));
  return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
};

describe('the embed route', () => {
  it('serves embed.html at /embed, with its query string', async () => {
    expect(await get('/embed?lesson=01-premiers-pas&step=nommer')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: 'embed',
    });
    expect((await get('/embed.html?lesson=01-premiers-pas')).body).toBe('embed');
  });

  it('leaves the other paths to the app', async () => {
    expect((await get('/')).body).toBe('app');
    expect((await get('/embedded')).body).toBe('app');
  });
});
