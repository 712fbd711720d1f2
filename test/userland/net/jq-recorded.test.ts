// jq's builtins against the real jq 1.6's answers (scripts/golden/record-jq.ts → fixtures/jq/cases.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jq } from '../../../src/userland/net/jq';
import { makeContext } from '../helpers/context';

interface Case {
  input: string;
  filter: string;
  args?: string[];
  stdout: string;
  stderr: string;
  exit: number;
}

const { cases, env } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'jq', 'cases.json'), 'utf8'),
) as {
  cases: Case[];
  env: Record<string, string>;
};

describe('jq builtins, as jq 1.6 answers', () => {
  it.each(cases.map((c) => [[...(c.args ?? []), c.filter].join(' '), c] as const))('%s', async (_f, c) => {
    const { ctx, stdout, stderr } = makeContext(['jq', '-c', ...(c.args ?? []), c.filter], {
      stdin: `${c.input}\n`,
      env,
      exactEnv: true,
    });
    const exit = await jq(ctx);
    expect({ stdout: stdout.text, stderr: stderr.text, exit }).toEqual({
      stdout: c.stdout,
      stderr: c.stderr,
      exit: c.exit,
    });
  });
});

describe('jq 1.6 syntax', () => {
  it('refuses an if without else (jq 1.7 accepts it)', async () => {
    const { ctx, stdout } = makeContext(['jq', 'if . then 1 end'], { stdin: 'true\n' });
    expect(await jq(ctx)).toBe(3);
    expect(stdout.text).toBe('');
  });
});
