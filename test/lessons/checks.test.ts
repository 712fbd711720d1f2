// Checks read the simulated engine's state through the EngineClient of a composed world.
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../src/lessons/checks';
import type { Check } from '../../src/lessons/types';
import { nodeWorld } from '../../src/server/machine';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';

async function world() {
  const w = nodeWorld({ clock: new VirtualClock({ hop: fastHop() }), random: new SeededRandom(3) });
  await w.preload(['busybox:latest']);
  let lastExit: number | null = null;
  let lastCommand: string | null = null;
  return {
    run: async (line: string) => {
      lastExit = (await w.host.run(line)).exit;
      lastCommand = line;
    },
    holds: (check: Check) =>
      evaluateCheck(check, {
        client: w.client,
        lastExit,
        lastCommand,
        readHostFile: async (path) => (w.host.fs.exists(path) ? new TextDecoder().decode(w.host.fs.readFile(path)) : null),
      }),
  };
}

describe('evaluateCheck', () => {
  it('follows a container through its lifecycle', async () => {
    const w = await world();
    const running: Check = { container: { name: 'veille', image: 'busybox', status: 'running' } };
    expect(await w.holds(running)).toBe(false);
    await w.run('docker run -d --name veille -e MESSAGE=bonjour -p 8080:80 busybox sleep 1000');
    expect(await w.holds(running)).toBe(true);
    expect(await w.holds({ container: { name: 'veille', env: 'MESSAGE=bonjour', publishes: '8080:80' } })).toBe(true);
    expect(await w.holds({ container: { name: 'veille', publishes: '8081:80' } })).toBe(false);
    expect(await w.holds({ container: { name: 'veille', env: 'MESSAGE=salut' } })).toBe(false);
    expect(await w.holds({ container: { name: 'veille', image: 'alpine' } })).toBe(false);
    await w.run('docker pause veille');
    expect(await w.holds(running)).toBe(false);
    expect(await w.holds({ container: { name: 'veille', status: 'paused' } })).toBe(true);
    await w.run('docker rm -f veille');
    expect(await w.holds({ not: { container: { name: 'veille' } } })).toBe(true);
  });

  it('reads images, their history and the last exit code', async () => {
    const w = await world();
    expect(await w.holds({ image: { ref: 'busybox', min_layers: 2, cmd: ['sh'] } })).toBe(true);
    expect(await w.holds({ image: { ref: 'busybox', min_layers: 3 } })).toBe(false);
    expect(await w.holds({ image: { ref: 'busybox', entrypoint: [] } })).toBe(true);
    expect(await w.holds({ image: { ref: 'busybox', entrypoint: ['sh'] } })).toBe(false);
    expect(await w.holds({ image: { ref: 'alpine' } })).toBe(false);
    // Volumes and networks are not served by the simulated engine yet (checked once they are).
    await w.run('docker logs inexistant');
    expect(await w.holds({ last_command: '^docker logs' })).toBe(false);
    await w.run('docker history busybox');
    expect(await w.holds({ last_command: '^docker history' })).toBe(true);
    expect(await w.holds({ last_command: '^docker logs' })).toBe(false);
    expect(await w.holds({ host_file: { path: 'notes.txt' } })).toBe(false);
    await w.run('echo "FROM busybox" > notes.txt');
    expect(await w.holds({ host_file: { path: 'notes.txt', contains: 'FROM busybox' } })).toBe(true);
    expect(await w.holds({ host_file: { path: '/home/eleve/notes.txt', contains: 'FROM alpine' } })).toBe(false);
    await w.run('docker rm inexistant');
    expect(await w.holds({ last_exit: 1 })).toBe(true);
    expect(await w.holds({ any: [{ last_exit: 0 }, { image: { ref: 'busybox' } }] })).toBe(true);
    expect(await w.holds({ all: [{ last_exit: 0 }, { image: { ref: 'busybox' } }] })).toBe(false);
  });
});
