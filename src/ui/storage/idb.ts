// Promise wrappers over the callback-style IndexedDB API. The factory is injected so the same code runs
// on the browser's `indexedDB` and, in node tests, on fake-indexeddb.

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Opens `name` at whatever version it has, then makes sure `storeName` exists (upgrading by one version
 * if a foreign or older database lacks it). Never asks for a fixed version, so a database written by a
 * newer Baleine still opens; its records are then judged one by one.
 */
export async function openWithStore(
  factory: IDBFactory,
  name: string,
  storeName: string,
): Promise<IDBDatabase> {
  const db = await open(factory, name, undefined, storeName);
  if (db.objectStoreNames.contains(storeName)) return db;
  const next = db.version + 1;
  db.close();
  return open(factory, name, next, storeName);
}

function open(
  factory: IDBFactory,
  name: string,
  version: number | undefined,
  storeName: string,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? factory.open(name) : factory.open(name, version);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(storeName)) db.createObjectStore(storeName);
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the database must not be blocked by us.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error(`cannot open IndexedDB database ${name}`));
    req.onblocked = () => reject(new Error(`IndexedDB database ${name} is blocked by another tab`));
  });
}
