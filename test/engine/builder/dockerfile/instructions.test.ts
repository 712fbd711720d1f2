import { describe, expect, it } from 'vitest';
import type { DockerfileError } from '../../../../src/engine/builder/dockerfile/errors';
import { parseDockerfile } from '../../../../src/engine/builder/dockerfile/instructions/parse';
import type { Command } from '../../../../src/engine/builder/dockerfile/instructions/types';

function commands(body: string): Command[] {
  return parseDockerfile(`FROM busybox\n${body}\n`).stages[0].commands;
}
function one<K extends Command['kind']>(body: string, kind: K): Extract<Command, { kind: K }> {
  const c = commands(body)[0];
  expect(c.kind).toBe(kind);
  return c as Extract<Command, { kind: K }>;
}
function error(text: string): DockerfileError {
  try {
    parseDockerfile(text);
  } catch (err) {
    return err as DockerfileError;
  }
  throw new Error('expected a parse error');
}

describe('stages and meta ARGs', () => {
  it('collects ARGs before FROM, stages with lower-cased AS names and platform', () => {
    const df = parseDockerfile(
      'ARG VERSION=3.19\nARG OTHER\nFROM --platform=$BUILDPLATFORM alpine:${VERSION} AS Build\nRUN x\nFROM scratch\nCOPY --from=build /a /a\n',
    );
    expect(df.metaArgs.map((a) => a.args)).toEqual([
      [{ key: 'VERSION', value: '3.19', comment: '' }],
      [{ key: 'OTHER', value: null, comment: '' }],
    ]);
    expect(df.stages.map((s) => [s.name, s.baseName, s.platform, s.commands.length])).toEqual([
      ['build', 'alpine:${VERSION}', '$BUILDPLATFORM', 1],
      ['', 'scratch', '', 1],
    ]);
    expect(df.stages[0].code).toBe('FROM --platform=$BUILDPLATFORM alpine:${VERSION} AS Build');
  });

  it('rejects bad FROM forms and instructions before FROM', () => {
    expect(error('FROM a b\n').message).toBe(
      'dockerfile parse error on line 1: FROM requires either one or three arguments',
    );
    expect(error('FROM a AS 1x\n').message).toBe(
      'dockerfile parse error on line 1: invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    );
    expect(error('RUN x\nFROM a\n').message).toBe('no build stage in current context');
  });

  it('reports unknown instructions with the line and a suggestion', () => {
    const e = error('FROM a\nRUN x\nFORM b\n');
    expect(e.message).toBe(
      'dockerfile parse error on line 3: unknown instruction: FORM (did you mean FROM?)',
    );
    expect(e.location).toEqual({ start: 3, end: 3 });
    expect(error('FROM a\nBOGUS x\n').message).toBe(
      'dockerfile parse error on line 2: unknown instruction: BOGUS',
    );
    expect(error('FROM a\naddd . .\n').message).toContain('unknown instruction: addd (did you mean add?)');
  });
});

describe('RUN, CMD, ENTRYPOINT, SHELL', () => {
  it('exec and shell forms', () => {
    expect(one('RUN ["echo", "hi"]', 'run')).toMatchObject({ cmdLine: ['echo', 'hi'], prependShell: false });
    expect(one('RUN echo "hi" && ls', 'run')).toMatchObject({
      cmdLine: ['echo "hi" && ls'],
      prependShell: true,
    });
    expect(one('CMD []', 'cmd')).toMatchObject({ cmdLine: [], prependShell: false });
    expect(one('ENTRYPOINT ["/bin/app"]', 'entrypoint')).toMatchObject({ cmdLine: ['/bin/app'] });
  });

  it('RUN flags: --mount, --network, --security, unknown flags', () => {
    const run = one('RUN --mount=type=cache,target=/root/.cache --network=none make', 'run');
    expect(run.mounts[0]).toMatchObject({ type: 'cache', target: '/root/.cache', readOnly: false });
    expect(run.network).toBe('none');
    expect(run.flagsUsed).toEqual(['mount', 'network']);
    expect(one('RUN --mount=type=bind,source=go.sum,target=go.sum true', 'run').mounts[0].readOnly).toBe(
      true,
    );
    expect(error('FROM a\nRUN --mount=type=cahce,target=/x true\n').message).toBe(
      'dockerfile parse error on line 2: unsupported mount type "cahce" (did you mean cache?)',
    );
    expect(error('FROM a\nRUN --network=bridge true\n').message).toContain(
      'unsupported network mode "bridge"',
    );
    expect(error('FROM a\nRUN --foo true\n').message).toBe(
      'dockerfile parse error on line 2: Unknown flag: foo',
    );
  });

  it('RUN heredoc files', () => {
    const run = commands('RUN <<EOF\necho a\nEOF')[0];
    expect(run).toMatchObject({
      kind: 'run',
      cmdLine: ['<<EOF'],
      files: [{ name: 'EOF', data: 'echo a\n' }],
    });
  });

  it('SHELL must be JSON and not empty', () => {
    expect(one('SHELL ["/bin/bash", "-c"]', 'shell').shell).toEqual(['/bin/bash', '-c']);
    expect(error('FROM a\nSHELL /bin/bash -c\n').message).toBe(
      'dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form',
    );
    expect(error('FROM a\nSHELL []\n').message).toContain('SHELL requires at least one argument');
  });
});

describe('ENV, LABEL, ARG', () => {
  it('key=value pairs and the legacy form, values kept raw for later expansion', () => {
    expect(one('ENV A=1 B="two words"', 'env').env).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: '"two words"' },
    ]);
    expect(one('ENV PATH /usr/local/bin:$PATH', 'env').env).toEqual([
      { key: 'PATH', value: '/usr/local/bin:$PATH' },
    ]);
    expect(one('LABEL org.opencontainers.image.title="Baleine" version=1', 'label').labels).toHaveLength(2);
  });

  it('Docker errors for ENV/LABEL/ARG', () => {
    expect(error('FROM a\nENV =x\n').message).toBe(
      'dockerfile parse error on line 2: ENV names can not be blank',
    );
    expect(error('FROM a\nLABEL\n').message).toContain('LABEL requires at least one argument');
    expect(error('FROM a\nENV PATH\n').message).toBe('ENV must have two arguments');
    expect(error('FROM a\nARG =1\n').message).toContain('ARG names can not be blank');
  });

  it('ARG keeps a comment above it as description', () => {
    const df = parseDockerfile(
      '# NODE_VERSION the node release\nARG NODE_VERSION=20\nFROM node:$NODE_VERSION\n',
    );
    expect(df.metaArgs[0].args[0].comment).toBe('the node release');
  });
});

describe('COPY and ADD', () => {
  it('all flags, sources and destination', () => {
    const c = one('COPY --from=build --chown=1000:1000 --chmod=755 --link a b /app/', 'copy');
    expect(c).toMatchObject({
      sources: ['a', 'b'],
      dest: '/app/',
      from: 'build',
      chown: '1000:1000',
      chmod: '755',
      link: true,
    });
    const add = one('ADD --checksum=sha256:abc --keep-git-dir=true x.tar.gz /opt/', 'add');
    expect(add).toMatchObject({ checksum: 'sha256:abc', keepGitDir: true, sources: ['x.tar.gz'] });
    expect(one('COPY ["a b", "/dest"]', 'copy')).toMatchObject({ sources: ['a b'], dest: '/dest' });
  });

  it('COPY <<EOF writes heredoc contents, <<- strips tabs', () => {
    const c = one('COPY <<-EOF /etc/motd\n\tbonjour\n\tEOF', 'copy');
    expect(c.contents).toEqual([{ path: 'EOF', data: 'bonjour\n', expand: true }]);
    expect(c.sources).toEqual([]);
  });

  it('errors: missing destination, unknown flag, heredoc destination', () => {
    expect(error('FROM a\nCOPY x\n').message).toBe(
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    );
    expect(error('FROM a\nCOPY --form=b x y\n').message).toContain('Unknown flag: form');
    expect(error('FROM a\nCOPY --chown x y\n').message).toContain('Missing a value on flag: chown');
    expect(error('FROM a\nCOPY x <<EOF\nhi\nEOF\n').message).toContain(
      'COPY cannot accept a heredoc as a destination',
    );
  });
});

describe('metadata instructions', () => {
  it('EXPOSE sorts its ports, VOLUME JSON and plain, WORKDIR, USER, STOPSIGNAL, MAINTAINER', () => {
    expect(one('EXPOSE 8080/udp 443 80', 'expose').ports).toEqual(['443', '80', '8080/udp']);
    expect(one('VOLUME ["/data", "/logs"]', 'volume').volumes).toEqual(['/data', '/logs']);
    expect(one('VOLUME /a /b', 'volume').volumes).toEqual(['/a', '/b']);
    expect(one('WORKDIR /app', 'workdir').path).toBe('/app');
    expect(one('USER app:app', 'user').user).toBe('app:app');
    expect(one('STOPSIGNAL SIGQUIT', 'stopsignal').signal).toBe('SIGQUIT');
    expect(one('MAINTAINER Jeanne <j@example.fr>', 'maintainer').maintainer).toBe('Jeanne <j@example.fr>');
    expect(error('FROM a\nVOLUME [""]\n').message).toContain('VOLUME specified can not be an empty string');
    expect(error('FROM a\nWORKDIR\n').message).toContain('WORKDIR requires exactly one argument');
  });

  it('HEALTHCHECK with options, exec and shell forms, NONE', () => {
    expect(
      one('HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost/', 'healthcheck')
        .health,
    ).toEqual({
      Test: ['CMD-SHELL', 'curl -f http://localhost/'],
      Interval: 30e9,
      Timeout: 3e9,
      Retries: 3,
    });
    expect(one('HEALTHCHECK --start-period=1m30s CMD ["/check"]', 'healthcheck').health).toEqual({
      Test: ['CMD', '/check'],
      StartPeriod: 90e9,
    });
    expect(one('HEALTHCHECK NONE', 'healthcheck').health).toEqual({ Test: ['NONE'] });
    expect(error('FROM a\nHEALTHCHECK\n').message).toBe(
      'dockerfile parse error on line 2: HEALTHCHECK requires at least one argument',
    );
    expect(error('FROM a\nHEALTHCHECK NONE x\n').message).toContain('HEALTHCHECK NONE takes no arguments');
    expect(error('FROM a\nHEALTHCHECK CONNECT x\n').message).toContain(
      'Unknown type "CONNECT" in HEALTHCHECK (try CMD)',
    );
    expect(error('FROM a\nHEALTHCHECK CMD\n').message).toContain('Missing command after HEALTHCHECK CMD');
    expect(error('FROM a\nHEALTHCHECK --interval=1us CMD x\n').message).toContain(
      'Interval "interval" cannot be less than 1ms',
    );
    expect(error('FROM a\nHEALTHCHECK --retries=-1 CMD x\n').message).toContain(
      '--retries cannot be negative (-1)',
    );
    expect(error('FROM a\nHEALTHCHECK --timeout=abc CMD x\n').message).toContain(
      'time: invalid duration "abc"',
    );
  });

  it('ONBUILD keeps its expression and refuses chaining, FROM and MAINTAINER', () => {
    expect(one('ONBUILD RUN echo built', 'onbuild').expression).toBe('RUN echo built');
    expect(error('FROM a\nONBUILD ONBUILD RUN x\n').message).toContain(
      "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    );
    expect(error('FROM a\nONBUILD FROM b\n').message).toContain("FROM isn't allowed as an ONBUILD trigger");
  });
});
