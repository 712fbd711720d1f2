// `docker build` typed on the simulated host: the CLI packs the context from the host FS, the engine
// builds, and the CLI prints BuildKit's progress on stderr.
import { describe, expect, it } from 'vitest';
import { transcript } from './helpers';

const DOCKERFILE = `printf 'FROM busybox\\nRUN echo bonjour > /salut\\nCMD ["cat", "/salut"]\\n' > Dockerfile`;

describe('docker build on the simulated host', () => {
  it('builds an image whose RUN layer holds the file, and runs it', async () => {
    const steps = await transcript([
      'mkdir app && cd app',
      DOCKERFILE,
      'docker build -t monapp:1 .',
      'docker run --rm monapp:1',
      'docker build -q -t monapp:1 .',
      "docker image inspect -f '{{len .RootFS.Layers}} {{json .Config.Cmd}}' monapp:1",
    ]);
    const [, , build, run, quiet, inspect] = steps;
    expect(build.exit).toBe(0);
    expect(build.stdout).toBe('');
    expect(build.stderr).toContain('#5 [2/2] RUN echo bonjour > /salut\n');
    expect(build.stderr).toMatch(/#6 naming to docker\.io\/library\/monapp:1 done\n/);
    expect(run).toMatchObject({ stdout: 'bonjour\n', exit: 0 });
    // Fully cached: the same image, its ID alone on stdout.
    expect(quiet.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(build.stderr).toContain(`writing image ${quiet.stdout.trim()} done`);
    expect(inspect.stdout).toBe('2 ["cat","/salut"]\n');
  });

  it('fails with BuildKit’s error block and exit 1 when a RUN fails', async () => {
    const steps = await transcript([
      `printf 'FROM busybox\\nRUN exit 3\\n' > Dockerfile`,
      'docker build -t casse .',
    ]);
    const build = steps[1];
    expect(build.exit).toBe(1);
    expect(build.stderr).toContain('   2 | >>> RUN exit 3\n');
    expect(build.stderr).toMatch(
      /ERROR: failed to build: failed to solve: process "\/bin\/sh -c exit 3" did not complete successfully: exit code: 3\n$/,
    );
  });

  it('refuses an unknown progress mode', async () => {
    const steps = await transcript(['mkdir c && cd c', DOCKERFILE, 'docker build --progress=fancy .']);
    expect(steps[2]).toMatchObject({
      exit: 1,
      stderr: expect.stringContaining('invalid progress mode fancy'),
    });
  });
});
