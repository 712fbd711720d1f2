// Random argv and random templates: every outcome is an exit status with Docker-worded output,
// never an uncaught exception.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Template } from '../../src/cli/format/template/exec';
import { TemplateError } from '../../src/cli/format/template/lexer';
import { formatRows } from '../../src/cli/format/formatter';
import { containerContext, CONTAINER_HEADERS, CONTAINER_TABLE } from '../../src/cli/format/containers';
import { StatusError } from '../../src/cli/errors';
import { TOP_LEVEL, GROUPS } from '../../src/cli/tree';
import { fakeEngine } from './fake-engine';
import { runDocker, unreachable } from './harness';

const commandWords = [
  ...TOP_LEVEL.keys(),
  ...GROUPS.map((g) => g.name),
  ...GROUPS.flatMap((g) => g.commands.map((c) => c.name)),
];
const flagWords = [
  ...new Set(
    [...TOP_LEVEL.values()].flatMap((c) =>
      c.flags.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]),
    ),
  ),
];
const word = fc.oneof(
  fc.constantFrom(...commandWords),
  fc.constantFrom(...flagWords),
  fc.constantFrom(
    '-',
    '--',
    '---',
    '-=',
    '--=',
    '=',
    '-itd',
    '-p8080:80',
    '--rm=false',
    '-a=x',
    'busybox',
    'nginx:latest',
    '{{.ID}}',
    '{{',
    '',
  ),
  fc.string({ maxLength: 8 }),
  fc.tuple(fc.constantFrom(...flagWords), fc.string({ maxLength: 6 })).map(([f, v]) => `${f}=${v}`),
);
const argv = fc.array(word, { maxLength: 7 });

const DOCKER_FIRST_LINES = [
  /^docker: /,
  /^unknown (shorthand )?flag: /,
  /^flag needs an argument: /,
  /^invalid argument ".*" for ".*" flag: /,
  /^bad flag syntax: /,
  /^Cannot connect to the Docker daemon at /,
  /^Error response from daemon: /,
  /^Error: /,
  /^Usage: {2}docker /,
  /^failed to (parse|execute) template: /,
  /^template parsing error: /,
  /^conflicting options: /,
  /^the input device is not a TTY$/,
  /^you must provide one or more flags/,
  /^you cannot start and attach multiple containers at once$/,
  /^Flag --time has been deprecated/,
  /^(invalid reference format|tag can't be used|unable to prepare context|requested load from stdin|Must provide --username|--password and --password-stdin)/,
  /^unknown type: "[^"]*": must be one of /,
  /^template: version:\d+:\d+: executing "version" at /,
  /^Error parsing reference: "[^"]*" is not a valid repository\/tag: /,
  /^Unknown help topic/,
  /^(must specify at least one container source|copying between containers is not supported)$/,
  /^(open|read|lstat) .*: (no such file or directory|is a directory)$/,
  /^(Unable to find image|WARNING)/,
];

describe('fuzzing the CLI', () => {
  it('answers any argv with an exit status and a Docker-worded error (unreachable daemon)', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const r = await runDocker(args, { connect: unreachable, stdin: ['n\n'] });
        expect(Number.isInteger(r.exit)).toBe(true);
        if (r.exit !== 0 && r.stderr !== '') {
          const first = r.stderr.split('\n')[0];
          expect(
            DOCKER_FIRST_LINES.some((re) => re.test(first)),
            `unexpected stderr: ${JSON.stringify(r.stderr)}`,
          ).toBe(true);
        }
        if ([125, 1].includes(r.exit) === false && r.exit !== 0) expect([125, 126, 127, 1]).toContain(r.exit);
      }),
      { numRuns: 600 },
    );
  });

  it('answers any argv against a working engine double without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const e = fakeEngine({ images: ['busybox:latest'] });
        const r = await runDocker(args, { client: e.api, stdin: ['n\n'] });
        expect(Number.isInteger(r.exit)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const templatePiece = fc.oneof(
    fc.constantFrom(
      '{{',
      '}}',
      '{{-',
      '-}}',
      '.ID',
      '.Names',
      '.Label "a"',
      '.Foo',
      '$x',
      ':=',
      '|',
      '(',
      ')',
      'json',
      'join',
      'split',
      'printf',
      '"%s"',
      '"x"',
      '1',
      'if',
      'else',
      'end',
      'range',
      'with',
      'index',
      'len',
      'eq',
      'and',
      ' ',
      '\\t',
      'table ',
      '.',
    ),
    fc.string({ maxLength: 3 }),
  );

  it("parses and runs any template to output or to Docker's template errors", () => {
    const c = containerContext(
      {
        Id: 'a'.repeat(64),
        Names: ['/web'],
        Image: 'nginx',
        ImageID: 'sha256:' + 'b'.repeat(64),
        Command: 'nginx -g daemon off;',
        Created: 1_700_000_000,
        Ports: [],
        Labels: { a: '1' },
        State: 'running',
        Status: 'Up 3 seconds',
        HostConfig: { NetworkMode: 'bridge' },
        NetworkSettings: { Networks: {} },
        Mounts: [],
      },
      true,
      1_700_000_100_000,
    );
    fc.assert(
      fc.property(fc.array(templatePiece, { maxLength: 12 }), (pieces) => {
        const format = pieces.join('');
        try {
          formatRows({ format, defaultTable: CONTAINER_TABLE, header: CONTAINER_HEADERS }, [c]);
        } catch (e) {
          expect(e).toBeInstanceOf(StatusError);
          expect((e as StatusError).message).toMatch(
            /^failed to (parse|execute) template: template: :\d+(:\d+)?: /,
          );
        }
        try {
          Template.parse(format).execute({ a: [1, 'x', { b: null }] });
        } catch (e) {
          expect(e).toBeInstanceOf(TemplateError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
