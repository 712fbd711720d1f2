// The CLI-only steps of the fidelity recordings (test/golden/12-help.json: help texts and usage errors,
// recorded from the real docker CLI 28 by scripts/golden) replayed through our docker program.
// `| head -N` is applied to our output as the shell would.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDocker, unreachable } from './harness';

interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const { steps } = JSON.parse(readFileSync(new URL('../golden/12-help.json', import.meta.url), 'utf8')) as {
  steps: Step[];
};

function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

// Steps whose answer comes from the daemon belong to the engine replay.
const cliOnly = steps.filter((s) => !s.stderr.startsWith('Error response from daemon'));

describe('golden help and usage steps', () => {
  for (const step of cliOnly) {
    it(step.cmd, async () => {
      const [cmd, pipe] = step.cmd.split(' | ');
      const argv = words(cmd).slice(1);
      const r = await runDocker(argv, { connect: unreachable });
      const head = pipe ? Number(/^head -(\d+)$/.exec(pipe)?.[1]) : null;
      const stdout = head
        ? r.stdout
            .split('\n')
            .slice(0, head)
            .map((l) => `${l}\n`)
            .join('')
        : r.stdout;
      expect({ stdout, stderr: r.stderr, exit: head ? 0 : r.exit }).toEqual({
        stdout: step.stdout,
        stderr: step.stderr,
        exit: step.exit,
      });
    });
  }
});
