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

/** `docker events --filter` runs over the same window: `# FILTER` lines, each followed by its events. */
const recordedFilters: { filter: string; events: EventMessage[] }[] = [];
for (const l of readFileSync(
  fileURLToPath(new URL('./fixtures/network-volume-filters.txt', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')) {
  if (l.startsWith('# ')) recordedFilters.push({ filter: l.slice(2), events: [] });
  else recordedFilters.at(-1)!.events.push(JSON.parse(l) as EventMessage);
}

/** `type=volume event=mount` as the API's filter map. */
function filterOf(spec: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const one of spec.split(' ')) {
    const [key, value] = one.split('=', 2) as [string, string];
    map.set(key, [...(map.get(key) ?? []), value]);
  }
  return map;
}

/** Each distinct 64-hex id (containers, networks, anonymous volumes) becomes <1>, <2>… by first use. */
class Normaliser {
  private readonly ids = new Map<string, string>();

  private id(v: string): string {
    if (!/^[0-9a-f]{64}$/.test(v)) return v;
    if (!this.ids.has(v)) this.ids.set(v, `<${this.ids.size + 1}>`);
    return this.ids.get(v)!;
  }

  /**
   * One line an event (type, action, actor, attributes), and its top-level keys. dockerd walks Go maps
   * to disconnect a stopped container's networks and unmount its volumes: the order within a run of
   * network or volume events of the same action changes from one recording to the next, so such runs
   * are compared sorted.
   */
  lines(events: EventMessage[]): { keys: string; line: string }[] {
    const out = this.unsorted(events);
    const runKey = (i: number) => {
      const e = events[i];
      return e && e.Type !== 'container' ? `${e.Type} ${e.Action}` : `#${i}`;
    };
    let start = 0;
    for (let i = 1; i <= out.length; i++) {
      if (i < out.length && runKey(i) === runKey(start)) continue;
      out.splice(start, i - start, ...out.slice(start, i).sort((a, b) => a.line.localeCompare(b.line)));
      start = i;
    }
    return out;
  }

  private unsorted(events: EventMessage[]): { keys: string; line: string }[] {
    return events.map((e) => {
      const attrs = Object.entries(e.Actor.Attributes).map(([k, v]) => [k, this.id(v)]);
      return {
        keys: Object.keys(e).join(','),
        line: `${e.Type} ${e.Action} ${this.id(e.Actor.ID)} ${JSON.stringify(Object.fromEntries(attrs))}`,
      };
    });
  }
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
  containerCreate(
    daemon,
    { Image: 'busybox', Cmd: ['foo'], HostConfig: { Binds: [`${P}v:/data`] } },
    `${P}f`,
  );
  expect(() => containerStart(daemon, `${P}f`)).toThrow('executable file not found');
  await containerRemove(daemon, `${P}f`);
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
  const t = eventsDaemon();
  const seen: EventMessage[] = [];
  t.daemon.events.subscribe((e) => seen.push(e));
  const mine = new Normaliser();
  const real = new Normaliser();

  it('match dockerd 20.10 around a container on two networks with a named and an anonymous volume', async () => {
    await replay(t);
    const got = mine.lines(seen);
    const want = real.lines(recorded);
    expect(got.map((e) => e.line)).toEqual(want.map((e) => e.line));
    expect(got).toEqual(want);
  });

  it.each(recordedFilters)('filtered by $filter as dockerd filtered them', ({ filter, events }) => {
    expect(seen.length).toBe(recorded.length);
    const got = mine.lines(t.daemon.events.history(0, Number.POSITIVE_INFINITY, filterOf(filter)));
    expect(got.map((e) => e.line)).toEqual(real.lines(events).map((e) => e.line));
  });
});
