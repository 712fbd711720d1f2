// mongosh: connects to mongod (`--host`, `--port`, `mongodb://host:port/db`, `-u`/`-p`,
// `--authenticationDatabase`), evaluates `--eval` or what it reads (a `test> ` prompt on a
// terminal) and prints results as mongosh does; errors in mongosh's words.
import type { ProcessContext, Program } from '../../engine/process/types';
import { inspect } from './mongo-inspect';
import { parseShell, ShellSyntaxError, type Statement, type Step } from './mongo-literal';
import { isDoc, type MongoDoc, type MongoValue } from './mongo-value';
import { mongoConnect, type MongoSession } from './mongo-wire';

export const MONGOSH_VERSION = '2.3.1';

class ShellError extends Error {}

/** Cursor methods chained after find(): they shape the query (toArray and pretty change nothing printed). */
const CURSOR_METHODS = new Set(['limit', 'skip', 'sort', 'count', 'toArray', 'pretty']);

interface Target {
  host: string;
  port: number;
  db: string;
}

function parseTarget(spec: string | undefined, host: string, port: number): Target {
  const m = /^(?:mongodb:\/\/)?(?:[^@/]*@)?([^/:?]*)(?::(\d+))?(?:\/([^?]*))?/.exec(spec ?? '');
  if (spec && !spec.startsWith('mongodb://') && !spec.includes('/') && !spec.includes(':'))
    return { host, port, db: spec };
  return { host: m?.[1] || host, port: m?.[2] ? Number(m[2]) : port, db: m?.[3] || 'test' };
}

function serverError(reply: MongoDoc): ShellError {
  return new ShellError(`MongoServerError[${String(reply.codeName)}]: ${String(reply.errmsg)}`);
}

function human(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(2)} KiB`;
}

class Shell {
  constructor(
    private readonly s: MongoSession,
    public db: string,
  ) {}

  private async run(cmd: MongoDoc, db = this.db): Promise<MongoDoc> {
    const reply = await this.s.call({ db, cmd });
    if (reply.ok !== 1) throw serverError(reply);
    return reply;
  }

  /** The value a statement evaluates to; undefined prints nothing. */
  async evaluate(st: Statement): Promise<MongoValue | undefined> {
    if (st.kind === 'use') {
      this.db = st.db;
      return `switched to db ${st.db}`;
    }
    if (st.kind === 'show') return this.show(st.what);
    const [root, ...rest] = st.path;
    if (root !== 'db') throw new ShellError(`ReferenceError: ${root} is not defined`);
    if (st.kind === 'value') {
      if (rest.length === 0) return this.db;
      if (rest.length === 1) return `${this.db}.${rest[0]}`;
      throw new ShellError(`TypeError: ${st.path.join('.')} is not a function`);
    }
    const then = [...st.then];
    let value: MongoValue | undefined;
    if (rest.length === 1) value = await this.dbMethod(rest[0], st.args);
    else if (rest.length === 2) value = await this.collectionMethod(rest[0], rest[1], st.args, then);
    else throw new ShellError(`TypeError: ${st.path.join('.')} is not a function`);
    for (const step of then) {
      if (value === null || value === undefined)
        throw new ShellError(`TypeError: Cannot read properties of ${String(value)} (reading '${step.name}')`);
      if (step.args !== null) throw new ShellError(`TypeError: ${st.path.join('.')}(...).${step.name} is not a function`);
      value = isDoc(value) ? value[step.name] : undefined;
    }
    return value;
  }

  private async show(what: string): Promise<MongoValue | undefined> {
    if (what === 'dbs' || what === 'databases') {
      const r = await this.run({ listDatabases: 1 }, 'admin');
      const dbs = r.databases as { name: string; sizeOnDisk: number }[];
      const width = Math.max(...dbs.map((d) => d.name.length)) + 2;
      return dbs.map((d) => `${d.name.padEnd(width)}${human(d.sizeOnDisk)}`).join('\n');
    }
    if (what === 'collections' || what === 'tables') {
      const names = await this.collectionNames();
      return names.length ? names.join('\n') : undefined;
    }
    throw new ShellError(`MongoshInvalidInputError: [COMMON-10001] '${what}' is not a valid argument for "show".`);
  }

  private async collectionNames(): Promise<string[]> {
    const r = await this.run({ listCollections: 1 });
    return ((r.cursor as MongoDoc).firstBatch as { name: string }[]).map((c) => c.name);
  }

  private async dbMethod(name: string, args: MongoValue[]): Promise<MongoValue | undefined> {
    switch (name) {
      case 'runCommand':
        return this.run(args[0] as MongoDoc);
      case 'adminCommand':
        return this.run(args[0] as MongoDoc, 'admin');
      case 'version':
        return String((await this.run({ buildInfo: 1 })).version);
      case 'getName':
        return this.db;
      case 'getCollectionNames':
        return this.collectionNames();
      default:
        throw new ShellError(`TypeError: db.${name} is not a function`);
    }
  }

  /** `then`: the calls chained after it; a cursor's methods (limit, sort…) are taken from its front. */
  private async collectionMethod(
    coll: string,
    name: string,
    args: MongoValue[],
    then: Step[],
  ): Promise<MongoValue | undefined> {
    const filter = (args[0] ?? {}) as MongoDoc;
    switch (name) {
      case 'insertOne': {
        const r = await this.run({ insert: coll, documents: [args[0] as MongoDoc] });
        return { acknowledged: true, insertedId: (r.insertedIds as MongoValue[])[0] };
      }
      case 'insertMany': {
        const r = await this.run({ insert: coll, documents: args[0] as MongoDoc[] });
        const ids: MongoDoc = {};
        (r.insertedIds as MongoValue[]).forEach((id, i) => (ids[String(i)] = id));
        return { acknowledged: true, insertedIds: ids };
      }
      case 'findOne': {
        const r = await this.run({ find: coll, filter, limit: 1 });
        return ((r.cursor as MongoDoc).firstBatch as MongoDoc[])[0] ?? null;
      }
      case 'find': {
        const cmd: MongoDoc = { find: coll, filter };
        let count = false;
        while (then[0]?.args && CURSOR_METHODS.has(then[0].name)) {
          const step = then.shift() as Step;
          const arg = step.args?.[0] ?? null;
          if (step.name === 'count') count = true;
          else if (step.name === 'limit' || step.name === 'skip' || step.name === 'sort') cmd[step.name] = arg;
        }
        if (count) return (await this.run({ count: coll, query: filter })).n;
        const docs = ((await this.run(cmd)).cursor as MongoDoc).firstBatch as MongoDoc[];
        return docs.length ? docs : undefined;
      }
      case 'countDocuments':
        return (await this.run({ count: coll, query: filter })).n;
      case 'updateOne':
      case 'updateMany': {
        const u = { q: filter, u: args[1] as MongoDoc, multi: name === 'updateMany' };
        const r = await this.run({ update: coll, updates: [u] });
        return { acknowledged: true, insertedId: null, matchedCount: r.n, modifiedCount: r.nModified, upsertedCount: 0 };
      }
      case 'deleteOne':
      case 'deleteMany': {
        const r = await this.run({ delete: coll, deletes: [{ q: filter, limit: name === 'deleteOne' ? 1 : 0 }] });
        return { acknowledged: true, deletedCount: r.n };
      }
      case 'drop': {
        const reply = await this.s.call({ db: this.db, cmd: { drop: coll } });
        if (reply.ok === 1) return true;
        if (reply.codeName === 'NamespaceNotFound') return false;
        throw serverError(reply);
      }
      default:
        throw new ShellError(`TypeError: db.${coll}.${name} is not a function`);
    }
  }
}

interface Options {
  quiet: boolean;
  evals: string[];
  host: string;
  port: number;
  user: string | null;
  password: string;
  authDb: string;
  target?: string;
}

function parseArgs(args: string[]): Options | 'version' {
  const o: Options = { quiet: false, evals: [], host: '127.0.0.1', port: 27017, user: null, password: '', authDb: 'admin' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--version') return 'version';
    if (flag === '--quiet') o.quiet = true;
    else if (flag === '--eval') o.evals.push(value());
    else if (flag === '--host') o.host = value();
    else if (flag === '--port') o.port = Number(value());
    else if (flag === '-u' || flag === '--username') o.user = value();
    else if (flag === '-p' || flag === '--password') o.password = value();
    else if (flag === '--authenticationDatabase') o.authDb = value();
    else o.target = a;
  }
  return o;
}

async function runScript(ctx: ProcessContext, shell: Shell, src: string, printAll: boolean): Promise<boolean> {
  try {
    const statements = parseShell(src);
    let last: MongoValue | undefined;
    for (const st of statements) {
      last = await shell.evaluate(st);
      if (printAll && last !== undefined) ctx.stdout.write(`${inspect(last)}\n`);
    }
    if (!printAll && last !== undefined) ctx.stdout.write(`${inspect(last)}\n`);
    return true;
  } catch (err) {
    const e = err as Error;
    ctx.stderr.write(`${e instanceof ShellSyntaxError ? `SyntaxError: ${e.message}` : e.message}\n`);
    return false;
  }
}

export const mongosh: Program = async (ctx) => {
  const opts = parseArgs(ctx.argv.slice(1));
  if (opts === 'version') {
    ctx.stdout.write(`${MONGOSH_VERSION}\n`);
    return 0;
  }
  const target = parseTarget(opts.target, opts.host, opts.port);
  const app = `appName=mongosh+${MONGOSH_VERSION}`;
  const given = opts.target?.startsWith('mongodb://') ? opts.target : null;
  const url = given
    ? `${given}${given.includes('?') ? '&' : '?'}${app}`
    : `mongodb://${opts.user ? '<credentials>@' : ''}${target.host}:${target.port}/${target.db === 'test' ? '' : target.db}?directConnection=true&serverSelectionTimeoutMS=2000${opts.user ? `&authSource=${opts.authDb}` : ''}&${app}`;
  if (!opts.quiet) ctx.stdout.write(`Current Mongosh Log ID:\t${ctx.clock.now().toString(16).padStart(24, '0').slice(-24)}\nConnecting to:\t\t${url}\n`);
  let session: MongoSession;
  try {
    session = await mongoConnect(ctx, target.host, target.port);
  } catch {
    ctx.stderr.write(`MongoNetworkError: connect ECONNREFUSED ${(await ctx.net.resolve(target.host)) ?? target.host}:${target.port}\n`);
    return 1;
  }
  if (opts.user !== null) {
    const reply = await session.call({ auth: { user: opts.user, pwd: opts.password, db: opts.authDb } });
    if (reply.ok !== 1) {
      ctx.stderr.write(`${serverError(reply).message.replace('[AuthenticationFailed]', '')}\n`);
      session.close();
      return 1;
    }
  }
  const shell = new Shell(session, target.db);
  if (!opts.quiet) {
    const version = await session.call({ db: 'admin', cmd: { buildInfo: 1 } });
    ctx.stdout.write(`Using MongoDB:\t\t${String(version.version)}\nUsing Mongosh:\t\t${MONGOSH_VERSION}\n\nFor mongosh info see: https://www.mongodb.com/docs/mongodb-shell/\n\n`);
  }
  let ok = true;
  if (opts.evals.length) ok = await runScript(ctx, shell, opts.evals.join('\n'), false);
  else {
    const interactive = ctx.stdin.isTTY;
    let pending = '';
    for (let done = false; !done; ) {
      if (interactive && !pending) ctx.stdout.write(`${shell.db}> `);
      const chunk = await ctx.stdin.read();
      if (chunk === null) done = true;
      pending += chunk ?? '\n';
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.trim();
        if (/^(exit|quit)(\(\))?;?$/.test(line)) done = true;
        else if (line && !done) ok = (await runScript(ctx, shell, line, true)) && ok;
      }
    }
  }
  session.close();
  return ok ? 0 : 1;
};
