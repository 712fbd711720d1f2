// jsonmessage rendering: in place with ANSI on a terminal, one line per message without progress elsewhere.

import { describe, expect, it } from 'vitest';
import type { JsonMessage } from '../../src/client/api-types';
import { displayJSONMessages } from '../../src/cli/format/progress';

async function render(messages: JsonMessage[], isTerminal: boolean, width = 80): Promise<string> {
  let out = '';
  await displayJSONMessages(
    (async function* () {
      yield* messages;
    })(),
    { write: (t) => void (out += t), isTerminal, width },
  );
  return out;
}

const pull: JsonMessage[] = [
  { status: 'Pulling from library/nginx', id: 'latest' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'aaa' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'bbb' },
  { status: 'Downloading', progressDetail: { current: 1000, total: 4000 }, id: 'aaa' },
  { status: 'Pull complete', progressDetail: {}, id: 'aaa' },
  { status: 'Digest: sha256:1' },
];

describe('pull progress', () => {
  it('prints only the lines without a progress bar when not on a terminal', async () => {
    expect(await render(pull, false)).toBe(
      'latest: Pulling from library/nginx\naaa: Pulling fs layer\nbbb: Pulling fs layer\naaa: Pull complete\nDigest: sha256:1\n',
    );
  });

  it('keeps one line per layer and redraws it in place on a terminal', async () => {
    const out = await render(pull, true, 120);
    expect(out).toBe(
      'latest: Pulling from library/nginx\n' +
        '\n\x1b[1A\x1b[2K\raaa: Pulling fs layer \r\x1b[1B' +
        '\n\x1b[1A\x1b[2K\rbbb: Pulling fs layer \r\x1b[1B' +
        '\x1b[2A\x1b[2K\raaa: Downloading [============>                                      ]      1kB/4kB\r\x1b[2B' +
        '\x1b[2A\x1b[2K\raaa: Pull complete \r\x1b[2B' +
        'Digest: sha256:1\n',
    );
  });

  it('throws the stream error', async () => {
    await expect(
      render([{ errorDetail: { message: 'manifest unknown' }, error: 'manifest unknown' }], false),
    ).rejects.toThrow('manifest unknown');
  });
});
