// End to end through the simulated machine (docker CLI → Engine API → daemon): the `docker events`
// lines of fixtures/cli-events.steps print what they printed on dockerd 20.10 (cli-events.out,
// recorded by scripts/golden/events/record-cli.sh).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

describe('docker events for networks and volumes', () => {
  it('shows and filters them as dockerd 20.10', async () => {
    const lines = fixture('cli-events.steps').trim().split('\n');
    const steps = await transcript(lines);
    for (const s of steps) expect(s.exit).toBe(0);
    const printed = steps
      .filter((_, i) => lines[i]!.startsWith('docker events'))
      .map((s) => s.stdout)
      .join('');
    expect(printed).toBe(fixture('cli-events.out'));
  });
});
