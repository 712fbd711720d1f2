// `docker run` end to end against an engine double: implicit pull, attach before start, exit codes,
// -d, --rm, and Docker's error wrapping.

import { describe, expect, it } from 'vitest';
import { fakeEngine } from './fake-engine';
import { runDocker } from './harness';

const hello = (cmd: string[]) => {
  if (cmd[0] === 'nope') {
    return {
      output: [],
      exitCode: 127,
      startError:
        'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown',
    };
  }
  if (cmd[0] === '/etc')
    return { output: [], exitCode: 126, startError: 'exec: "/etc": permission denied: unknown' };
  return {
    output: [
      { stream: 'stdout' as const, data: 'hello\n' },
      { stream: 'stderr' as const, data: 'warn\n' },
    ],
    exitCode: cmd[0] === 'fail' ? 3 : 0,
  };
};

describe('docker run', () => {
  it('attaches before starting, streams both outputs and exits with the container code', async () => {
    const e = fakeEngine({ images: ['busybox:latest'], behave: hello });
    const r = await runDocker(['run', '--name', 'x', 'busybox', 'fail'], { client: e.api });
    expect(r).toEqual({ stdout: 'hello\n', stderr: 'warn\n', exit: 3 });
    expect(e.calls).toEqual(['create busybox', 'attach x', 'wait x next-exit', 'start x']);
  });

  it("pulls a missing image with Docker's message and the non-TTY progress on stderr", async () => {
    const e = fakeEngine({ pullable: ['alpine:latest'], behave: hello });
    const r = await runDocker(['run', 'alpine', 'echo'], { client: e.api });
    expect(r.stderr).toBe(
      "Unable to find image 'alpine:latest' locally\nlatest: Pulling from library/alpine\na1b2c3d4e5f6: Pulling fs layer\na1b2c3d4e5f6: Pull complete\nDigest: sha256:abc\nStatus: Downloaded newer image for alpine:latest\nwarn\n",
    );
    expect(r.stdout).toBe('hello\n');
    expect(e.calls.slice(0, 3)).toEqual(['create alpine', 'pull alpine:latest', 'create alpine']);
  });

  it('prints the id with -d and does not attach', async () => {
    const e = fakeEngine({ images: ['busybox:latest'], behave: hello });
    const r = await runDocker(['run', '-d', 'busybox', 'sleep'], { client: e.api });
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(e.calls).toEqual(['create busybox', 'start c1']);
  });

  it('waits for removal with --rm', async () => {
    const e = fakeEngine({ images: ['busybox:latest'], behave: hello });
    await runDocker(['run', '--rm', 'busybox', 'true'], { client: e.api });
    expect(e.calls).toContain('wait c1 removed');
    expect(e.containers.size).toBe(0);
  });

  it.each([
    [['nope'], 127, 'executable file not found'],
    [['/etc'], 126, 'permission denied'],
  ])('maps start failures of %j to exit %d', async (cmd, code, text) => {
    const e = fakeEngine({ images: ['busybox:latest'], behave: hello });
    const r = await runDocker(['run', 'busybox', ...cmd], { client: e.api });
    expect(r.exit).toBe(code);
    expect(r.stderr).toMatch(
      new RegExp(
        `^docker: Error response from daemon: .*${text}.*\\n\\nRun 'docker run --help' for more information\\n$`,
      ),
    );
  });

  it('wraps client-side errors and refuses -it without a terminal', async () => {
    const e = fakeEngine({ images: ['busybox:latest'] });
    expect(await runDocker(['run', '-p', 'abc', 'busybox'], { client: e.api })).toEqual({
      stdout: '',
      stderr: "docker: invalid containerPort: abc\n\nRun 'docker run --help' for more information\n",
      exit: 125,
    });
    expect(await runDocker(['run', '--rm', '--restart=always', 'busybox'], { client: e.api })).toMatchObject({
      exit: 125,
    });
    expect(await runDocker(['run', '-it', 'busybox'], { client: e.api })).toEqual({
      stdout: '',
      stderr: 'the input device is not a TTY\n',
      exit: 1,
    });
    expect(await runDocker(['run', 'Busybox'], { client: e.api })).toEqual({
      stdout: '',
      stderr:
        "docker: invalid reference format: repository name (library/Busybox) must be lowercase\n\nRun 'docker run --help' for more information\n",
      exit: 125,
    });
  });

  it('reports a failed pull as a daemon error', async () => {
    const e = fakeEngine({});
    const r = await runDocker(['run', 'nope/nope'], { client: e.api });
    expect(r.exit).toBe(125);
    expect(r.stderr).toContain(
      "Unable to find image 'nope/nope:latest' locally\ndocker: Error response from daemon: pull access denied for nope/nope",
    );
  });

  it('treats flags after the image as the command', async () => {
    const e = fakeEngine({
      images: ['busybox:latest'],
      behave: (cmd) => ({ output: [{ stream: 'stdout', data: cmd.join(' ') + '\n' }], exitCode: 0 }),
    });
    const r = await runDocker(['run', 'busybox', 'ls', '-la', '--', '-d'], { client: e.api });
    expect(r.stdout).toBe('ls -la -- -d\n');
  });
});

describe('multi-target commands', () => {
  it('echo each name, print each failure and exit 1 (304 counts as success)', async () => {
    const e = fakeEngine({ images: ['busybox:latest'] });
    await runDocker(['create', '--name', 'a', 'busybox'], { client: e.api });
    const r = await runDocker(['stop', 'a', 'nope'], { client: e.api });
    expect(r).toEqual({
      stdout: 'a\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exit: 1,
    });
  });
});

describe('docker run -it', () => {
  it('puts the terminal in raw mode, forwards keys and detaches on ctrl-p ctrl-q', async () => {
    const e = fakeEngine({ images: ['busybox:latest'] });
    const written: string[] = [];
    let closed = false;
    e.api.containerAttach = async () => ({
      output: (async function* () {
        yield { stream: 'stdout' as const, data: '/ # ' };
        await new Promise<void>((resolve) => {
          const t = setInterval(() => {
            if (closed) {
              clearInterval(t);
              resolve();
            }
          }, 1);
        });
      })(),
      write: (d: string) => void written.push(d),
      closeWrite: () => undefined,
      close: () => void (closed = true),
    });
    const r = await runDocker(['run', '-it', 'busybox', 'sh'], {
      client: e.api,
      stdinTTY: true,
      stdin: ['ls\r', '\x10\x11'],
    });
    expect(r.exit).toBe(0);
    expect(r.stdout).toBe('/ # ');
    expect(written.join('')).toBe('ls\r');
    expect(closed).toBe(true);
  });
});
