import { describe, expect, it } from 'vitest';
import { NetworkController } from '../../../src/engine/network/controller';
import { Stack } from '../../../src/engine/network/stack';
import { SeededRandom } from '../../../src/engine/world/random';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { nc } from '../../../src/userland/net/nc';
import { makeContext } from '../helpers/context';

function stacks() {
  const controller = new NetworkController(new VirtualClock({ start: 0 }), new SeededRandom(1));
  const a = new Stack(controller.fabric);
  const b = new Stack(controller.fabric);
  a.plug({ ip: '10.0.0.2', segment: 'n' });
  b.plug({ ip: '10.0.0.3', segment: 'n' });
  return { a, b };
}

describe('busybox nc', () => {
  it('carries stdin to a listening nc and back', async () => {
    const { a, b } = stacks();
    const server = makeContext(['nc', '-l', '-p', '9000'], { stdin: 'pong\n' });
    const serving = nc({ ...server.ctx, net: a });
    await new Promise((r) => setTimeout(r, 0));
    const client = makeContext(['nc', '10.0.0.2', '9000'], { stdin: 'ping\n' });
    expect(await nc({ ...client.ctx, net: b })).toBe(0);
    expect(await serving).toBe(0);
    expect(server.stdout.text).toBe('ping\n');
    expect(client.stdout.text).toBe('pong\n');
  });

  it("prints busybox's errors", async () => {
    const { b } = stacks();
    const refused = makeContext(['nc', '10.0.0.2', '1']);
    expect(await nc({ ...refused.ctx, net: b })).toBe(1);
    expect(refused.stderr.text).toBe("nc: can't connect to remote host (10.0.0.2): Connection refused\n");
    const unknown = makeContext(['nc', 'nosuch', '80']);
    expect(await nc({ ...unknown.ctx, net: b })).toBe(1);
    expect(unknown.stderr.text).toBe("nc: bad address 'nosuch'\n");
  });
});
