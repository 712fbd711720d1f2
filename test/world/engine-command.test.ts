// `baleine engine --socket PATH`: the real docker CLI of this machine drives the simulated engine.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const socket = join(mkdtempSync(join(tmpdir(), 'baleine-engine-')), 'docker.sock');
let engine: ChildProcess | null = null;

afterAll(() => {
  engine?.kill('SIGTERM');
});

async function waitFor(path: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > end) throw new Error(`no socket at ${path}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('baleine engine', () => {
  it('serves the simulated engine to the real docker CLI', async () => {
    engine = spawn(
      join('node_modules', '.bin', 'tsx'),
      ['src/server/main.ts', 'engine', '--socket', socket],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    await waitFor(socket, 30_000);
    const docker = (...args: string[]) => run('docker', ['-H', `unix://${socket}`, ...args]);
    const r = await docker('run', '--rm', 'busybox', 'echo', 'depuis le vrai client');
    expect(r.stdout).toBe('depuis le vrai client\n');
    expect(r.stderr).toContain("Unable to find image 'busybox:latest' locally");
    const v = await docker('version', '--format', '{{.Server.APIVersion}}');
    expect(v.stdout).toBe('1.41\n');
  });

  it('asks for the socket in French', async () => {
    const r = await run(join('node_modules', '.bin', 'tsx'), ['src/server/main.ts', 'engine']).catch(
      (e) => e,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('il faut indiquer le socket');
  });
});
