// The simulator publishes the container events the real engine published for the same commands
// (test/engine/daemon/container/fixtures/real-events.jsonl), in the same order and shape.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../src/engine/api/types';
import { containerAttach } from '../../../src/engine/daemon/container/attach';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerKill } from '../../../src/engine/daemon/container/kill';
import { containerPause } from '../../../src/engine/daemon/container/pause';
import { containerRemove } from '../../../src/engine/daemon/container/remove';
import { containerRename } from '../../../src/engine/daemon/container/rename';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { containerStop } from '../../../src/engine/daemon/container/stop';
import { containerUnpause } from '../../../src/engine/daemon/container/unpause';
import { containerWait } from '../../../src/engine/daemon/container/wait';
import { execCreate } from '../../../src/engine/daemon/exec/create';
import { execStart } from '../../../src/engine/daemon/exec/start';
import { EventBus } from '../../../src/engine/events/bus';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { testDaemon } from '../daemon/container/helpers';

const recorded: EventMessage[] = readFileSync(
  fileURLToPath(new URL('../daemon/container/fixtures/real-events.jsonl', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as EventMessage)
  .filter((e) => e.Type === 'container');

function summary(e: EventMessage): string {
  const a = e.Actor.Attributes;
  const extra = ['exitCode', 'signal', 'oldName'].filter((k) => k in a).map((k) => `${k}=${a[k]}`);
  return [e.Action, ...extra].join(' ');
}

describe('container events', () => {
  it('match the real engine for run --rm, a failed run, exec, pause, kill, rename, stop and rm', async () => {
    const { daemon } = testDaemon();
    const seen: EventMessage[] = [];
    daemon.events.subscribe((e) => seen.push(e));
    const run = async (cmd: string[], rm: boolean) => {
      const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: cmd, HostConfig: { AutoRemove: rm } });
      containerAttach(daemon, Id, { stream: true, stdout: true, stderr: true });
      try {
        containerStart(daemon, Id);
        await containerWait(daemon, Id, 'removed');
      } catch {
        // docker run reports the runtime error; --rm removed the container.
      }
    };
    await run(['true'], true);
    await run(['foo'], true);
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, 'baleineeva');
    containerStart(daemon, 'baleineeva');
    const { Id } = execCreate(daemon, 'baleineeva', { Cmd: ['true'] });
    await execStart(daemon, Id).exit;
    containerPause(daemon, 'baleineeva');
    containerUnpause(daemon, 'baleineeva');
    await containerKill(daemon, 'baleineeva', 'USR1');
    containerRename(daemon, 'baleineeva', 'baleineevb');
    await containerStop(daemon, 'baleineevb', { timeout: 1 });
    await containerRemove(daemon, 'baleineevb');
    expect(seen.map(summary)).toEqual(recorded.map(summary));
    for (const [mine, real] of seen.map((e, i) => [e, recorded[i]] as const)) {
      expect(Object.keys(mine)).toEqual(Object.keys(real));
      expect(Object.keys(mine.Actor.Attributes)).toEqual(Object.keys(real.Actor.Attributes));
    }
  });

  it('filters by event and container name; history replays since a time', () => {
    const clock = new VirtualClock({ start: 1_000_000 });
    const bus = new EventBus(clock);
    const got: string[] = [];
    bus.subscribe(
      (e) => got.push(e.Action),
      new Map([
        ['event', ['die']],
        ['container', ['web']],
      ]),
    );
    bus.publish({
      Type: 'container',
      Action: 'start',
      Actor: { ID: 'a'.repeat(64), Attributes: { name: 'web' } },
    });
    bus.publish({
      Type: 'container',
      Action: 'die',
      Actor: { ID: 'b'.repeat(64), Attributes: { name: 'other' } },
    });
    clock.advance(5000);
    bus.publish({
      Type: 'container',
      Action: 'die',
      Actor: { ID: 'a'.repeat(64), Attributes: { name: 'web', exitCode: '0' } },
    });
    expect(got).toEqual(['die']);
    expect(bus.history(1_002_000).map((e) => e.Action)).toEqual(['die']);
    expect(bus.history(0)[2]).toMatchObject({
      time: 1005,
      timeNano: 1_005_000_000_000,
      scope: 'local',
      status: 'die',
    });
  });
});
