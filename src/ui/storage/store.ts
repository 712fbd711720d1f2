// Baleine's browser storage: one IndexedDB database, one key-value object store. A record that cannot be
// used (damaged, foreign, written by another version) is moved aside under a `quarantine/` key — never
// deleted — and reported as a StorageProblem; the caller then starts clean.

import { openWithStore, request, transactionDone } from './idb';
import { type RecordKind, unwrap, wrap } from './records';

export const DATABASE_NAME = 'baleine';
export const STORE_NAME = 'kv';
export const QUARANTINE_PREFIX = 'quarantine/';
/** Immutable, content-addressed bytes (the engine's layers and pushed blobs), stored once each. */
export const CONTENT_PREFIX = 'content/';

export interface StorageProblem {
  /** The key the record was read from (`host-fs`, …), or null when the database itself failed. */
  key: RecordKind | null;
  /** Why, in French. */
  reason: string;
  /** Where the unusable record now lives, or null if it could not be kept. */
  movedTo: string | null;
}

export interface StoreOptions {
  name?: string;
  now?: () => number;
}

export class BrowserStore {
  readonly problems: StorageProblem[] = [];

  private constructor(
    private readonly db: IDBDatabase,
    private readonly now: () => number,
  ) {}

  /**
   * Opens the store. Resolves with null (and a problem saying why) when IndexedDB is missing or refuses
   * to open — the app then runs without persistence instead of failing.
   */
  static async open(
    factory: IDBFactory | undefined,
    opts: StoreOptions = {},
  ): Promise<{ store: BrowserStore | null; problem: StorageProblem | null }> {
    if (!factory) {
      return {
        store: null,
        problem: { key: null, reason: 'IndexedDB est indisponible dans ce navigateur', movedTo: null },
      };
    }
    try {
      const db = await openWithStore(factory, opts.name ?? DATABASE_NAME, STORE_NAME);
      return { store: new BrowserStore(db, opts.now ?? Date.now), problem: null };
    } catch (e) {
      return {
        store: null,
        problem: { key: null, reason: `base IndexedDB inaccessible (${describe(e)})`, movedTo: null },
      };
    }
  }

  /** The record's data, or undefined if absent or unusable (then quarantined and listed in `problems`). */
  async read(kind: RecordKind): Promise<unknown> {
    let raw: unknown;
    try {
      raw = await request(this.tx('readonly').get(kind));
    } catch (e) {
      this.problems.push({ key: kind, reason: `lecture impossible (${describe(e)})`, movedTo: null });
      return undefined;
    }
    if (raw === undefined) return undefined;
    const checked = unwrap(kind, raw);
    if (checked.ok) return checked.data;
    await this.quarantine(kind, checked.reason, raw);
    return undefined;
  }

  async write(kind: RecordKind, data: unknown): Promise<void> {
    const store = this.tx('readwrite');
    store.put(wrap(kind, data, this.now()), kind);
    await transactionDone(store.transaction);
  }

  /**
   * Moves the record at `kind` aside (e.g. when its data turned out unusable after unwrapping) and
   * records the problem. Returns the problem.
   */
  async quarantine(kind: RecordKind, reason: string, raw?: unknown): Promise<StorageProblem> {
    let problem: StorageProblem;
    try {
      const store = this.tx('readwrite');
      const value = raw !== undefined ? raw : await request(store.get(kind));
      const movedTo = await this.freeQuarantineKey(store, kind);
      store.put(value, movedTo);
      store.delete(kind);
      await transactionDone(store.transaction);
      problem = { key: kind, reason, movedTo };
    } catch (e) {
      problem = { key: kind, reason: `${reason} ; mise de côté impossible (${describe(e)})`, movedTo: null };
    }
    this.problems.push(problem);
    return problem;
  }

  /**
   * Deletes the current records and the content but `keepContent` (the "Réinitialiser" action).
   * Quarantined records stay.
   */
  async clear(kinds: RecordKind[], keepContent: ReadonlySet<string> = new Set()): Promise<void> {
    const store = this.tx('readwrite');
    for (const kind of kinds) store.delete(kind);
    if (kinds.includes('engine')) {
      for (const key of await this.keys(store, CONTENT_PREFIX)) {
        if (!keepContent.has(key.slice(CONTENT_PREFIX.length))) store.delete(key);
      }
    }
    await transactionDone(store.transaction);
  }

  /** The content keys stored (without the prefix). */
  async contentKeys(): Promise<Set<string>> {
    const keys = await this.keys(this.tx('readonly'), CONTENT_PREFIX);
    return new Set(keys.map((k) => k.slice(CONTENT_PREFIX.length)));
  }

  /** The stored bytes of `keys`; keys that are absent (or not bytes) are left out. */
  async readContent(keys: Iterable<string>): Promise<Record<string, Uint8Array>> {
    const store = this.tx('readonly');
    const out: Record<string, Uint8Array> = {};
    await Promise.all(
      [...keys].map(async (key) => {
        const value: unknown = await request(store.get(CONTENT_PREFIX + key));
        if (value instanceof Uint8Array) out[key] = value;
      }),
    );
    return out;
  }

  /** Adds content and drops content no longer needed, in one transaction. */
  async updateContent(add: Record<string, Uint8Array>, drop: Iterable<string> = []): Promise<void> {
    const store = this.tx('readwrite');
    for (const [key, bytes] of Object.entries(add)) store.put(bytes, CONTENT_PREFIX + key);
    for (const key of drop) store.delete(CONTENT_PREFIX + key);
    await transactionDone(store.transaction);
  }

  /** Keys of the records moved aside so far, oldest first. */
  async quarantined(): Promise<string[]> {
    return (await this.keys(this.tx('readonly'), QUARANTINE_PREFIX)).sort();
  }

  /** The value of a record moved aside (a key from `quarantined()`), as it was stored; undefined for other keys. */
  async readQuarantined(key: string): Promise<unknown> {
    if (!key.startsWith(QUARANTINE_PREFIX)) return undefined;
    return request(this.tx('readonly').get(key));
  }

  private async keys(store: IDBObjectStore, prefix: string): Promise<string[]> {
    const keys = await request(store.getAllKeys());
    return keys.map(String).filter((k) => k.startsWith(prefix));
  }

  private async freeQuarantineKey(store: IDBObjectStore, kind: RecordKind): Promise<string> {
    const base = `${QUARANTINE_PREFIX}${kind}/${new Date(this.now()).toISOString()}`;
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}#${n}`;
      if ((await request(store.count(key))) === 0) return key;
    }
  }

  close(): void {
    this.db.close();
  }

  private tx(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE_NAME, mode).objectStore(STORE_NAME);
  }
}

function describe(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    return typeof name === 'string' && name !== 'Error' ? `${name} : ${String(message)}` : String(message);
  }
  return String(e);
}
