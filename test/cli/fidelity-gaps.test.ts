// Behaviours the golden replay showed missing, each checked through the CLI on the simulated engine
// (the texts are those recorded from docker CLI 28 + dockerd 20.10 on this machine).

import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { naturalCompare, naturalLess } from '../../src/cli/go/sortorder';
import { simEngine } from '../client/sim-engine';
import { runDocker } from './harness';

function setup() {
  const sim = simEngine(11);
  const client = sim.client as unknown as EngineApi;
  return (...argv: string[]) => runDocker(argv, { client, now: sim.clock.now() });
}

describe('docker version --format', () => {
  it('reads Go field names and prints structs as fmt does', async () => {
    const docker = setup();
    expect((await docker('version', '--format', '{{.Server.APIVersion}}')).stdout).toBe('1.41\n');
    expect((await docker('version', '--format', '{{.Client}}')).stdout).toMatch(
      /^\{<nil> 28\.2\.2 1\.41 1\.50 \S+ go\S+ linux amd64 .+ default\}\n$/,
    );
    const json = JSON.parse((await docker('version', '--format', '{{json .}}')).stdout) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(json)).toEqual(['Client', 'Server']);
    expect(Object.keys(json.Client).slice(0, 3)).toEqual(['Version', 'ApiVersion', 'DefaultAPIVersion']);
    expect(json.Server.ApiVersion).toBe('1.41');
  });

  it('fails on an unknown field after printing what it wrote, with the template named version', async () => {
    const docker = setup();
    expect(await docker('version', '--format', 'x{{.Nope}}')).toEqual({
      stdout: 'x\n',
      stderr:
        'template: version:1:3: executing "version" at <.Nope>: can\'t evaluate field Nope in type system.versionInfo\n',
      exit: 1,
    });
    expect(await docker('version', '--format', '{{.Server.ApiVersion}}')).toMatchObject({
      stderr: expect.stringContaining("can't evaluate field ApiVersion in type *types.Version") as string,
      exit: 1,
    });
    expect(await docker('version', '--format', '{{.Foo')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
      exit: 64,
    });
  });
});

describe('docker inspect --type', () => {
  it("names Docker's object types when the type is unknown", async () => {
    const docker = setup();
    expect(await docker('inspect', '--type', 'bogus', 'x')).toEqual({
      stdout: '',
      stderr:
        'unknown type: "bogus": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
      exit: 1,
    });
  });
});

describe('docker port', () => {
  it('sorts mappings naturally (80 before 443)', async () => {
    const docker = setup();
    await docker(
      'run',
      '-d',
      '--name',
      'multi',
      '-p',
      '18084:443',
      '-p',
      '18083:80',
      'busybox',
      'sleep',
      '100',
    );
    expect((await docker('port', 'multi')).stdout).toBe(
      '80/tcp -> 0.0.0.0:18083\n80/tcp -> [::]:18083\n443/tcp -> 0.0.0.0:18084\n443/tcp -> [::]:18084\n',
    );
  });

  it('naturalLess follows sortorder', () => {
    expect(naturalLess('80/tcp', '443/tcp')).toBe(true);
    expect(naturalLess('443/tcp', '80/tcp')).toBe(false);
    expect(naturalLess('a2', 'a02')).toBe(true);
    expect(naturalLess('1a', 'a')).toBe(true);
    expect(['b10', 'b9', 'a', 'b1'].sort(naturalCompare)).toEqual(['a', 'b1', 'b9', 'b10']);
  });
});

describe('engine behaviours seen through the CLI', () => {
  it('lists containers created in the same instant newest first', async () => {
    const docker = setup();
    for (const n of ['c1', 'c2', 'c3']) await docker('create', '--name', n, 'busybox', 'true');
    expect((await docker('ps', '-a', '--format', '{{.Names}}')).stdout).toBe('c3\nc2\nc1\n');
    expect((await docker('ps', '-l', '--format', '{{.Names}}')).stdout).toBe('c3\n');
  });

  it('marshals labels as a Go map, keys sorted', async () => {
    const docker = setup();
    await docker('create', '--name', 'lab', '--label', 'tier=front', '--label', 'app=web', 'busybox', 'true');
    expect((await docker('inspect', '-f', '{{json .Config.Labels}}', 'lab')).stdout).toBe(
      '{"app":"web","tier":"front"}\n',
    );
  });

  it('refuses a memory update above the swap limit unless the swap changes too', async () => {
    const docker = setup();
    await docker('create', '--name', 'upd', 'busybox', 'true');
    const r = await docker('update', '--memory', '64m', 'upd');
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(
      /^Error response from daemon: Cannot update container [0-9a-f]{64}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time\n$/,
    );
    expect((await docker('update', '--memory', '64m', '--memory-swap', '128m', 'upd')).stdout).toBe('upd\n');
    expect((await docker('update', '--memory', '100m', 'upd')).exit).toBe(0);
    await docker('create', '--name', 'swap', '--memory', '32m', 'busybox', 'true');
    expect((await docker('inspect', '-f', '{{.HostConfig.MemorySwap}}', 'swap')).stdout).toBe('67108864\n');
  });

  it('rejects a -v mode dockerd does not know, at create', async () => {
    const docker = setup();
    const r = await docker('create', '-v', 'relative:/x:bogus', 'busybox', 'true');
    expect(r).toEqual({ stdout: '', stderr: 'Error response from daemon: invalid mode: bogus\n', exit: 1 });
    expect((await docker('create', '-v', 'data:/x:ro,z,nocopy', 'busybox', 'true')).exit).toBe(0);
    expect((await docker('create', '-v', 'data:/x:ro,rw', 'busybox', 'true')).stderr).toContain(
      'invalid mode: ro,rw',
    );
  });

  it('keeps a volume without labels or options at null', async () => {
    const docker = setup();
    await docker('volume', 'create', 'v0');
    expect((await docker('volume', 'inspect', '-f', '{{json .Labels}} {{json .Options}}', 'v0')).stdout).toBe(
      'null null\n',
    );
    await docker('volume', 'create', '--label', 'b=2', '--label', 'a=1', 'v1');
    expect((await docker('volume', 'inspect', '-f', '{{json .Labels}}', 'v1')).stdout).toBe(
      '{"a":"1","b":"2"}\n',
    );
  });
});
