// The golden recordings' busybox:latest is not Docker Hub's: the recording machine imports it from
// Debian's busybox-static (scripts/golden/images.sh), so its history is one row with the comment
// "Imported from -", where the simulated Hub's busybox has its build history. The replay preloads the
// Hub's image (test/golden-replay/accepted.json lists those steps); this test holds `docker history`
// to the recorded outputs on an image imported the way the recording machine does it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSteps, type Step } from '../golden-replay/normalise';
import { transcript } from './helpers';

function recorded(scenario: string, cmd: string): Step {
  const file = join(import.meta.dirname, '../golden', `${scenario}.json`);
  const steps = (JSON.parse(readFileSync(file, 'utf8')) as { steps: Step[] }).steps;
  return steps.find((s) => s.cmd === cmd)!;
}

const IMPORT = [
  'docker create --name g-src busybox',
  'docker export g-src -o /tmp/rootfs.tar',
  'docker rm g-src',
  'docker rmi busybox',
  `docker import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["sh"]' /tmp/rootfs.tar busybox:latest`,
  'docker tag busybox g-img:1',
];

describe('docker history of an imported busybox, against the recordings', () => {
  const checks: [string, string][] = [
    ['11-tables', 'docker history busybox'],
    ['11-tables', "docker history --no-trunc busybox --format 'table {{.CreatedBy}}\\t{{.Comment}}'"],
    ['05-images', "docker history g-img:1 --format '{{.CreatedBy}}|{{.Comment}}'"],
    ['05-images', "docker history --format '{{.Comment}}' busybox"],
  ];

  it('matches every recorded history step', async () => {
    const steps = await transcript([...IMPORT, ...checks.map(([, cmd]) => cmd)]);
    expect(steps.slice(0, IMPORT.length).map((s) => s.exit)).toEqual(IMPORT.map(() => 0));
    checks.forEach(([scenario, cmd], i) => {
      const rec = recorded(scenario, cmd);
      expect(rec, cmd).toBeDefined();
      expect(compareSteps(rec, steps[IMPORT.length + i]), cmd).toEqual({ match: true });
    });
  });
});
