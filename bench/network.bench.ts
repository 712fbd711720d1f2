// Network benchmarks: embedded DNS resolution among 100 containers of a user-defined network, and
// host curl to a published port (host stack → port forwarder → container's server → back).
import type { Bench, Measurement } from './types';
import { containerCreate } from '../src/engine/daemon/container/create';
import { containerStart } from '../src/engine/daemon/container/start';
import type { Program } from '../src/engine/process/types';
import { createCurl } from '../src/userland/net/curl';
import { PROGRAMS, tick } from '../test/engine/daemon/container/helpers';
import { networkDaemon } from '../test/engine/network/helpers';
import { makeContext } from '../test/userland/helpers/context';
import { median } from './stats';

const ok: Program = async (ctx) => {
  ctx.net.listen(80, (conn) => {
    void conn.read().then(() => {
      conn.write('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n');
      conn.end();
    });
  });
  for (;;) await ctx.sleep(100);
};
PROGRAMS.ok = ok;

async function timeEach(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const benches: Bench[] = [
  {
    name: 'name resolution and curl to a published port',
    async run(): Promise<Measurement[]> {
      const t = networkDaemon();
      await t.backend.networkCreate({ Name: 'bench' });
      for (let i = 0; i < 100; i++) {
        containerCreate(
          t.daemon,
          { Image: 'busybox', Cmd: ['sleep', '100000'], HostConfig: { NetworkMode: 'bench' } },
          `c${i}`,
        );
        containerStart(t.daemon, `c${i}`);
      }
      containerCreate(
        t.daemon,
        {
          Image: 'busybox',
          Cmd: ['ok'],
          HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } },
        },
        'web',
      );
      containerStart(t.daemon, 'web');
      await tick();
      const stack = t.networking.attachment(t.daemon.containers.get('c0'))!.stack;
      const resolve = await timeEach(1000, () => stack.resolve('c99'));
      const curl = createCurl();
      const host = t.controller.hostNet();
      const request = await timeEach(200, async () => {
        const { ctx } = makeContext(['curl', '-s', 'localhost:8080/']);
        await curl({ ...ctx, net: host });
      });
      return [
        {
          name: 'resolve a container name among 100 (median)',
          value: resolve * 1000,
          unit: 'µs',
          target: '< 100 µs',
          ok: resolve < 0.1,
        },
        {
          name: 'curl localhost:8080 to a published port (median)',
          value: request,
          unit: 'ms',
          target: '< 2 ms',
          ok: request < 2,
        },
      ];
    },
  },
];
