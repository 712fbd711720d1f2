import { describe, expect, it } from 'vitest';
import { NetworkController } from '../../../src/engine/network/controller';
import { Stack } from '../../../src/engine/network/stack';
import { SeededRandom } from '../../../src/engine/world/random';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { netstat } from '../../../src/userland/net/netstat';
import { makeContext } from '../helpers/context';

describe('busybox netstat', () => {
  it('lists the listening sockets of the namespace in busybox columns', async () => {
    const controller = new NetworkController(new VirtualClock({ start: 0 }), new SeededRandom(1));
    const stack = new Stack(controller.fabric);
    stack.listen(9000, () => {}, '::');
    stack.listen(80, () => {});
    const { ctx, stdout } = makeContext(['netstat', '-ltn']);
    expect(await netstat({ ...ctx, net: stack })).toBe(0);
    expect(stdout.text).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 :::9000                 :::*                    LISTEN      \n' +
        'tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      \n',
    );
  });
});
