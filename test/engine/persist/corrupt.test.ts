// Corrupt or incompatible saves are refused with a typed error, before the engine is changed.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EngineSnapshotError,
  restoreEngine,
  snapshotEngine,
  type EngineSnapshot,
  type EngineSnapshotProblem,
} from '../../../src/engine/persist';
import { machine, sh } from './helpers';

let good: EngineSnapshot;

beforeAll(async () => {
  const w = machine();
  await w.preload(['busybox']);
  await sh(
    w,
    'docker volume create vol',
    'docker network create net',
    "docker run --name cc -v vol:/v --network net busybox sh -c 'echo x > /v/x'",
  );
  good = structuredClone(snapshotEngine(w.engine));
});

function damaged(change: (s: EngineSnapshot & Record<string, unknown>) => void): unknown {
  const s = structuredClone(good) as EngineSnapshot & Record<string, unknown>;
  change(s);
  return s;
}

const firstLayer = (s: EngineSnapshot): string => `layer/${s.state.images.layers[0]!.diffId}`;

const cases: [string, EngineSnapshotProblem, () => unknown][] = [
  ['not an object', 'format', () => 'hello'],
  ['another format', 'format', () => damaged((s) => (s.format = 'other' as never))],
  ['a newer version', 'version', () => damaged((s) => (s.version = 2))],
  ['no state', 'shape', () => damaged((s) => delete (s as Partial<EngineSnapshot>).state)],
  ['containers not a list', 'shape', () => damaged((s) => (s.state.containers.containers = {} as never))],
  [
    'a container state that does not exist',
    'shape',
    () => damaged((s) => (s.state.containers.containers[0]!.state = 'flying' as never)),
  ],
  ['a missing layer', 'missing-content', () => damaged((s) => delete s.content[firstLayer(s)])],
  [
    'a layer that is not a tar',
    'integrity',
    () => damaged((s) => (s.content[firstLayer(s)] = new Uint8Array(600).fill(7))),
  ],
  [
    'a container of an unknown image',
    'integrity',
    () => damaged((s) => (s.state.containers.containers[0]!.imageId = 'sha256:00')),
  ],
  [
    'a volume whose tree is damaged',
    'integrity',
    () => damaged((s) => (s.state.volumes[0]!.fs = { format: 'nope' } as never)),
  ],
  [
    'no default bridge',
    'integrity',
    () => damaged((s) => (s.state.networks = s.state.networks.filter((n) => n.name !== 'bridge'))),
  ],
  [
    'a reference to no image',
    'integrity',
    () => damaged((s) => (s.state.images.references[0]![1] = 'sha256:ff')),
  ],
  ['a build cache that is not a list', 'shape', () => damaged((s) => (s.state.buildCache = {} as never))],
  ['an old containers format', 'version', () => damaged((s) => (s.state.containers.version = 0))],
];

describe('restoreEngine on damaged saves', () => {
  it.each(cases)('refuses %s (%s) and leaves the engine untouched', async (_what, problem, make) => {
    const w = machine();
    let error: unknown;
    try {
      restoreEngine(w.engine, make());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineSnapshotError);
    expect((error as EngineSnapshotError).problem).toBe(problem);
    expect(await sh(w, 'docker ps -aq; docker images -q; docker volume ls -q')).toBe('');
    expect(await sh(w, "docker network ls --format '{{.Name}}'")).toBe('bridge\nhost\nnone\n');
  });

  it('accepts the undamaged save', async () => {
    const w = machine();
    restoreEngine(w.engine, structuredClone(good));
    expect(await sh(w, "docker ps -a --format '{{.Names}}'; docker volume ls -q")).toBe('cc\nvol\n');
  });
});
