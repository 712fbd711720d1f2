// Behaviours the golden replay showed missing, each checked through the CLI on the simulated engine
// (the texts are those recorded from docker CLI 28 + dockerd 20.10 on this machine).

import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { eventMessage } from '../../src/cli/format/events';
import { goTimeOfRfc3339 } from '../../src/cli/format/units';
import { naturalCompare, naturalLess } from '../../src/cli/go/sortorder';
import { ramInBytes } from '../../src/cli/opts/units';
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

describe('docker inspect --type on an engine outside a swarm', () => {
  it("answers with the daemon's error for that kind", async () => {
    const docker = setup();
    expect(await docker('inspect', '--type', 'node', 'n1')).toEqual({
      stdout: '[]\n',
      stderr:
        'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
      exit: 1,
    });
    expect((await docker('inspect', '--type', 'plugin', 'p1')).stderr).toBe(
      'Error response from daemon: plugin "p1" not found\n',
    );
    expect((await docker('inspect', '--type', 'container', 'c1')).stderr).toBe(
      'Error response from daemon: No such container: c1\n',
    );
    expect((await docker('inspect', 'c1')).stderr).toBe('Error: No such object: c1\n');
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

describe('formats the 13-formats recording covers', () => {
  it('asks for sizes when {{json .}} reads every field, not for the json shorthand', async () => {
    const docker = setup();
    await docker('create', '--name', 'sized', 'busybox', 'true');
    const json = (await docker('ps', '-a', '--format', '{{json .}}')).stdout;
    expect(JSON.parse(json).Size).toMatch(/^0B \(virtual [\d.]+[kMG]?B\)$/);
    expect(JSON.parse((await docker('ps', '-a', '--format', 'json')).stdout).Size).toBe('0B');
    expect((await docker('ps', '-a', '--format', '{{.Names}}{{if false}}{{.Size}}{{end}}')).stdout).toBe(
      'sized\n',
    );
  });

  it('filters ps by published host port and by exposed port', async () => {
    const docker = setup();
    await docker('run', '-d', '--name', 'pub', '-p', '18300:80', 'busybox', 'sleep', '100');
    await docker('create', '--name', 'nopub', 'busybox', 'true');
    const names = async (f: string) =>
      (await docker('ps', '-a', '--filter', f, '--format', '{{.Names}}')).stdout;
    expect(await names('publish=80')).toBe('');
    expect(await names('publish=18300')).toBe('pub\n');
    expect(await names('publish=18290-18310/tcp')).toBe('pub\n');
    expect(await names('publish=18300/udp')).toBe('');
    expect(await names('expose=80')).toBe('pub\n');
    expect(await docker('ps', '--filter', 'publish=1:2')).toMatchObject({
      stderr: "Error response from daemon: filter for 'publish' should not contain ':': 1:2\n",
      exit: 1,
    });
    expect((await docker('ps', '--filter', 'publish=abc')).stderr).toBe(
      'Error response from daemon: error while looking up for publish abc: strconv.ParseUint: parsing "abc": invalid syntax\n',
    );
  });

  it('runs events templates on events.Message (legacy status, struct print, exit 64 on errors)', async () => {
    const docker = setup();
    await docker('create', '--name', 'evc', 'busybox', 'true');
    const events = (format: string, filter: string) =>
      docker(
        'events',
        '--since',
        '0',
        '--until',
        String(Date.now() / 1000 + 3600),
        '--filter',
        filter,
        '--format',
        format,
      );
    expect((await events('{{.Type}} {{.Status}} {{.Actor.Attributes.name}}', 'container=evc')).stdout).toBe(
      'container create evc\n',
    );
    expect((await events('{{.}}', 'container=evc')).stdout).toMatch(
      /^\{create [0-9a-f]{64} busybox container create \{[0-9a-f]{64} map\[image:busybox name:evc\]\} local \d+ \d+\}\n$/,
    );
    const volumeEvent = eventMessage({
      Type: 'volume',
      Action: 'create',
      Actor: { ID: 'v', Attributes: { driver: 'local' } },
      scope: 'local',
      time: 1,
      timeNano: 1_000_000_000,
    });
    expect(Object.keys(volumeEvent.toJSON() as object)).toEqual([
      'Type',
      'Action',
      'Actor',
      'scope',
      'time',
      'timeNano',
    ]);
    expect(Object.keys(JSON.parse((await events('json', 'container=evc')).stdout)).slice(0, 5)).toEqual([
      'status',
      'id',
      'from',
      'Type',
      'Action',
    ]);
    expect(await events('{{.Nope}}', 'container=evc')).toEqual({
      stdout: '',
      stderr:
        'Error parsing format: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *events.Message\n',
      exit: 64,
    });
  });

  it('prints the CLI 28 fields of network and volume listings', async () => {
    const docker = setup();
    const net = JSON.parse(
      (await docker('network', 'ls', '--filter', 'name=none', '--format', 'json')).stdout,
    );
    expect(net.IPv4).toBe('false');
    expect(net.CreatedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d*[1-9])? \+0000 UTC$/);
    await docker('volume', 'create', 'fmtvol');
    expect(
      (
        await docker(
          'volume',
          'ls',
          '--format',
          'table {{.Name}}\t{{.Group}}\t{{.Availability}}\t{{.Status}}',
        )
      ).stdout,
    ).toBe('VOLUME NAME   GROUP     AVAILABILITY   STATUS\nfmtvol        N/A       N/A            N/A\n');
  });

  it("renders API times as Go's time.Time String()", () => {
    expect(goTimeOfRfc3339('2026-11-23T09:00:42.646947137Z')).toBe('2026-11-23 09:00:42.646947137 +0000 UTC');
    expect(goTimeOfRfc3339('2026-11-23T09:00:42.500000000Z')).toBe('2026-11-23 09:00:42.5 +0000 UTC');
    expect(goTimeOfRfc3339('2026-11-23T09:00:42Z')).toBe('2026-11-23 09:00:42 +0000 UTC');
    expect(goTimeOfRfc3339('2026-11-23T10:00:42.25+01:00')).toBe('2026-11-23 09:00:42.25 +0000 UTC');
  });
});

describe('inspect templates', () => {
  it('refuses a template that does not parse before looking anything up (exit 64)', async () => {
    const docker = setup();
    expect(await docker('inspect', '-f', '{{.Nope', 'nothing-here')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exit: 64,
    });
  });

  it("words index errors as Go 1.24's text/template does", async () => {
    const docker = setup();
    await docker('create', '--name', 'idx', 'busybox', 'true');
    const err = async (f: string) => (await docker('inspect', '-f', f, 'idx')).stderr;
    expect(await err('{{index .Config.Labels 1}}')).toContain(
      'error calling index: value has type int; should be string',
    );
    expect(await err('{{index .Config.Cmd "a"}}')).toContain(
      'error calling index: cannot index slice/array with type string',
    );
    expect(await err('{{index .Config.Cmd nil}}')).toContain(
      'error calling index: cannot index slice/array with nil',
    );
  });
});

describe('docker rename', () => {
  it("prints the daemon's error, then its own, and trims the names as docker/cli does", async () => {
    const docker = setup();
    expect(await docker('rename', 'ghost', 'other')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: No such container: ghost\nError: failed to rename container named ghost\n',
      exit: 1,
    });
    expect(await docker('rename', 'ghost', ' ')).toEqual({
      stdout: '',
      stderr: 'Error: Neither old nor new names may be empty\n',
      exit: 1,
    });
    await docker('create', '--name', 'first', 'busybox', 'true');
    expect((await docker('rename', ' first', 'second ')).exit).toBe(0);
    expect((await docker('ps', '-a', '--format', '{{.Names}}')).stdout).toBe('second\n');
  });
});

describe('run options recorded in 15-run-options', () => {
  it('parses sizes as go-units does', () => {
    const err = (v: string) => {
      try {
        return String(ramInBytes(v));
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(err('64X')).toBe("invalid suffix: 'x'");
    expect(err('64xyzw')).toBe("invalid suffix: 'xyzw'");
    expect(err('abc')).toBe("invalid size: 'abc'");
    expect(err('1.2.3m')).toBe('strconv.ParseFloat: parsing "1.2.3": invalid syntax');
    expect(err('-5m')).toBe("invalid size: '-5m'");
    expect(err('10kx')).toBe("invalid suffix: 'kx'");
    expect(err('10 m')).toBe('10485760');
    expect(err('10KiB')).toBe('10240');
  });

  it('exits 125 on an option error even when it names a missing file', async () => {
    const docker = setup();
    expect(await docker('run', '--rm', '--env-file', '/nothere', 'busybox', 'true')).toMatchObject({
      stderr:
        "docker: open /nothere: no such file or directory\n\nRun 'docker run --help' for more information\n",
      exit: 125,
    });
  });

  it('refuses more CPUs than the host has', async () => {
    const docker = setup();
    expect((await docker('create', '--cpus', '99', 'busybox', 'true')).stderr).toBe(
      'Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available\n',
    );
  });

  it('checks a logs --since value in the client', async () => {
    const docker = setup();
    await docker('create', '--name', 'logged', 'busybox', 'true');
    expect(await docker('logs', '--since', 'bogus', 'logged')).toEqual({
      stdout: '',
      stderr: 'invalid value for "since": failed to parse value as time or duration: "bogus"\n',
      exit: 1,
    });
  });

  it('runs docker top with ps -o columns, merging what overhangs as moby does', async () => {
    const docker = setup();
    await docker('run', '-d', '--name', 'topped', 'busybox', 'sleep', '1000');
    const top = await docker('top', 'topped', '-o', 'pid,comm,args,stat');
    const [head, row] = top.stdout.split('\n');
    expect(head.split(/\s+/)).toEqual(['PID', 'COMMAND', 'COMMAND', 'STAT']);
    expect(row.split(/\s{2,}/).slice(1)).toEqual(['sleep', 'sleep', '1000 S']);
    expect((await docker('top', 'topped', '-eo', 'comm')).stderr).toBe(
      "Error response from daemon: Couldn't find PID field in ps output\n",
    );
  });
});
