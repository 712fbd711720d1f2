// KeyValueStorage over IndexedDB (the browser's; fake-indexeddb in tests): one object store of strings.

import type { KeyValueStorage } from './progress';

const STORE = 'kv';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export async function openIdbStorage(name = 'baleine-lessons', factory: IDBFactory = indexedDB): Promise<KeyValueStorage> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onblocked = () => reject(new Error('la base est bloquée par un autre onglet de Baleine'));
    request(open).then(resolve, reject);
  });
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    async get(key) {
      const v: unknown = await request(tx('readonly').get(key));
      return typeof v === 'string' ? v : undefined;
    },
    async set(key, value) {
      await request(tx('readwrite').put(value, key));
    },
  };
}
