// Differential test of the seam: the real docker CLI 28 runs the same commands against the real
// dockerd and against the simulator (served by `baleine engine`'s HTTP server), and their outputs
// must agree after the golden normalisation (ids, times, sizes) and with table padding collapsed.
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEngine, type EngineServer } from '../../src/server/commands/engine';
import { simEngine } from '../client/sim-engine';
import { normaliseText } from '../golden-replay/normalise';
import { DOCKER_SOCK, realEngineAnswers } from './engines';

const run = promisify(execFile);

/** Commands whose outputs differ today, with the reason; run with it.fails so a fix shows up. */
const KNOWN: Record<string, string> = {};

const COMMANDS: string[][] = [
  ['create', '--name', 'g-diff-a', '--label', 'k=v', 'busybox', 'echo', 'hello'],
  ['start', '-a', 'g-diff-a'],
  ['logs', 'g-diff-a'],
  ['logs', '--tail', '0', 'g-diff-a'],
  ['wait', 'g-diff-a'],
  ['ps', '-a', '--filter', 'name=g-diff', '--format', '{{.Names}}|{{.Image}}|{{.Command}}|{{.Labels}}'],
  ['ps', '-a', '--filter', 'name=g-diff', '--filter', 'status=exited', '-q'],
  [
    'inspect',
    '-f',
    '{{.State.Status}} {{.State.ExitCode}} {{.Config.Cmd}} {{.Name}} {{.Path}} {{.Args}}',
    'g-diff-a',
  ],
  [
    'inspect',
    '-f',
    '{{.HostConfig.NetworkMode}} {{.HostConfig.RestartPolicy.Name}} {{.RestartCount}} {{.Driver}}',
    'g-diff-a',
  ],
  ['container', 'inspect', '-f', '{{.Config.Tty}} {{.Config.OpenStdin}} {{.Config.Labels}}', 'g-diff-a'],
  ['port', 'g-diff-a'],
  ['port', 'g-diff-a', '80'],
  ['rename', 'g-diff-a', 'g-diff-b'],
  ['rm', 'g-diff-b'],
  ['rm', 'g-diff-b'],
  ['start', 'g-diff-nope'],
  ['inspect', 'g-diff-nope'],
  ['run', '--rm', 'busybox', 'false'],
  ['run', '--rm', 'busybox', 'echo', 'a b'],
  ['run', '--rm', '-t', 'busybox', 'echo', 'with a tty'],
  ['run', '--rm', 'busybox', 'nosuchcommand'],
  ['create', '--name', 'a/b', 'busybox'],
  ['run', '--name', 'g-diff-a', 'busybox', 'true'],
  ['run', '--name', 'g-diff-a', 'busybox', 'true'],
  ['rm', 'g-diff-a'],
  ['run', '-d', '-i', '--name', 'g-diff-run', 'busybox', 'cat'],
  ['start', 'g-diff-run'],
  ['exec', 'g-diff-run', 'echo', 'from exec'],
  ['pause', 'g-diff-run'],
  ['pause', 'g-diff-run'],
  ['ps', '--filter', 'name=g-diff-run', '--format', '{{.Names}} {{.State}}'],
  ['unpause', 'g-diff-run'],
  ['unpause', 'g-diff-run'],
  ['rm', 'g-diff-run'],
  ['cp', 'g-diff-run:/g-diff-nope', '-'],
  ['diff', 'g-diff-run'],
  ['stats', '--no-stream', '--format', '{{.Name}}', 'g-diff-run'],
  ['update', '--restart', 'always', 'g-diff-run'],
  ['inspect', '-f', '{{.HostConfig.RestartPolicy.Name}}', 'g-diff-run'],
  ['update', '--restart', 'bogus', 'g-diff-run'],
  ['exec', 'g-diff-run', 'g-diff-nocmd'],
  ['exec', 'g-diff-nope', 'true'],
  ['update', '--restart', 'no', 'g-diff-run'],
  ['kill', 'g-diff-run'],
  ['kill', 'g-diff-run'],
  ['rm', 'g-diff-run'],
  ['images', 'busybox', '--format', '{{.Repository}}:{{.Tag}}'],
  ['tag', 'busybox', 'g-diff-img:1'],
  ['images', 'g-diff-img', '--format', '{{.Repository}}:{{.Tag}}'],
  ['image', 'inspect', '-f', '{{.RepoTags}} {{.Os}} {{.Architecture}}', 'g-diff-img:1'],
  ['rmi', 'g-diff-img:1'],
  ['rmi', 'g-diff-img:1'],
  ['history', '--format', '{{.CreatedBy}}', 'g-diff-nope'],
  ['container', 'prune', '-f', '--filter', 'label=g-diff-nothing'],
];

interface Out {
  stdout: string;
  stderr: string;
  code: number;
}

async function docker(host: string, args: string[]): Promise<Out> {
  try {
    const r = await run('docker', ['-H', host, ...args], {
      timeout: 30_000,
      env: { ...process.env, DOCKER_CLI_HINTS: 'false' },
    });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number };
    return {
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
      code: typeof err.code === 'number' ? err.code : -1,
    };
  }
}

function norm(o: Out): Out {
  const squash = (s: string) => normaliseText(s).replace(/ {2,}/g, '  ');
  return { stdout: squash(o.stdout), stderr: squash(o.stderr), code: o.code };
}

describe
  .skipIf(!realEngineAnswers())
  .sequential('the real docker CLI gives the same output on dockerd and on the simulator', () => {
    let server: EngineServer;
    const socket = join(tmpdir(), `baleine-diff-${process.pid}.sock`);
    const real = `unix://${DOCKER_SOCK}`;
    const sim = `unix://${socket}`;

    beforeAll(async () => {
      server = await serveEngine(simEngine().router, socket);
      await docker(real, ['rm', '-f', 'g-diff-a', 'g-diff-b', 'g-diff-run']);
      await docker(real, ['rmi', 'g-diff-img:1']);
      await docker(real, ['rm', '-f', 'g-head-diff']);
      await Promise.all([
        docker(real, ['create', '--name', 'g-head-diff', 'busybox']),
        docker(sim, ['create', '--name', 'g-head-diff', 'busybox']),
      ]);
    });
    afterAll(async () => {
      await docker(real, ['rm', '-f', 'g-diff-a', 'g-diff-b', 'g-diff-run', 'g-head-diff']);
      await server?.close();
    });

    const CURLS: string[][] = [
      ['-i', 'http://localhost/_ping'],
      ['-I', 'http://localhost/_ping'],
      ['-i', 'http://localhost/v1.99/version'],
      ['-i', 'http://localhost/nope'],
      ['-i', 'http://localhost/containers/g-diff-nope/json'],
      ['-i', '-X', 'DELETE', 'http://localhost/containers/g-diff-nope'],
      ['-i', 'http://localhost/containers/json?filters=notjson'],
      ['-I', 'http://localhost/containers/g-head-diff/archive?path=/bin'],
      ['-i', '-X', 'POST', 'http://localhost/containers/g-diff-nope/wait'],
    ];
    for (const args of CURLS) {
      const line = `curl ${args.join(' ')}`;
      const known = KNOWN[line];
      (known ? it.fails : it)(known ? `${line} (known difference: ${known})` : line, async () => {
        // The stat header is base64 JSON: compared decoded, with its mtime masked.
        const stat = (b64: string) =>
          JSON.stringify({ ...(JSON.parse(atob(b64)) as object), mtime: '<time>' });
        const curl = async (sock: string) =>
          (await run('curl', ['-s', '--unix-socket', sock, ...args])).stdout
            .replace(/^Date: .*$/m, 'Date: <date>')
            .replace(
              /^(X-Docker-Container-Path-Stat): (\S+)/m,
              (_m, k: string, v: string) => `${k}: ${stat(v)}`,
            );
        const [r, s] = await Promise.all([curl(DOCKER_SOCK), curl(socket)]);
        expect(s).toBe(r);
      });
    }

    for (const args of COMMANDS) {
      const line = `docker ${args.join(' ')}`;
      const known = KNOWN[line];
      (known ? it.fails : it)(known ? `${line} (known difference: ${known})` : line, async () => {
        const [r, s] = await Promise.all([docker(real, args), docker(sim, args)]);
        expect(norm(s)).toEqual(norm(r));
      });
    }
  });
