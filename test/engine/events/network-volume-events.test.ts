// The simulator publishes the network and volume events dockerd 20.10 published for the same
// sequence (fixtures/network-volume-events.jsonl, recorded by scripts/golden/events/record-events.sh):
// same types, actions, attributes and order, the ids normalised.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Filters } from '../../../src/engine/api/filters';
import type { EventMessage } from '../../../src/engine/api/types';
import { containerAttach } from '../../../src/engine/daemon/container/attach';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerRemove } from '../../../src/engine/daemon/container/remove';
import { containerStart } from '../../../src/engine/daemon/container/start';
import { containerStop } from '../../../src/engine/daemon/container/stop';
import { containerWait } from '../../../src/engine/daemon/container/wait';
import { createNetworkLayer } from '../../../src/engine/daemon/network/layer';
import { MemFs } from '../../../src/engine/fs/memfs';
import { testDaemon } from '../daemon/container/helpers';

const P = 'baleineev';
const LABEL = { 'baleine-events': '' };

const recorded: EventMessage[] = readFileSync(
  fileURLToPath(new URL('./fixtures/network-volume-events.jsonl', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as EventMessage);

/** Each distinct 64-hex id (containers, networks, anonymous volumes) becomes <1>, <2>… by first use. */
function normalise(events: EventMessage[]): unknown[] {
  const ids = new Map<string, string>();
  const norm = (v: string) =>
    /^[0-9a-f]{64}$/.test(v) ? (ids.get(v) ?? ids.set(v, `<${ids.size + 1}>`).get(v)!) : v;
  return events.map((e) => {
    const attrs = Object.entries(e.Actor.Attributes).map(([k, v]) => [k, norm(v)]);
    return {
      keys: Object.keys(e).join(','),
      line: `${e.Type} ${e.Action} ${norm(e.Actor.ID)} ${JSON.stringify(Object.fromEntries(attrs))}`,
    };
  });
}

function eventsDaemon() {
  const t = testDaemon();
  const hostFs = new MemFs({ clock: t.clock });
  const layer = createNetworkLayer({ clock: t.clock, random: t.daemon.random, hostFs: () => hostFs });
  t.daemon.networking = layer.networking;
  t.daemon.volumes = layer.volumes;
  const b = layer.backend(t.daemon);
  const backend = {
    networkCreate: b.networkCreate!,
    networkConnect: b.networkConnect!,
    networkDisconnect: b.networkDisconnect!,
    networkRemove: b.networkRemove!,
    networksPrune: b.networksPrune!,
    volumeCreate: b.volumeCreate!,
    volumeRemove: b.volumeRemove!,
    volumesPrune: b.volumesPrune!,
  };
  return { ...t, backend };
}

/** `docker create --rm NAME …` then `docker start -a NAME`, until the container is gone. */
async function runRemoved(t: ReturnType<typeof eventsDaemon>, name: string, network?: string) {
  const { daemon } = t;
  const { Id } = containerCreate(
    daemon,
    {
      Image: 'busybox',
      Cmd: ['true'],
      HostConfig: { AutoRemove: true, ...(network ? { NetworkMode: network } : {}) },
    },
    name,
  );
  containerAttach(daemon, Id, { stream: true, stdout: true, stderr: true });
  containerStart(daemon, Id);
  await containerWait(daemon, Id, 'removed');
}

/** The recording script's sequence, step for step. */
async function replay(t: ReturnType<typeof eventsDaemon>): Promise<void> {
  const { daemon, backend } = t;
  await backend.networkCreate({ Name: `${P}n1`, Labels: LABEL });
  await backend.networkCreate({ Name: `${P}n2`, Labels: LABEL });
  await backend.volumeCreate({ Name: `${P}v`, Labels: LABEL });
  containerCreate(
    daemon,
    {
      Image: 'busybox',
      Cmd: ['sleep', '100'],
      Volumes: { '/anon': {} },
      HostConfig: { Binds: [`${P}v:/data`], NetworkMode: `${P}n1` },
    },
    `${P}c`,
  );
  containerStart(daemon, `${P}c`);
  await backend.networkConnect(`${P}n2`, { Container: `${P}c` });
  await backend.networkDisconnect(`${P}n2`, { Container: `${P}c` });
  await backend.networkConnect(`${P}n2`, { Container: `${P}c` });
  await containerStop(daemon, `${P}c`, { timeout: 1 });
  await containerRemove(daemon, `${P}c`, { volumes: true });
  await runRemoved(t, `${P}d`);
  await runRemoved(t, `${P}h`, 'host');
  await runRemoved(t, `${P}o`, 'none');
  containerCreate(daemon, { Image: 'busybox', Cmd: ['true'] }, `${P}e`);
  await backend.networkConnect(`${P}n1`, { Container: `${P}e` });
  await containerRemove(daemon, `${P}e`);
  await backend.networkRemove(`${P}n1`);
  await backend.volumeRemove(`${P}v`, { force: false });
  await backend.volumeCreate({ Name: `${P}w`, Labels: LABEL });
  const byLabel = Filters.parse(JSON.stringify({ label: ['baleine-events'] }));
  await backend.networksPrune(byLabel);
  await backend.volumesPrune(byLabel);
}

describe('network and volume events', () => {
  it('match dockerd 20.10 around a container on two networks with a named and an anonymous volume', async () => {
    const t = eventsDaemon();
    const seen: EventMessage[] = [];
    t.daemon.events.subscribe((e) => seen.push(e));
    await replay(t);
    const mine = normalise(seen);
    const real = normalise(recorded);
    expect(mine.map((e) => (e as { line: string }).line)).toEqual(
      real.map((e) => (e as { line: string }).line),
    );
    expect(mine).toEqual(real);
  });
});
