// mongod's data: databases of collections of documents, plus admin.system.users, kept as one file
// in the dbPath (/data/db, the image's volume) so a restart or a named volume keeps them; and the
// commands the server answers (a subset of MongoDB's database commands, with its error codes).
import type { FileSystem } from '../../engine/fs/types';
import { inspect } from './mongo-inspect';
import { applyUpdate, UpdateError } from './mongo-update';
import { isDoc, matches, sameValue, type MongoDoc, type MongoValue } from './mongo-value';

const DATA_FILE = 'baleine-mongod.json';

export interface MongoUser {
  user: string;
  db: string;
  pwd: string;
  roles: { role: string; db: string }[];
}

interface Stored {
  databases: Record<string, Record<string, MongoDoc[]>>;
  users: MongoUser[];
}

export type Reply = MongoDoc;

/** Orders documents by a sort specification (`{ qte: -1, nom: 1 }`); numbers before strings. */
function sortDocs(docs: MongoDoc[], spec: MongoDoc): MongoDoc[] {
  const rank = (v: MongoValue | undefined) => (v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
  return [...docs].sort((a, b) => {
    for (const [key, dir] of Object.entries(spec)) {
      const [x, y] = [a[key], b[key]];
      const d = rank(x) - rank(y) || (x === y ? 0 : (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0);
      if (d) return d * (dir === -1 ? -1 : 1);
    }
    return 0;
  });
}

const fail = (code: number, codeName: string, errmsg: string): Reply => ({ ok: 0, errmsg, code, codeName });

export class MongoStore {
  private data: Stored = { databases: {}, users: [] };
  private counter = 0;

  constructor(
    private readonly fs: FileSystem,
    private readonly dbPath: string,
    private readonly now: () => number,
    private readonly machine: string,
  ) {}

  /** False when the dbPath holds no data yet (the entrypoint's first start). */
  load(): boolean {
    try {
      this.data = JSON.parse(this.fs.readText(`${this.dbPath}/${DATA_FILE}`)) as Stored;
      return true;
    } catch {
      return false;
    }
  }

  save(): void {
    try {
      this.fs.mkdir(this.dbPath, { recursive: true });
      this.fs.writeFile(`${this.dbPath}/${DATA_FILE}`, JSON.stringify(this.data));
    } catch {
      // A read-only dbPath: the data lives in memory only.
    }
  }

  get users(): readonly MongoUser[] {
    return this.data.users;
  }

  addUser(user: MongoUser): void {
    this.data.users.push(user);
    this.save();
  }

  /** A new ObjectId: seconds, a per-machine part, a counter. */
  objectId(): string {
    const secs = Math.floor(this.now() / 1000).toString(16).padStart(8, '0');
    let h = 0;
    for (const ch of this.machine) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    const machine = h.toString(16).padStart(8, '0') + '00';
    return secs + machine.slice(0, 10) + (this.counter++ & 0xffffff).toString(16).padStart(6, '0');
  }

  private collection(db: string, name: string, create: boolean): MongoDoc[] | undefined {
    if (!create) return this.data.databases[db]?.[name];
    return ((this.data.databases[db] ??= {})[name] ??= []);
  }

  /** Runs one database command against database `db`. */
  command(db: string, cmd: MongoDoc): Reply {
    const [name] = Object.keys(cmd);
    const arg = cmd[name];
    switch (name) {
      case 'ping':
        return { ok: 1 };
      case 'insert':
        return this.insert(db, String(arg), (cmd.documents as MongoDoc[] | undefined) ?? []);
      case 'find': {
        const docs = this.collection(db, String(arg), false) ?? [];
        const filter = isDoc(cmd.filter ?? null) ? (cmd.filter as MongoDoc) : {};
        const found = sortDocs(docs.filter((d) => matches(d, filter)), isDoc(cmd.sort ?? null) ? (cmd.sort as MongoDoc) : {});
        const skip = typeof cmd.skip === 'number' ? cmd.skip : 0;
        const limit = typeof cmd.limit === 'number' && cmd.limit > 0 ? cmd.limit : found.length;
        return { cursor: { firstBatch: found.slice(skip, skip + limit), id: 0, ns: `${db}.${String(arg)}` }, ok: 1 };
      }
      case 'count': {
        const filter = isDoc(cmd.query ?? null) ? (cmd.query as MongoDoc) : {};
        const docs = this.collection(db, String(arg), false) ?? [];
        return { n: docs.filter((d) => matches(d, filter)).length, ok: 1 };
      }
      case 'update':
        return this.update(db, String(arg), (cmd.updates as MongoDoc[] | undefined) ?? []);
      case 'delete':
        return this.remove(db, String(arg), (cmd.deletes as MongoDoc[] | undefined) ?? []);
      case 'drop': {
        if (!this.collection(db, String(arg), false)) return fail(26, 'NamespaceNotFound', 'ns not found');
        delete this.data.databases[db][String(arg)];
        if (!Object.keys(this.data.databases[db]).length) delete this.data.databases[db];
        this.save();
        return { nIndexesWas: 1, ns: `${db}.${String(arg)}`, ok: 1 };
      }
      case 'listCollections':
        return {
          cursor: {
            firstBatch: Object.keys(this.data.databases[db] ?? {}).sort().map((n) => ({ name: n, type: 'collection' })),
            id: 0,
            ns: `${db}.$cmd.listCollections`,
          },
          ok: 1,
        };
      case 'listDatabases':
        return this.listDatabases();
      default:
        return fail(59, 'CommandNotFound', `no such command: '${name}'`);
    }
  }

  private insert(db: string, coll: string, documents: MongoDoc[]): Reply {
    const docs = this.collection(db, coll, true) as MongoDoc[];
    const ids: MongoValue[] = [];
    for (const d of documents) {
      const doc: MongoDoc = { _id: d._id ?? { $oid: this.objectId() }, ...d };
      if (docs.some((x) => JSON.stringify(x._id) === JSON.stringify(doc._id))) {
        return fail(11000, 'DuplicateKey', `E11000 duplicate key error collection: ${db}.${coll} index: _id_ dup key: { _id: ${inspect(doc._id)} }`);
      }
      docs.push(doc);
      ids.push(doc._id);
    }
    this.save();
    return { n: documents.length, insertedIds: ids, ok: 1 };
  }

  private update(db: string, coll: string, updates: MongoDoc[]): Reply {
    const docs = this.collection(db, coll, false) ?? [];
    let n = 0;
    let nModified = 0;
    for (const u of updates) {
      const q = isDoc(u.q ?? null) ? (u.q as MongoDoc) : {};
      for (let i = 0; i < docs.length; i++) {
        if (!matches(docs[i], q)) continue;
        let next: MongoDoc;
        try {
          next = applyUpdate(docs[i], u.u as MongoDoc);
        } catch (err) {
          if (err instanceof UpdateError) return fail(err.code, err.codeName, err.message);
          throw err;
        }
        n++;
        if (!sameValue(next, docs[i])) nModified++;
        docs[i] = next;
        if (!u.multi) break;
      }
    }
    this.save();
    return { n, nModified, ok: 1 };
  }

  private remove(db: string, coll: string, deletes: MongoDoc[]): Reply {
    const docs = this.collection(db, coll, false) ?? [];
    let n = 0;
    for (const d of deletes) {
      const q = isDoc(d.q ?? null) ? (d.q as MongoDoc) : {};
      for (let i = 0; i < docs.length; ) {
        if (matches(docs[i], q) && !(d.limit === 1 && n > 0)) {
          docs.splice(i, 1);
          n++;
          if (d.limit === 1) break;
        } else i++;
      }
    }
    this.save();
    return { n, ok: 1 };
  }

  /** Sizes grow with the stored documents, in WiredTiger's 4 KiB pages. */
  private listDatabases(): Reply {
    const sizes: Record<string, number> = { admin: 40960, config: 12288, local: 40960 };
    if (this.data.users.length) sizes.admin += 61440;
    for (const [name, colls] of Object.entries(this.data.databases)) {
      let size = 0;
      for (const docs of Object.values(colls)) size += 2 * 4096 + 4096 * Math.ceil(JSON.stringify(docs).length / 4096) + 12288;
      sizes[name] = (sizes[name] ?? 0) + size;
    }
    const databases = Object.keys(sizes).sort().map((name) => ({ name, sizeOnDisk: sizes[name], empty: false }));
    return { databases, totalSize: databases.reduce((t, d) => t + d.sizeOnDisk, 0), ok: 1 };
  }
}
