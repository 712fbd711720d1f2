// awk with other programs: commands it reads from (`cmd | getline`) and writes to (`print | "cmd"`,
// system()), run through the host's shell.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/world/world';
import { fileHubLoader } from '../../src/server/hub-files';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';

describe('awk and commands', () => {
  it('reads from and writes to commands', async () => {
    const w = createWorld({
      clock: new VirtualClock({ hop: fastHop() }),
      random: new SeededRandom(5),
      hub: fileHubLoader(),
    });
    const out = async (line: string): Promise<string> => {
      const r = await w.host.run(line);
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    expect(
      await out(`awk 'BEGIN { while (("printf \\"b\\\\na\\\\n\\"" | getline l) > 0) print "got", l, NR }'`),
    ).toBe('got b 1\ngot a 2\n');
    expect(
      await out(`printf '3\\n1\\n2\\n' | awk '{ print | "sort" } END { close("sort"); print "done" }'`),
    ).toBe('1\n2\n3\ndone\n');
    expect(await out(`awk 'BEGIN { s = system("exit 3"); print "status", s }'`)).toBe('status 3\n');
    expect(await out(`echo 'a b' | awk '{ "echo x" | getline; print $0, NF }'`)).toBe('x 1\n');
    w.shutdown();
  });
});
