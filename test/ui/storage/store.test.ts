import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { BrowserStore, QUARANTINE_PREFIX, STORE_NAME } from '../../../src/ui/storage/store';
import { RECORD_VERSION, wrap } from '../../../src/ui/storage/records';
import { request, transactionDone } from '../../../src/ui/storage/idb';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

async function openStore(factory: IDBFactory, now = () => T0) {
  const { store, problem } = await BrowserStore.open(factory, { now });
  expect(problem).toBeNull();
  return store!;
}

/** Writes a raw value under a key, bypassing the envelope (what a damaged or foreign store holds). */
async function putRaw(factory: IDBFactory, key: string, value: unknown, dbName = 'baleine') {
  const db = await request(factory.open(dbName));
  const tx = db.transaction(STORE_NAME, 'readwrite');
  tx.objectStore(STORE_NAME).put(value, key);
  await transactionDone(tx);
  db.close();
}

async function getRaw(factory: IDBFactory, key: string) {
  const db = await request(factory.open('baleine'));
  const value = await request(db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME).get(key));
  db.close();
  return value;
}

describe('BrowserStore', () => {
  it('round-trips records across reopenings', async () => {
    const factory = new IDBFactory();
    const a = await openStore(factory);
    await a.write('shell-history', ['echo bonjour', 'ls']);
    await a.write('host-fs', { root: { type: 'dir', entries: {} } });
    a.close();
    const b = await openStore(factory);
    expect(await b.read('shell-history')).toEqual(['echo bonjour', 'ls']);
    expect(await b.read('host-fs')).toEqual({ root: { type: 'dir', entries: {} } });
    expect(b.problems).toEqual([]);
  });

  it('reads an absent record as undefined without reporting anything', async () => {
    const store = await openStore(new IDBFactory());
    expect(await store.read('host-fs')).toBeUndefined();
    expect(store.problems).toEqual([]);
  });

  it('moves a damaged record aside instead of deleting it, and reports it in French', async () => {
    const factory = new IDBFactory();
    (await openStore(factory)).close();
    await putRaw(factory, 'shell-history', 'ceci nest pas un enregistrement');
    const store = await openStore(factory);
    expect(await store.read('shell-history')).toBeUndefined();
    const movedTo = `${QUARANTINE_PREFIX}shell-history/2026-11-23T09:00:00.000Z`;
    expect(store.problems).toEqual([{ key: 'shell-history', reason: 'enregistrement illisible', movedTo }]);
    expect(await store.quarantined()).toEqual([movedTo]);
    expect(await getRaw(factory, movedTo)).toBe('ceci nest pas un enregistrement');
    expect(await getRaw(factory, 'shell-history')).toBeUndefined();
  });

  it('rejects a record written by a newer format version', async () => {
    const factory = new IDBFactory();
    (await openStore(factory)).close();
    const newer = { ...wrap('host-fs', {}, T0), version: RECORD_VERSION['host-fs'] + 1 };
    await putRaw(factory, 'host-fs', newer);
    const store = await openStore(factory);
    expect(await store.read('host-fs')).toBeUndefined();
    expect(store.problems[0].reason).toMatch(/version plus récente de Baleine/);
    expect(await getRaw(factory, store.problems[0].movedTo!)).toEqual(newer);
  });

  it('rejects a history that is not a list of strings', async () => {
    const factory = new IDBFactory();
    (await openStore(factory)).close();
    await putRaw(factory, 'shell-history', wrap('shell-history', ['ls', 42], T0));
    const store = await openStore(factory);
    expect(await store.read('shell-history')).toBeUndefined();
    expect(store.problems.map((p) => p.reason)).toEqual(['historique illisible']);
  });

  it('keeps every quarantined copy, even two in the same millisecond', async () => {
    const factory = new IDBFactory();
    const store = await openStore(factory);
    await putRaw(factory, 'host-fs', 1);
    await store.read('host-fs');
    await putRaw(factory, 'host-fs', 2);
    await store.read('host-fs');
    const keys = await store.quarantined();
    expect(keys).toHaveLength(2);
    expect(await Promise.all(keys.map((k) => getRaw(factory, k)))).toEqual([1, 2]);
  });

  it('adds its object store to a foreign database of the same name', async () => {
    const factory = new IDBFactory();
    const req = factory.open('baleine', 3);
    req.onupgradeneeded = () => req.result.createObjectStore('autre');
    (await request(req)).close();
    const store = await openStore(factory);
    await store.write('shell-history', ['pwd']);
    expect(await store.read('shell-history')).toEqual(['pwd']);
  });

  it('clears current records but keeps the quarantine', async () => {
    const factory = new IDBFactory();
    const store = await openStore(factory);
    await putRaw(factory, 'host-fs', 'abîmé');
    await store.read('host-fs');
    await store.write('shell-history', ['ls']);
    await store.clear(['host-fs', 'shell-history']);
    expect(await store.read('shell-history')).toBeUndefined();
    expect(await store.quarantined()).toHaveLength(1);
  });

  it('reports a missing IndexedDB instead of throwing', async () => {
    const { store, problem } = await BrowserStore.open(undefined);
    expect(store).toBeNull();
    expect(problem?.reason).toBe('IndexedDB est indisponible dans ce navigateur');
  });

  it('reports a database that refuses to open instead of throwing', async () => {
    const broken = {
      open() {
        throw new DOMException('refusé', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const { store, problem } = await BrowserStore.open(broken);
    expect(store).toBeNull();
    expect(problem?.reason).toBe('base IndexedDB inaccessible (SecurityError : refusé)');
  });
});
