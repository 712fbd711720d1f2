// The simulated wire between mongosh and mongod: one JSON request and one JSON reply a line
// (`{ db, cmd }` or `{ auth }`). Real MongoDB speaks OP_MSG with BSON; both ends here are simulated.
import type { Connection, ProcessContext } from '../../engine/process/types';
import type { MongoDoc } from './mongo-value';

export interface MongoCredentials {
  user: string;
  pwd: string;
  /** The authentication database (admin unless --authenticationDatabase says otherwise). */
  db: string;
}

export type MongoRequest = { auth: MongoCredentials } | { db: string; cmd: MongoDoc };

/** Yields a connection's lines as they complete. */
export async function* connectionLines(conn: Connection): AsyncGenerator<string> {
  let buf = '';
  for (let chunk = await conn.read(); chunk !== null; chunk = await conn.read()) {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      yield buf.slice(0, nl);
      buf = buf.slice(nl + 1);
    }
  }
}

/** Serves one connection: each request line is answered by `handle`'s reply. */
export async function serveMongo(conn: Connection, handle: (req: MongoRequest) => MongoDoc): Promise<void> {
  for await (const line of connectionLines(conn)) conn.write(`${JSON.stringify(handle(JSON.parse(line) as MongoRequest))}\n`);
  conn.end();
}

export interface MongoSession {
  call(req: MongoRequest): Promise<MongoDoc>;
  close(): void;
}

/** Opens a connection to mongod at host:port; throws the connection error. */
export async function mongoConnect(ctx: ProcessContext, host: string, port: number): Promise<MongoSession> {
  const ip = (await ctx.net.resolve(host)) ?? host;
  const conn = await ctx.net.connect(ip, port);
  const lines = connectionLines(conn);
  return {
    call: async (req) => {
      conn.write(`${JSON.stringify(req)}\n`);
      const next = await lines.next();
      if (next.done) throw new Error('connection closed');
      return JSON.parse(next.value) as MongoDoc;
    },
    close: () => conn.end(),
  };
}
