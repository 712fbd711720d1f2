// The docker CLI driving the simulated engine through EngineClient (in-process transport): the
// whole chain the student's terminal uses.

import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { simEngine } from '../client/sim-engine';
import { runDocker } from './harness';

function setup() {
  const sim = simEngine(7);
  const client = sim.client as unknown as EngineApi;
  const docker = (...argv: string[]) => runDocker(argv, { client, now: sim.clock.now() });
  return { sim, docker };
}

describe('docker CLI on the simulated engine', () => {
  it('runs a container attached and returns its exit code', async () => {
    const { docker } = setup();
    const r = await docker('run', '--name', 'hello', 'busybox', 'say', 'out', 'err', '3');
    expect(r).toEqual({ stdout: 'out\n', stderr: 'err\n', exit: 3 });
    const ps = await docker('ps', '-a', '--format', '{{.Names}} {{.State}} {{.Command}}');
    expect(ps.stdout).toBe('hello exited "say out err 3"\n');
  });

  it('runs detached, lists, stops and removes', async () => {
    const { docker } = setup();
    const run = await docker('run', '-d', '--name', 'web', '-p', '8080:80', 'busybox', 'sleep', '1000');
    expect(run.exit).toBe(0);
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const ps = await docker('ps');
    expect(ps.stdout.split('\n')[0]).toMatch(
      /^CONTAINER ID {3}IMAGE {5}COMMAND {8}CREATED +STATUS +PORTS +NAMES$/,
    );
    expect(ps.stdout).toContain('"sleep 1000"');
    expect(ps.stdout).toContain(' web\n');
    expect((await docker('stop', 'web')).stdout).toBe('web\n');
    expect((await docker('rm', 'web')).stdout).toBe('web\n');
    expect(await docker('rm', 'web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: web\n',
      exit: 1,
    });
  });

  it('cleans up with --rm and sends port bindings', async () => {
    const { docker } = setup();
    expect((await docker('run', '--rm', 'busybox', 'echo', 'hi')).stdout).toBe('hi\n');
    expect((await docker('ps', '-aq')).stdout).toBe('');
    await docker('run', '-d', '--name', 'pp', '-p', '127.0.0.1:9000:90', 'busybox', 'sleep', '100');
    // Publishing itself is the network's work; the CLI's part is the request it sends.
    expect((await docker('inspect', '-f', '{{json .HostConfig.PortBindings}}', 'pp')).stdout).toBe(
      '{"90/tcp":[{"HostIp":"127.0.0.1","HostPort":"9000"}]}\n',
    );
    expect((await docker('inspect', '-f', '{{.State.Status}} {{.Name}}', 'pp')).stdout).toBe('running /pp\n');
  });

  it("answers a missing command with 127 and Docker's wrapper", async () => {
    const { docker } = setup();
    const r = await docker('run', 'busybox', 'nonexistent-cmd');
    expect(r.exit).toBe(127);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: .*executable file not found.*\n\nRun 'docker run --help' for more information\n$/,
    );
  });
});

describe('docker CLI on the simulated engine: logs, exec, lifecycle', () => {
  it('shows logs, runs exec, pauses and kills', async () => {
    const { docker } = setup();
    await docker('run', '--name', 'talk', 'busybox', 'say', 'out', 'err', '0');
    const logs = await docker('logs', 'talk');
    expect(logs).toEqual({ stdout: 'out\n', stderr: 'err\n', exit: 0 });
    await docker('run', '-d', '--name', 'svc', 'busybox', 'sleep', '1000');
    const exec = await docker('exec', 'svc', 'echo', 'inside');
    expect(exec).toEqual({ stdout: 'inside\n', stderr: '', exit: 0 });
    expect((await docker('pause', 'svc')).stdout).toBe('svc\n');
    expect((await docker('ps', '--format', '{{.Names}} {{.State}}')).stdout).toBe('svc paused\n');
    expect((await docker('unpause', 'svc')).stdout).toBe('svc\n');
    expect((await docker('kill', 'svc')).stdout).toBe('svc\n');
    expect((await docker('rm', '-f', 'talk', 'svc')).stdout).toBe('talk\nsvc\n');
  });
});
