import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { BrowserStore } from '../../../src/ui/storage/store';
import { Autosave, loadSavedHost } from '../../../src/ui/storage/saved-host';

async function openStore(factory = new IDBFactory()) {
  return (await BrowserStore.open(factory)).store!;
}

const parseFs = (snapshot: unknown) => {
  if (typeof snapshot !== 'object' || snapshot === null || !('files' in snapshot))
    throw new Error('bad snapshot');
  return snapshot as { files: string[] };
};

describe('loadSavedHost', () => {
  it('starts fresh when nothing was saved', async () => {
    expect(await loadSavedHost(await openStore(), parseFs)).toEqual({ fs: undefined, history: [] });
  });

  it('restores what Autosave saved', async () => {
    const factory = new IDBFactory();
    const store = await openStore(factory);
    const source = { snapshotFs: () => ({ files: ['/home/eleve/notes'] }), history: () => ['touch notes'] };
    const autosave = new Autosave(store, source, () => {}, 5);
    autosave.changed();
    await autosave.flush();
    store.close();
    const restored = await loadSavedHost(await openStore(factory), parseFs);
    expect(restored).toEqual({ fs: { files: ['/home/eleve/notes'] }, history: ['touch notes'] });
  });

  it('moves a snapshot the filesystem rejects aside and keeps the history', async () => {
    const store = await openStore();
    await store.write('host-fs', { nope: true });
    await store.write('shell-history', ['ls']);
    const restored = await loadSavedHost(store, parseFs);
    expect(restored).toEqual({ fs: undefined, history: ['ls'] });
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0].reason).toBe('instantané du système de fichiers invalide (bad snapshot)');
    expect(await store.quarantined()).toEqual([store.problems[0].movedTo]);
  });
});

describe('Autosave', () => {
  it('saves once after a burst of changes', async () => {
    const store = await openStore();
    const snapshotFs = vi.fn(() => ({ files: [] }));
    const autosave = new Autosave(store, { snapshotFs, history: () => [] }, () => {}, 20);
    autosave.changed();
    autosave.changed();
    autosave.changed();
    expect(snapshotFs).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 60));
    await autosave.flush();
    expect(snapshotFs).toHaveBeenCalledTimes(1);
  });

  it('does nothing after cancel', async () => {
    const store = await openStore();
    const snapshotFs = vi.fn(() => ({ files: [] }));
    const autosave = new Autosave(store, { snapshotFs, history: () => [] }, () => {}, 5);
    autosave.changed();
    autosave.cancel();
    await autosave.flush();
    expect(snapshotFs).not.toHaveBeenCalled();
  });

  it('reports a failed save in French instead of throwing', async () => {
    const store = await openStore();
    const errors: string[] = [];
    const snapshotFs = () => {
      throw new Error('quota dépassé');
    };
    const autosave = new Autosave(store, { snapshotFs, history: () => [] }, (m) => errors.push(m), 5);
    autosave.changed();
    await autosave.flush();
    expect(errors).toEqual(["Impossible d'enregistrer votre travail dans ce navigateur (quota dépassé)."]);
  });
});
