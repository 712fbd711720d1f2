// The strongest fidelity check of the seam: the REAL docker CLI (28) and curl drive the simulated
// engine through `baleine engine`'s HTTP server on a unix socket.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEngine, type EngineServer } from '../../src/server/commands/engine';
import { simEngine } from '../client/sim-engine';

const run = promisify(execFile);
const hasDocker = existsSync('/usr/local/bin/docker') || existsSync('/usr/bin/docker');

describe.skipIf(!hasDocker)('real docker CLI against the simulated engine', () => {
  let server: EngineServer;
  const socket = join(tmpdir(), `baleine-engine-${process.pid}.sock`);
  const docker = async (...args: string[]) => {
    try {
      const r = await run('docker', ['-H', `unix://${socket}`, ...args], {
        timeout: 20_000,
        env: { ...process.env, DOCKER_CLI_HINTS: 'false' },
      });
      return { stdout: r.stdout, stderr: r.stderr, code: 0 };
    } catch (e) {
      const err = e as { stdout: string; stderr: string; code: number };
      return { stdout: err.stdout, stderr: err.stderr, code: err.code };
    }
  };

  beforeAll(async () => {
    server = await serveEngine(simEngine().router, socket);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('docker version shows the simulated engine behind API 1.41', async () => {
    const r = await docker(
      'version',
      '--format',
      '{{.Server.APIVersion}} {{.Server.Version}} {{.Server.Os}}',
    );
    expect(r.stdout).toBe('1.41 20.10.24+dfsg1 linux\n');
  });

  it('docker run prints the container output and returns its exit code', async () => {
    const ok = await docker('run', '--name', 'g-hello', 'busybox', 'echo', 'hello from the simulator');
    expect(ok).toMatchObject({ stdout: 'hello from the simulator\n', code: 0 });
    const code = await docker('run', '--rm', 'busybox', 'say', 'out', 'err', '3');
    expect(code).toMatchObject({ stdout: 'out\n', stderr: 'err\n', code: 3 });
  });

  it('docker ps, inspect and rm see the simulated state', async () => {
    const ps = await docker('ps', '-a', '--format', '{{.Names}} {{.Image}}');
    expect(ps.stdout).toBe('g-hello busybox\n');
    const state = await docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'g-hello');
    expect(state.stdout).toBe('exited 0\n');
    expect((await docker('rm', 'g-hello')).stdout).toBe('g-hello\n');
    const missing = await docker('rm', 'g-hello');
    expect(missing).toMatchObject({
      stderr: 'Error response from daemon: No such container: g-hello\n',
      code: 1,
    });
  });

  // dockerd quotes arguments containing spaces in a summary's Command (recorded: `echo 'hello from the simulator'`).
  it('ps shows Command with the arguments quoted as dockerd does', async () => {
    await docker('create', '--name', 'g-quote', 'busybox', 'echo', 'hello from the simulator');
    const ps = await docker('ps', '-a', '--no-trunc', '--filter', 'name=g-quote', '--format', '{{.Command}}');
    await docker('rm', 'g-quote');
    expect(ps.stdout).toBe('"echo \'hello from the simulator\'"\n');
  });

  it('docker exec works through a hijacked connection', async () => {
    // `cat` with an open stdin blocks without timers, so the virtual clock cannot end it.
    expect((await docker('run', '-d', '-i', '--name', 'g-bg', 'busybox', 'cat')).code).toBe(0);
    const ex = await docker('exec', 'g-bg', 'say', 'a', 'b', '4');
    expect(ex).toMatchObject({ stdout: 'a\n', stderr: 'b\n', code: 4 });
    expect((await docker('rm', '-f', 'g-bg')).stdout).toBe('g-bg\n');
  });

  it('docker events follows live events over a chunked stream', async () => {
    const events = spawn('docker', [
      '-H',
      `unix://${socket}`,
      'events',
      '--format',
      '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}',
    ]);
    let out = '';
    events.stdout.on('data', (b: Buffer) => (out += b.toString()));
    try {
      // the subscription is live once the CLI's request reached the engine
      await new Promise((r) => setTimeout(r, 500));
      await docker('create', '--name', 'g-live', 'busybox', 'true');
      await docker('rm', 'g-live');
      for (let i = 0; i < 50 && !out.includes('destroy'); i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      events.kill();
    }
    expect(out).toBe('container create g-live\ncontainer destroy g-live\n');
  });

  it('curl --unix-socket reaches the same router', async () => {
    const ping = await run('curl', ['-s', '--unix-socket', socket, 'http://localhost/_ping']);
    expect(ping.stdout).toBe('OK');
    const missing = await run('curl', [
      '-s',
      '-w',
      ' %{http_code}',
      '--unix-socket',
      socket,
      'http://localhost/containers/g-none/json',
    ]);
    expect(missing.stdout).toBe('{"message":"No such container: g-none"}\n 404');
    const nf = await run('curl', ['-s', '--unix-socket', socket, 'http://localhost/nope']);
    expect(nf.stdout).toBe('{"message":"page not found"}\n');
  });
});
