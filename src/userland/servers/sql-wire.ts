// The simulated database wire between the clients (psql, mysql) and their servers: one JSON object
// per line. (Real PostgreSQL and MySQL speak binary protocols; both ends here are simulated.)
import type { Connection, ProcessContext } from '../../engine/process/types';
import type { SqlDatabase, SqlResult } from './sql';

export interface SqlAuth {
  user: string;
  password: string;
  database: string;
}

type Request = { auth: SqlAuth } | { query: string };
type Reply = { ok: true } | { denied: string } | { result: SqlResult };

class Lines {
  private buf = '';
  constructor(private readonly conn: Connection) {}
  async next(): Promise<string | null> {
    for (;;) {
      const nl = this.buf.indexOf('\n');
      if (nl >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      const chunk = await this.conn.read();
      if (chunk === null) return null;
      this.buf += chunk;
    }
  }
}

export interface SqlServerHooks {
  /** null to accept, else the refusal the client prints. */
  authenticate(auth: SqlAuth, conn: Connection): string | null;
  /** After a statement that changed data (the server persists its data directory). */
  changed(): void;
  /** Statements the server answers itself before its tables (SHOW DATABASES…). */
  intercept?(sql: string): SqlResult | null;
}

export async function serveSql(conn: Connection, db: SqlDatabase, hooks: SqlServerHooks): Promise<void> {
  const lines = new Lines(conn);
  let authed = false;
  for (let line = await lines.next(); line !== null; line = await lines.next()) {
    const req = JSON.parse(line) as Request;
    let reply: Reply;
    if ('auth' in req) {
      const refusal = hooks.authenticate(req.auth, conn);
      authed = refusal === null;
      reply = refusal === null ? { ok: true } : { denied: refusal };
    } else if (!authed) reply = { denied: 'not authenticated' };
    else {
      const result = hooks.intercept?.(req.query) ?? db.execute(req.query);
      if (result.kind === 'done') hooks.changed();
      reply = { result };
    }
    conn.write(`${JSON.stringify(reply)}\n`);
    if ('denied' in reply) break;
  }
  conn.end();
}

export interface SqlSession {
  query(sql: string): Promise<SqlResult>;
  close(): void;
}

/** Connects and authenticates; throws Error(refusal) or the connection error. */
export async function sqlConnect(
  ctx: ProcessContext,
  host: string,
  port: number,
  auth: SqlAuth,
): Promise<SqlSession> {
  const ip = (await ctx.net.resolve(host)) ?? host;
  const conn = await ctx.net.connect(ip, port);
  const lines = new Lines(conn);
  const call = async (req: Request): Promise<Reply> => {
    conn.write(`${JSON.stringify(req)}\n`);
    const line = await lines.next();
    if (line === null) throw new Error('server closed the connection unexpectedly');
    return JSON.parse(line) as Reply;
  };
  const hello = await call({ auth });
  if ('denied' in hello) {
    conn.end();
    throw new Error(hello.denied);
  }
  return {
    query: async (sql) => {
      const r = await call({ query: sql });
      if ('result' in r) return r.result;
      throw new Error('denied' in r ? r.denied : 'protocol error');
    },
    close: () => conn.end(),
  };
}

/** Splits typed input into statements at `;` outside quotes. */
export function statements(text: string): { complete: string[]; rest: string } {
  const complete: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of text) {
    cur += ch;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ';') {
      complete.push(cur.trim());
      cur = '';
    }
  }
  return { complete, rest: cur };
}
