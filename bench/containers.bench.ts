// Container benchmarks: `docker run --rm busybox true` through the daemon's operations (create,
// attach, start, wait for removal) and through the Engine API, against the real engine when one answers, `docker ps` with 1,000
// running containers, and the heap cost of an idle running container.
import { execFileSync } from 'node:child_process';
import type { Bench, Measurement } from './types';
import { containerAttach } from '../src/engine/daemon/container/attach';
import { containerCreate } from '../src/engine/daemon/container/create';
import { containerList } from '../src/engine/daemon/container/list';
import { containerStart } from '../src/engine/daemon/container/start';
import { containerWait } from '../src/engine/daemon/container/wait';
import type { Daemon } from '../src/engine/daemon/daemon';
import { testDaemon } from '../test/engine/daemon/container/helpers';
import { simEngine } from '../test/client/sim-engine';
import type { EngineClient } from '../src/client/engine-client';
import { median } from './stats';

async function runRm(d: Daemon): Promise<void> {
  const { Id } = containerCreate(d, { Image: 'busybox', Cmd: ['true'], HostConfig: { AutoRemove: true } });
  const attached = containerAttach(d, Id, { stream: true, stdout: true, stderr: true });
  const removed = containerWait(d, Id, 'removed');
  containerStart(d, Id);
  for await (const frame of attached.output) void frame;
  await removed;
}

/** What `docker run --rm busybox true` asks the engine, through the Engine API (in-process transport). */
async function runRmApi(client: EngineClient): Promise<void> {
  const { Id } = await client.containerCreate({
    Image: 'busybox',
    Cmd: ['true'],
    HostConfig: { AutoRemove: true },
  });
  const session = await client.containerAttach(Id, {
    stream: true,
    stdin: false,
    stdout: true,
    stderr: true,
  });
  const { result } = await client.containerWaitStart(Id, 'removed');
  await client.containerStart(Id);
  for await (const frame of session.output) void frame;
  await result;
}

function realEngineMedian(runs: number): number | null {
  try {
    execFileSync('docker', ['image', 'inspect', 'busybox'], { stdio: 'ignore', timeout: 5000 });
  } catch {
    return null;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync('docker', ['run', '--rm', 'busybox', 'true'], { stdio: 'ignore', timeout: 30_000 });
    times.push(performance.now() - t0);
  }
  return median(times);
}

const runBench: Bench = {
  name: 'docker run --rm busybox true',
  async run(): Promise<Measurement[]> {
    const { daemon } = testDaemon();
    for (let i = 0; i < 50; i++) await runRm(daemon);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      await runRm(daemon);
      times.push(performance.now() - t0);
    }
    const sim = median(times);
    const { client } = simEngine();
    for (let i = 0; i < 20; i++) await runRmApi(client);
    const apiTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await runRmApi(client);
      apiTimes.push(performance.now() - t0);
    }
    const api = median(apiTimes);
    const out: Measurement[] = [
      {
        name: 'run --rm busybox true: daemon operations (median)',
        value: sim,
        unit: 'ms',
        target: '< 2 ms',
        ok: sim < 2,
      },
      {
        name: 'run --rm busybox true: through the Engine API (median)',
        value: api,
        unit: 'ms',
        target: '< 2 ms',
        ok: api < 2,
      },
    ];
    const real = realEngineMedian(5);
    if (real !== null) {
      out.push({ name: 'run --rm busybox true: real engine (median)', value: real, unit: 'ms' });
      out.push({
        name: 'speed-up over the real engine (API path)',
        value: real / api,
        unit: 'x',
        target: '≥ 100×',
        ok: real / api >= 100,
      });
    }
    return out;
  },
};

async function startIdle(d: Daemon, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const { Id } = containerCreate(d, { Image: 'busybox', Cmd: ['sleep', '100000'] });
    containerStart(d, Id);
  }
  await new Promise((r) => setTimeout(r, 0));
}

const psBench: Bench = {
  name: 'docker ps with 1,000 running containers',
  async run(): Promise<Measurement[]> {
    const { daemon } = testDaemon();
    await startIdle(daemon, 1000);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const list = containerList(daemon);
      times.push(performance.now() - t0);
      if (list.length !== 1000) throw new Error(`listed ${list.length} containers`);
    }
    const ms = median(times);
    return [
      {
        name: 'list 1,000 running containers (median)',
        value: ms,
        unit: 'ms',
        target: '< 20 ms',
        ok: ms < 20,
      },
    ];
  },
};

const memoryBench: Bench = {
  name: 'memory per idle container',
  async run(): Promise<Measurement[]> {
    const gc = (globalThis as { gc?: () => void }).gc;
    const { daemon } = testDaemon();
    await startIdle(daemon, 10);
    gc?.();
    const before = process.memoryUsage().heapUsed;
    await startIdle(daemon, 1000);
    gc?.();
    const after = process.memoryUsage().heapUsed;
    const kb = (after - before) / 1000 / 1024;
    return [
      {
        name: `heap per idle running container${gc ? '' : ' (no --expose-gc: upper bound)'}`,
        value: kb,
        unit: 'kB',
      },
    ];
  },
};

export const benches: Bench[] = [runBench, psBench, memoryBench];
