// Engine API benchmarks: the in-process round trip of `GET /containers/json` with 100 containers
// (router + JSON encoding + EngineClient decoding), compared with calling the daemon operation
// directly, and the same request over HTTP through `baleine engine`'s unix socket server.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, Measurement } from './types';
import { EngineClient } from '../src/client/engine-client';
import { HttpTransport } from '../src/client/transports/http';
import { containerList } from '../src/engine/daemon/container/list';
import { serveEngine } from '../src/server/commands/engine';
import { simEngine } from '../test/client/sim-engine';
import { timeIt } from './stats';

async function engineWith100Containers() {
  const sim = simEngine();
  for (let i = 0; i < 100; i++) {
    await sim.client.containerCreate(
      { Image: 'busybox', Cmd: ['cat'], OpenStdin: true, Labels: { bench: String(i) } },
      { name: `bench-${i}` },
    );
    await sim.client.containerStart(`bench-${i}`);
  }
  return sim;
}

export const benches: Bench[] = [
  {
    name: 'GET /containers/json, 100 running containers',
    async run(): Promise<Measurement[]> {
      const sim = await engineWith100Containers();
      const check = await sim.client.containerList();
      if (check.length !== 100) throw new Error(`expected 100 containers, got ${check.length}`);
      const api = await timeIt(200, () => sim.client.containerList(), 20);
      const direct = await timeIt(200, async () => containerList(sim.daemon, {}), 20);
      const socket = join(tmpdir(), `baleine-bench-${process.pid}.sock`);
      const server = await serveEngine(sim.router, socket);
      let http = Number.NaN;
      try {
        const overHttp = new EngineClient(new HttpTransport({ socketPath: socket }));
        http = await timeIt(100, () => overHttp.containerList(), 20);
      } finally {
        await server.close();
      }
      return [
        {
          name: 'in-process round trip (median)',
          value: Math.round(api * 1000),
          unit: 'µs',
          target: '< 2 ms',
          ok: api < 2,
        },
        { name: 'daemon operation alone (median)', value: Math.round(direct * 1000), unit: 'µs' },
        { name: 'API overhead over the operation', value: Math.round((api / direct) * 10) / 10, unit: 'x' },
        { name: 'over HTTP on a unix socket (median)', value: Math.round(http * 1000), unit: 'µs' },
      ];
    },
  },
];
