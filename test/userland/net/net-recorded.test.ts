// The network tools and semantics against their recordings on the real engine
// (scripts/golden/record-net-tools.ts → fixtures/*.json): each scenario replayed through the simulated
// machine, compared step by step after masking what differs from run to run (round-trip times,
// interface indexes, traffic counters, the order of nslookup's two answers and of Go's maps).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const FIXTURES = join(import.meta.dirname, 'fixtures');
const scenarios = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { scenario: string; steps: Step[] });

/** Steps the simulator does not reproduce. */
const NOT_REPLAYED: Record<string, string> = {
  'docker exec nt-web netstat -tln': 'httpd listens on :::80 where the simulated stack has IPv4 sockets only',
};

function mask(text: string): string {
  return (
    text
      .replace(/time=\d+\.\d+ ms/g, 'time=T ms')
      .replace(/= \d+\.\d+\/\d+\.\d+\/\d+\.\d+ ms/g, '= T/T/T ms')
      .replace(/^\d+: eth(\d)@if\d+/gm, 'N: eth$1@ifN')
      .replace(/^\d+: eth(\d) /gm, 'N: eth$1 ')
      .replace(/(RX|TX) packets:\d+/g, '$1 packets:P')
      .replace(/(RX|TX) bytes:\d+ \([\d.]+ \w+\)/g, '$1 bytes:B')
      // dockerd lists the endpoints in Go's random map order.
      .replace(
        /network endpoints: ([\w, -]+)/g,
        (_m, names: string) => `network endpoints: ${names.split(', ').sort().join(', ')}`,
      )
      // nslookup sends its A and AAAA queries together and prints the answers as they arrive.
      .replace(
        /Non-authoritative answer:\n((?:Name:.*\nAddress: .*\n)?)\nNon-authoritative answer:\n((?:Name:.*\nAddress: .*\n)?)\n/g,
        'Non-authoritative answer:\n$1$2\nNon-authoritative answer:\n\n',
      )
  );
}

describe('network tools, as recorded on the real engine', () => {
  it('has recordings', () => {
    expect(scenarios.map((s) => s.scenario).sort()).toEqual(['busybox-httpd', 'busybox-net', 'endpoints']);
  });

  it.each(scenarios.map((s) => [s.scenario, s.steps] as const))(
    '%s: replays every step',
    async (_name, recorded) => {
      const steps = await transcript(recorded.map((s) => s.cmd));
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
      expect(compared.length).toBeGreaterThan(recorded.length - 3);
      const differing = compared.filter((c) => JSON.stringify(c.actual) !== JSON.stringify(c.expected));
      expect(differing).toEqual([]);
    },
  );
});
