import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/engine/builder/dockerfile/instructions/parse';
import { parse } from '../../../src/engine/builder/dockerfile/parser';
import { lintDockerfile, lintShort } from '../../../src/engine/builder/lint';
import { renderPlainBuild, warningSummary } from '../../../src/engine/builder/progress/client-render';
import { buildFromApi } from '../../../src/engine/builder/backend';
import { writeTar } from '../../../src/engine/layer/tar';
import { world } from './build/helpers';

const lint = (text: string) => lintDockerfile(parse(text), parseDockerfile(text)).map(lintShort);

describe('BuildKit checks', () => {
  it('JSONArgsRecommended, LegacyKeyValueFormat, MaintainerDeprecated', () => {
    expect(lint('FROM alpine\nMAINTAINER moi\nENV A 1\nLABEL b=2\nCMD node server.js\n')).toEqual([
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 3)',
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 5)',
    ]);
    expect(lint('FROM alpine\nSHELL ["/bin/ash", "-c"]\nCMD node server.js\n')).toEqual([]);
  });

  it('stage names, FROM/AS casing, duplicates, instruction casing', () => {
    expect(lint('FROM alpine as Build\nRUN true\nFROM alpine AS build\nrun true\n')).toEqual([
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      "StageNameCasing: Stage name 'Build' should be lowercase (line 1)",
      'DuplicateStageName: Duplicate stage name "build", stage names should be unique (line 3)',
      "ConsistentInstructionCasing: Command 'run' should match the case of the command majority (uppercase) (line 4)",
    ]);
  });

  it('undefined ARG in FROM with a suggestion, relative WORKDIR, repeated CMD, secrets, EXPOSE protocol case', () => {
    expect(
      lint(
        'ARG VERSION=1\nFROM alpine:$VERSON\nWORKDIR app\nENV API_TOKEN=x\nEXPOSE 80/TCP\nCMD ["a"]\nCMD ["b"]\n',
      ),
    ).toEqual([
      "UndefinedArgInFrom: FROM argument 'VERSON' is not declared (did you mean VERSION?) (line 2)",
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 3)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "API_TOKEN") (line 4)',
      "ExposeProtoCasing: Defined protocol '80/TCP' in EXPOSE instruction should be lowercase (line 5)",
      'MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 6)',
    ]);
  });

  it('an empty continuation line', () => {
    expect(lint('FROM alpine\nRUN echo a \\\n\n  b\n')).toEqual([
      'NoEmptyContinuation: Empty continuation line (line 2)',
    ]);
  });

  it('buildx summary, and warnings in the plain progress of a build', async () => {
    expect(warningSummary(['A: x (line 1)'])).toBe(
      '\n 1 warning found (use docker --debug to expand):\n - A: x (line 1)\n',
    );
    expect(warningSummary(['A', 'B'])).toContain(
      ' 2 warnings found (use docker --debug to expand):\n - A\n - B\n',
    );
    const w = world();
    const tar = writeTar([
      {
        name: 'Dockerfile',
        type: 'file',
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: 0,
        data: new TextEncoder().encode('FROM busybox\nCMD echo hi\n'),
      },
    ]);
    const opts = {
      tags: [],
      dockerfile: 'Dockerfile',
      buildArgs: {},
      labels: {},
      target: '',
      noCache: false,
      pull: false,
    };
    let text = '';
    await renderPlainBuild(
      await buildFromApi({ daemon: w.daemon, cache: w.cache }, tar, opts),
      (t) => (text += t),
    );
    expect(text).toContain(
      '#1 transferring dockerfile: 25B done\n#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)\n#1 DONE 0.0s\n',
    );
    expect(
      text.endsWith(
        '\n 1 warning found (use docker --debug to expand):\n - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)\n',
      ),
    ).toBe(true);
  });
});

describe('# check= directive', () => {
  it('skips rules, skips all, or turns warnings into a failed build', async () => {
    expect(lint('# check=skip=JSONArgsRecommended\nFROM alpine\nCMD a\nMAINTAINER x\n')).toEqual([
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 4)',
    ]);
    expect(lint('# check=skip=all\nFROM alpine\nCMD a\n')).toEqual([]);
    const w = world();
    const tar = writeTar([
      {
        name: 'Dockerfile',
        type: 'file',
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: 0,
        data: new TextEncoder().encode('# check=error=true\nFROM busybox\nCMD echo hi\n'),
      },
    ]);
    const opts = {
      tags: [],
      dockerfile: 'Dockerfile',
      buildArgs: {},
      labels: {},
      target: '',
      noCache: false,
      pull: false,
    };
    let text = '';
    const outcome = await renderPlainBuild(
      await buildFromApi({ daemon: w.daemon, cache: w.cache }, tar, opts),
      (t) => (text += t),
    );
    expect(outcome.error).toBe('lint violation found for rules: JSONArgsRecommended');
    expect(text).toContain(
      'ERROR: failed to build: failed to solve: lint violation found for rules: JSONArgsRecommended\n',
    );
  });
});
