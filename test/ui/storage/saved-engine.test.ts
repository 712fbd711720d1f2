// The engine in the browser store (fake-indexeddb): saved incrementally, loaded back whole, damaged
// records quarantined, reset clears it.
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { BrowserStore } from '../../../src/ui/storage/store';
import { unwrap } from '../../../src/ui/storage/records';
import { Autosave } from '../../../src/ui/storage/saved-host';
import { clearSaved, EngineSaver, loadSavedEngine } from '../../../src/ui/storage/saved-engine';
import { problemText } from '../../../src/ui/storage/problem-text';
import { contentKeys, EngineSnapshotError, restoreEngine, snapshotEngine } from '../../../src/engine/persist';
import type { SimWorld } from '../../../src/world/world';
import { machine, sh } from '../../engine/persist/helpers';

async function openStore(factory = new IDBFactory()) {
  return (await BrowserStore.open(factory, { now: () => Date.UTC(2026, 10, 23, 9, 0, 0) })).store!;
}

const source = (w: SimWorld) => (stored: (key: string) => boolean) => snapshotEngine(w.engine, { stored });

const LIST =
  "docker ps -a --format '{{.Names}} {{.Status}}'; docker images; docker volume ls; docker network ls";

describe('EngineSaver and loadSavedEngine', () => {
  it('save, then load into a fresh engine: the same listings', async () => {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      'docker volume create donnees',
      "docker run --name un -v donnees:/d busybox sh -c 'echo 1 > /d/f'",
    );
    await new EngineSaver(store).save(source(w));
    const loaded = await loadSavedEngine(store);
    const fresh = machine();
    restoreEngine(fresh.engine, loaded);
    expect(await sh(fresh, LIST)).toBe(await sh(w, LIST));
    expect(await sh(fresh, 'docker run --rm -v donnees:/d busybox cat /d/f')).toBe('1\n');
  });

  it('writes each layer once and drops the layers no image uses any more', async () => {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    const saver = new EngineSaver(store);
    const update = vi.spyOn(store, 'updateContent');
    await saver.save(source(w));
    const base = Object.keys(update.mock.calls[0]![0]);
    expect(base.length).toBeGreaterThan(0);
    update.mockClear();
    await saver.save(source(w));
    expect(update.mock.calls).toEqual([[{}]]);
    update.mockClear();
    await sh(w, "docker run --name un busybox sh -c 'echo 1 > /f'", 'docker commit un neuf');
    await saver.save(source(w));
    const added = Object.keys(update.mock.calls[0]![0]);
    expect(added).toHaveLength(1);
    expect(base).not.toContain(added[0]);
    await sh(w, 'docker rm un', 'docker rmi neuf');
    update.mockClear();
    await saver.save(source(w));
    expect(update.mock.calls).toEqual([[{}], [{}, added]]);
    expect(await store.contentKeys()).toEqual(new Set(base));
  });

  it('quarantines a state record too damaged to list its content', async () => {
    const store = await openStore();
    await store.write('engine', { format: 'baleine-engine', version: 1, state: { images: 'abîmé' } });
    expect(await loadSavedEngine(store)).toBeUndefined();
    expect(await store.quarantined()).toEqual(['quarantine/engine/2026-11-23T09:00:00.000Z']);
    expect(problemText(store.problems[0]!)).toBe(
      "L'état de Docker enregistré dans ce navigateur (images, conteneurs, volumes, réseaux) était inutilisable " +
        '(données incomplètes ou mal formées). Il a été mis de côté, sans être effacé, sous la clé ' +
        '«\u00a0quarantine/engine/2026-11-23T09:00:00.000Z\u00a0» de la base IndexedDB «\u00a0baleine\u00a0»\u00a0; ' +
        'Docker a démarré à vide, vos fichiers et votre historique sont conservés.',
    );
  });

  it('loads a state whose layer is gone; restoring it is refused as missing content', async () => {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    await new EngineSaver(store).save(source(w));
    const [key] = await store.contentKeys();
    await store.updateContent({}, [key!]);
    const loaded = await loadSavedEngine(store);
    const error = (() => {
      try {
        restoreEngine(machine().engine, loaded);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EngineSnapshotError);
    expect((error as EngineSnapshotError).problem).toBe('missing-content');
  });

  it('reset clears the engine and its content, not the quarantine', async () => {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    await new EngineSaver(store).save(source(w));
    await store.quarantine('host-fs', 'test');
    await store.clear(['host-fs', 'shell-history', 'engine']);
    expect(await store.read('engine')).toBeUndefined();
    expect(await store.contentKeys()).toEqual(new Set());
    expect(await store.quarantined()).toHaveLength(1);
  });

  it('Autosave saves the engine after engine changes only', async () => {
    const store = await openStore();
    const w = machine();
    const snapshotEngineSpy = vi.fn(source(w));
    const snapshotFs = vi.fn(() => w.host.fs.snapshot());
    const autosave = new Autosave(
      store,
      { snapshotFs, history: () => [], snapshotEngine: snapshotEngineSpy },
      () => {},
      5,
    );
    autosave.changed('host');
    await new Promise((r) => setTimeout(r, 20));
    expect([snapshotFs.mock.calls.length, snapshotEngineSpy.mock.calls.length]).toEqual([1, 0]);
    autosave.changed('engine');
    await autosave.flush();
    expect([snapshotFs.mock.calls.length, snapshotEngineSpy.mock.calls.length]).toEqual([1, 1]);
    expect(await store.read('engine')).toMatchObject({ format: 'baleine-engine' });
  });
});

describe('loadSavedEngine when the content cannot be read', () => {
  it('keeps the state aside instead of letting an empty engine overwrite it', async () => {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    await new EngineSaver(store).save(source(w));
    vi.spyOn(store, 'readContent').mockRejectedValue(new Error('disque illisible'));
    expect(await loadSavedEngine(store)).toBeUndefined();
    expect(store.problems.map((p) => [p.key, p.reason])).toEqual([
      ['engine', 'lecture impossible (disque illisible)'],
    ]);
    expect(await store.read('engine')).toBeUndefined();
    expect(await store.quarantined()).toHaveLength(1);
  });
});

describe('the content of a quarantined engine', () => {
  /** A store holding an engine with busybox, then that record refused and set aside as the app does. */
  async function quarantinedBusybox() {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    await new EngineSaver(store).save(source(w));
    const layers = await store.contentKeys();
    await store.quarantine('engine', "format d'une autre version de Baleine");
    return { store, layers, images: await sh(w, 'docker images') };
  }

  it('outlives the next save of an empty engine, so the record can still be restored', async () => {
    const { store, layers, images } = await quarantinedBusybox();
    await new EngineSaver(store).save(source(machine()));
    expect(await store.contentKeys()).toEqual(layers);
    const [key] = await store.quarantined();
    const record = unwrap('engine', await store.readQuarantined(key!));
    if (!record.ok) throw new Error(record.reason);
    const fresh = machine();
    restoreEngine(fresh.engine, {
      ...(record.data as object),
      content: await store.readContent(contentKeys(record.data)),
    });
    expect(await sh(fresh, 'docker images')).toBe(images);
  });

  it('outlives later states that shared it and then dropped it', async () => {
    const { store, layers } = await quarantinedBusybox();
    const w = machine();
    await w.preload(['busybox']);
    await new EngineSaver(store).save(source(w));
    await sh(w, 'docker rmi busybox');
    await new EngineSaver(store).save(source(w));
    expect(contentKeys(await store.read('engine'))).toEqual([]);
    expect(await store.contentKeys()).toEqual(layers);
  });

  it('is kept even when the record is too damaged to list it', async () => {
    const store = await openStore();
    const w = machine();
    await w.preload(['busybox']);
    const saver = new EngineSaver(store);
    await saver.save(source(w));
    const layers = await store.contentKeys();
    const { state, ...rest } = (await store.read('engine')) as { state: Record<string, unknown> };
    await store.write('engine', { ...rest, state: { ...state, hub: 'abîmé' } });
    expect(await loadSavedEngine(store)).toBeUndefined();
    expect(await store.quarantined()).toHaveLength(1);
    await saver.save(source(machine()));
    expect(await store.contentKeys()).toEqual(layers);
  });

  it('does not keep what only live states used', async () => {
    const { store, layers } = await quarantinedBusybox();
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, "docker run --name un busybox sh -c 'echo 1 > /f'", 'docker commit un neuf');
    const saver = new EngineSaver(store);
    await saver.save(source(w));
    expect((await store.contentKeys()).size).toBe(layers.size + 1);
    await sh(w, 'docker rm un', 'docker rmi neuf');
    await saver.save(source(w));
    expect(await store.contentKeys()).toEqual(layers);
  });

  it('outlives a reset, which drops only the content of the current engine', async () => {
    const { store, layers } = await quarantinedBusybox();
    const w = machine();
    await w.preload(['busybox']);
    await sh(w, "docker run --name un busybox sh -c 'echo 1 > /f'", 'docker commit un neuf');
    await new EngineSaver(store).save(source(w));
    expect((await store.contentKeys()).size).toBe(layers.size + 1);
    await clearSaved(store, ['host-fs', 'shell-history', 'engine']);
    expect(await store.read('engine')).toBeUndefined();
    expect(await store.contentKeys()).toEqual(layers);
    expect(await store.quarantined()).toHaveLength(1);
  });
});
