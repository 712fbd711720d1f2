import { describe, expect, it } from 'vitest';
import { ClientError } from '../../src/client/engine-client';
import { simEngine } from './sim-engine';

async function collect<V>(it: AsyncIterable<V>): Promise<V[]> {
  const out: V[] = [];
  for await (const v of it) out.push(v);
  return out;
}

describe('EngineClient over the in-process transport and the simulated daemon', () => {
  it('pings and reports the engine version', async () => {
    const { client } = simEngine();
    await client.ping();
    const v = await client.version();
    expect(v.ApiVersion).toBe('1.41');
    expect(v.Os).toBe('linux');
  });

  it('runs a container: create, wait, start, logs with stdout and stderr apart', async () => {
    const { client } = simEngine();
    const { Id, Warnings } = await client.containerCreate(
      { Image: 'busybox', Cmd: ['say', 'out1', 'err1', '3'] },
      { name: 'g-run' },
    );
    expect(Id).toMatch(/^[0-9a-f]{64}$/);
    expect(Warnings).toEqual([]);
    const { result } = await client.containerWaitStart('g-run', 'next-exit');
    await client.containerStart('g-run');
    expect(await result).toEqual({ Error: null, StatusCode: 3 });
    const frames = await collect(client.containerLogs('g-run', { stdout: true, stderr: true }));
    expect(frames).toEqual([
      { stream: 'stdout', data: 'out1\n' },
      { stream: 'stderr', data: 'err1\n' },
    ]);
    const only = await collect(client.containerLogs('g-run', { stderr: true }));
    expect(only).toEqual([{ stream: 'stderr', data: 'err1\n' }]);
    const inspect = await client.containerInspect('g-run');
    expect(inspect.State.Status).toBe('exited');
    expect(inspect.State.ExitCode).toBe(3);
    expect(inspect.Name).toBe('/g-run');
  });

  it('lists with filters in the CLI form and in the API form', async () => {
    const { client } = simEngine();
    await client.containerCreate(
      { Image: 'busybox', Cmd: ['true'], Labels: { tier: 'front' } },
      { name: 'g-a' },
    );
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-b' });
    const cliForm = await client.containerList({ all: true, filters: { label: { 'tier=front': true } } });
    expect(cliForm.map((c) => c.Names[0])).toEqual(['/g-a']);
    const apiForm = await client.containerList({ all: true, filters: { name: ['g-b'] } });
    expect(apiForm.map((c) => c.Names[0])).toEqual(['/g-b']);
    expect(await client.containerList()).toEqual([]);
  });

  it("rejects with ClientError carrying the status and Docker's message", async () => {
    const { client } = simEngine();
    const err = await client.containerInspect('g-nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClientError);
    expect((err as ClientError).status).toBe(404);
    expect((err as ClientError).message).toBe('No such container: g-nope');
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-dup' });
    const dup = await client
      .containerCreate({ Image: 'busybox' }, { name: 'g-dup' })
      .catch((e: unknown) => e);
    expect((dup as ClientError).status).toBe(409);
    expect((dup as ClientError).message).toMatch(
      /^Conflict\. The container name "\/g-dup" is already in use by container "[0-9a-f]{64}"\./,
    );
    const started = await client.containerStop('g-dup').catch((e: unknown) => e);
    expect((started as ClientError).status).toBe(304);
  });

  it('attaches with stdin and gets the output back', async () => {
    const { client } = simEngine();
    await client.containerCreate(
      { Image: 'busybox', Cmd: ['cat'], OpenStdin: true, StdinOnce: true, AttachStdin: true },
      { name: 'g-cat' },
    );
    const session = await client.containerAttach('g-cat', {
      stream: true,
      stdin: true,
      stdout: true,
      stderr: true,
    });
    const { result } = await client.containerWaitStart('g-cat', 'next-exit');
    await client.containerStart('g-cat');
    session.write('hello\n');
    session.closeWrite();
    const out = await collect(session.output);
    expect(out.map((f) => f.data).join('')).toBe('hello\n');
    expect((await result).StatusCode).toBe(0);
  });

  it('execs a command in a running container', async () => {
    const { client } = simEngine();
    await client.containerCreate({ Image: 'busybox', Cmd: ['sleep', '100'] }, { name: 'g-ex' });
    await client.containerStart('g-ex');
    const { Id } = await client.execCreate('g-ex', {
      AttachStdout: true,
      AttachStderr: true,
      Cmd: ['say', 'a', 'b', '7'],
    });
    const session = await client.execStart(Id, { detach: false, tty: false, stdin: false });
    const out = await collect(session!.output);
    expect(out).toEqual([
      { stream: 'stdout', data: 'a\n' },
      { stream: 'stderr', data: 'b\n' },
    ]);
    const info = await client.execInspect(Id);
    expect(info.ExitCode).toBe(7);
    expect(info.Running).toBe(false);
    await client.containerRemove('g-ex', { force: true });
  });

  it('streams events between since and until', async () => {
    const { client, clock } = simEngine();
    const since = String(clock.now() / 1000);
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-ev' });
    await client.containerRemove('g-ev');
    const events = await collect(
      client.events({ since, until: String(clock.now() / 1000), filters: { container: { 'g-ev': true } } }),
    );
    expect(events.map((e) => `${e.Type} ${e.Action}`)).toEqual(['container create', 'container destroy']);
  });

  it('copies files in and out with the archive endpoints', async () => {
    const { client } = simEngine();
    await client.containerCreate({ Image: 'busybox', Cmd: ['true'] }, { name: 'g-cp' });
    const stat = await client.containerArchiveStat('g-cp', '/etc/motd');
    expect(stat).toMatchObject({ name: 'motd', size: 6 });
    const { stat: s2, tar } = await client.containerArchiveGet('g-cp', '/etc/motd');
    expect(s2.name).toBe('motd');
    expect(new TextDecoder().decode(tar.slice(0, 4))).toBe('motd');
    const missing = await client.containerArchiveStat('g-cp', '/nope').catch((e: unknown) => e);
    expect((missing as ClientError).status).toBe(404);
  });

  it('tags, inspects and removes images', async () => {
    const { client } = simEngine();
    await client.imageTag('busybox', 'g-img', '1');
    const img = await client.imageInspect('g-img:1');
    expect(img.RepoTags).toContain('g-img:1');
    expect(await client.imageRemove('g-img:1')).toEqual([{ Untagged: 'g-img:1' }]);
    const list = await client.imageList();
    expect(list.flatMap((i) => i.RepoTags ?? [])).toEqual(['busybox:latest']);
  });
});

describe('EngineClient builds through the builder', () => {
  it('streams a build of a context tar and tags the image', async () => {
    const { writeTar } = await import('../../src/engine/layer/tar');
    const { client } = simEngine();
    const dockerfile = new TextEncoder().encode('FROM busybox\nLABEL made=by-test\n');
    const tar = writeTar([
      { name: 'Dockerfile', type: 'file', data: dockerfile, mode: 0o644, uid: 0, gid: 0, mtime: 0 },
    ]);
    const messages = await collect(client.imageBuild(tar, { t: ['g-built:1'] }));
    const id = messages.find((m) => m.id === 'moby.image.id')?.aux?.ID;
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(messages.some((m) => m.error)).toBe(false);
    const img = await client.imageInspect('g-built:1');
    expect(img.Config.Labels).toEqual({ made: 'by-test' });
  });
});
