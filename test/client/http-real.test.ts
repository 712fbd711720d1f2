// EngineClient over the HTTP transport against the real dockerd (real mode's path): JSON calls,
// typed errors, multiplexed logs, hijacked attach and exec with stdin (HTTP 101), the wait handshake
// `docker run` relies on, archives and events.
import { describe, expect, it } from 'vitest';
import { ClientError, EngineClient } from '../../src/client/engine-client';
import { EngineUnreachable } from '../../src/client/transport';
import { HttpTransport, parseDockerHost } from '../../src/client/transports/http';
import { DOCKER_SOCK, realEngineAnswers } from '../contract/engines';

async function collect<V>(it: AsyncIterable<V>): Promise<V[]> {
  const out: V[] = [];
  for await (const v of it) out.push(v);
  return out;
}

describe('parseDockerHost', () => {
  it('reads unix and tcp addresses', () => {
    expect(parseDockerHost('unix:///var/run/docker.sock')).toEqual({ socketPath: '/var/run/docker.sock' });
    expect(parseDockerHost('tcp://127.0.0.1:2375')).toEqual({ host: '127.0.0.1', port: 2375 });
    expect(parseDockerHost('/tmp/x.sock')).toEqual({ socketPath: '/tmp/x.sock' });
  });

  it("says Docker's words when nothing listens", async () => {
    const client = new EngineClient(new HttpTransport({ socketPath: '/tmp/baleine-nothing-here.sock' }));
    const err = await client.ping().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineUnreachable);
    expect((err as Error).message).toBe(
      'Cannot connect to the Docker daemon at unix:///tmp/baleine-nothing-here.sock. Is the docker daemon running?',
    );
  });
});

describe.skipIf(!realEngineAnswers()).sequential('EngineClient over HTTP against dockerd', () => {
  const client = new EngineClient(new HttpTransport({ socketPath: DOCKER_SOCK }));
  const clean = async () => {
    for (const n of ['g-client-a', 'g-client-cat', 'g-client-run'])
      await client.containerRemove(n, { force: true }).catch(() => {});
  };

  it('pings and reads the version', async () => {
    await clean();
    await client.ping();
    expect((await client.version()).ApiVersion).toBe('1.41');
  });

  it("rejects with Docker's status and message", async () => {
    const err = (await client.containerInspect('g-client-nope').catch((e: unknown) => e)) as ClientError;
    expect(err).toBeInstanceOf(ClientError);
    expect(err.status).toBe(404);
    expect(err.message).toBe('No such container: g-client-nope');
  });

  it('runs a container the way docker run does: attach, wait, start', async () => {
    await client.containerCreate(
      {
        Image: 'busybox',
        Cmd: ['sh', '-c', 'echo out; echo err >&2; exit 3'],
        AttachStdout: true,
        AttachStderr: true,
      },
      { name: 'g-client-a' },
    );
    const session = await client.containerAttach('g-client-a', {
      stream: true,
      stdin: false,
      stdout: true,
      stderr: true,
    });
    const { result } = await client.containerWaitStart('g-client-a', 'next-exit');
    await client.containerStart('g-client-a');
    const frames = await collect(session.output);
    expect(
      frames
        .filter((f) => f.stream === 'stdout')
        .map((f) => f.data)
        .join(''),
    ).toBe('out\n');
    expect(
      frames
        .filter((f) => f.stream === 'stderr')
        .map((f) => f.data)
        .join(''),
    ).toBe('err\n');
    expect(await result).toEqual({ Error: null, StatusCode: 3 });
    const logs = await collect(client.containerLogs('g-client-a', { stdout: true, stderr: true }));
    expect(logs.map((f) => `${f.stream}:${f.data}`).sort()).toEqual(['stderr:err\n', 'stdout:out\n']);
  });

  it('sends stdin through a hijacked attach', async () => {
    await client.containerCreate(
      {
        Image: 'busybox',
        Cmd: ['cat'],
        OpenStdin: true,
        StdinOnce: true,
        AttachStdin: true,
        AttachStdout: true,
      },
      { name: 'g-client-cat' },
    );
    const session = await client.containerAttach('g-client-cat', {
      stream: true,
      stdin: true,
      stdout: true,
      stderr: true,
    });
    const { result } = await client.containerWaitStart('g-client-cat', 'next-exit');
    await client.containerStart('g-client-cat');
    session.write('through the socket\n');
    session.closeWrite();
    const out = await collect(session.output);
    expect(out.map((f) => f.data).join('')).toBe('through the socket\n');
    expect((await result).StatusCode).toBe(0);
  });

  it('execs with stdin and reads the exit code', async () => {
    await client.containerCreate(
      { Image: 'busybox', Cmd: ['cat'], OpenStdin: true },
      { name: 'g-client-run' },
    );
    await client.containerStart('g-client-run');
    const { Id } = await client.execCreate('g-client-run', {
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Cmd: ['sh', '-c', 'read line; echo "got $line"; exit 5'],
    });
    const session = await client.execStart(Id, { detach: false, tty: false });
    session!.write('hello\n');
    const out = await collect(session!.output);
    expect(out.map((f) => f.data).join('')).toBe('got hello\n');
    expect((await client.execInspect(Id)).ExitCode).toBe(5);
  });

  it('copies a file out of a container and streams its events', async () => {
    const since = String(Math.floor(Date.now() / 1000) - 1);
    const { stat, tar } = await client.containerArchiveGet('g-client-run', '/bin/busybox');
    expect(stat.name).toBe('busybox');
    expect(new TextDecoder().decode(tar.slice(0, 7))).toBe('busybox');
    await client.containerRemove('g-client-run', { force: true });
    const until = String(Math.floor(Date.now() / 1000) + 1);
    const events = await collect(
      client.events({
        since,
        until,
        filters: { container: { 'g-client-run': true }, event: { destroy: true } },
      }),
    );
    expect(events.map((e) => e.Action)).toEqual(['destroy']);
    await clean();
  });
});
