// /var/run/docker.sock on the simulated host carries bytes: curl --unix-socket saves an export or an
// image tarball byte for byte, and text with accents survives both ways.
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../../src/server/commands/transcript';
import { nodeWorld } from '../../../src/server/machine';
import type { SimWorld } from '../../../src/world/world';

const SOCK = '--unix-socket /var/run/docker.sock';

async function session(lines: string[], files: Record<string, Uint8Array> = {}) {
  let world: SimWorld | undefined;
  await runTranscript([], ['busybox'], { machine: (w) => (world = nodeWorld(w)) });
  for (const [path, bytes] of Object.entries(files)) world!.host.fs.writeFile(path, bytes);
  const steps = [];
  for (const line of lines) steps.push({ cmd: line, ...(await world!.host.run(line)) });
  return { steps, world: world! };
}

describe('the Engine API socket', () => {
  it('gives curl -o the same bytes as docker export and docker save', async () => {
    const { steps, world } = await session(
      [
        'docker create --name g-x busybox',
        'docker cp /tmp/bin.dat g-x:/bin.dat',
        'docker export g-x -o /tmp/a.tar',
        `curl -s ${SOCK} http://localhost/containers/g-x/export -o /tmp/b.tar`,
        'docker save busybox -o /tmp/i.tar',
        `curl -s ${SOCK} 'http://localhost/images/get?names=busybox' -o /tmp/j.tar`,
      ],
      { '/tmp/bin.dat': new Uint8Array([0xff, 0xfe, 0x80, 0x20, 0xc3, 0xa9, 0x0a]) },
    );
    for (const s of steps) expect(s.exit, `${s.cmd}: ${s.stderr}`).toBe(0);
    const fs = world.host.fs;
    expect([...fs.readFile('/tmp/bin.dat').slice(0, 3)]).toEqual([0xff, 0xfe, 0x80]);
    const exported = fs.readFile('/tmp/a.tar');
    expect(fs.readFile('/tmp/b.tar')).toEqual(exported);
    // The file's invalid UTF-8 bytes are in the tar as they are.
    const at = exported.findIndex(
      (b, i) => b === 0xff && exported[i + 1] === 0xfe && exported[i + 2] === 0x80,
    );
    expect(at).toBeGreaterThan(0);
    expect(fs.readFile('/tmp/j.tar')).toEqual(fs.readFile('/tmp/i.tar'));
    world.shutdown();
  });

  it('carries UTF-8 text in requests and responses', async () => {
    const { steps, world } = await session([
      `curl -s -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox","Labels":{"l":"élève"}}' ${SOCK} 'http://localhost/containers/create?name=g-l' | wc -c`,
      "docker inspect -f '{{.Config.Labels.l}}' g-l",
      `curl -s ${SOCK} http://localhost/containers/g-l/json | jq -r .Config.Labels.l`,
      `curl -s -i ${SOCK} http://localhost/containers/g-l/json | grep -c élève`,
    ]);
    expect(steps.map((s) => s.stdout)).toEqual(['88\n', 'élève\n', 'élève\n', '1\n']);
    world.shutdown();
  });
});
