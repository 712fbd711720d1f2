// The busybox network tools against their recording on the real engine
// (scripts/golden/record-net-tools.ts → fixtures/busybox-net.json): each step replayed through the
// simulated machine, compared after masking what differs from run to run (round-trip times,
// interface indexes, traffic counters).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const recorded = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'busybox-net.json'), 'utf8')) as {
    steps: Step[];
  }
).steps;

/** Steps whose output comes from BusyBox httpd, which the simulator does not have (its server is `nc -l`). */
const NOT_REPLAYED: Record<string, string> = {
  'docker exec g-web netstat -tln': 'httpd listens on :::80, and the embedded DNS on a random port',
  'docker run --rm --network g-nt busybox wget -q -O- http://g-web/nope': "httpd's 404 page",
};

function mask(text: string): string {
  return text
    .replace(/time=\d+\.\d+ ms/g, 'time=T ms')
    .replace(/= \d+\.\d+\/\d+\.\d+\/\d+\.\d+ ms/g, '= T/T/T ms')
    .replace(/^\d+: eth(\d)@if\d+/gm, 'N: eth$1@ifN')
    .replace(/^\d+: eth(\d) /gm, 'N: eth$1 ')
    .replace(/(RX|TX) packets:\d+/g, '$1 packets:P')
    .replace(/(RX|TX) bytes:\d+ \([\d.]+ \w+\)/g, '$1 bytes:B');
}

describe('busybox network tools, as recorded on the real engine', () => {
  it('replays every recorded step with the same output and status', async () => {
    const cmds = recorded.map((s) => s.cmd.replace('httpd -f -p 80', 'nc -l -p 80'));
    const steps = await transcript(cmds);
    const compared = recorded.flatMap((rec, i) => {
      if (NOT_REPLAYED[rec.cmd]) return [];
      const got = steps[i]!;
      return [
        {
          cmd: rec.cmd,
          expected: { stdout: mask(rec.stdout), stderr: mask(rec.stderr), exit: rec.exit },
          actual: { stdout: mask(got.stdout), stderr: mask(got.stderr), exit: got.exit },
        },
      ];
    });
    expect(compared.length).toBeGreaterThan(30);
    const differing = compared.filter((c) => JSON.stringify(c.actual) !== JSON.stringify(c.expected));
    expect(differing).toEqual([]);
  });
});
