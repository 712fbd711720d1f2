// BuildKit converts the whole Dockerfile before it runs a step: an instruction the conversion refuses
// fails the build right after the internal loads, before any FROM or RUN, with the Dockerfile excerpt.
import { describe, expect, it } from 'vitest';
import { machine, sh } from '../../persist/helpers';

async function failedBuild(dockerfile: string) {
  const w = machine();
  await w.preload(['busybox']);
  await sh(w, `mkdir ctx && touch ctx/f && printf '${dockerfile}' > ctx/Dockerfile`);
  return w.host.run('docker build --progress=plain ctx');
}

describe('errors of the Dockerfile conversion', () => {
  it('a COPY of several sources to a file: no step runs before the error', async () => {
    const r = await failedBuild('FROM busybox\\nRUN echo avant\\nCOPY f g h\\n');
    expect(r.exit).toBe(1);
    expect(r.stderr).not.toMatch(/#\d+ \[\d\/\d\] RUN/);
    expect(r.stderr).not.toContain('FROM docker.io');
    expect(r.stderr).toContain(
      '#3 [internal] load .dockerignore\n#3 transferring context: 2B done\n#3 DONE 0.0s\nDockerfile:3\n',
    );
    expect(r.stderr).toMatch(
      /ERROR: failed to build: failed to solve: When using COPY with more than one source file, the destination must be a directory and end with a \/\n$/,
    );
  });

  it('expands the destination with the ENV before it, as conversion does', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      "mkdir ctx && touch ctx/f && printf 'FROM busybox\\nENV D=/dest/\\nCOPY f f $D\\n' > ctx/Dockerfile",
    );
    await sh(w, 'docker build -q -t p ctx');
    expect(await sh(w, 'docker run --rm p ls /dest')).toBe('f\n');
  });

  it('an invalid EXPOSE, after a RUN that never starts', async () => {
    const r = await failedBuild('FROM busybox\\nRUN echo avant\\nEXPOSE abc\\n');
    expect(r.stderr).not.toMatch(/#\d+ \[\d\/\d\] RUN/);
    expect(r.stderr).toContain('ERROR: failed to build: failed to solve: invalid containerPort: abc\n');
  });

  it('in a later stage, with ARGs and stages resolved', async () => {
    const r = await failedBuild(
      'ARG V=1\\nFROM busybox AS a\\nARG V\\nRUN echo $V\\nFROM a\\nARG V\\nCOPY --chmod=${V}9 f /f\\n',
    );
    expect(r.stderr).not.toMatch(/#\d+ \[a \d\/\d\] RUN/);
    expect(r.stderr).toContain(
      "failed to solve: invalid chmod parameter: '19'. it should be octal string and between 0 and 07777\n",
    );
  });
});
