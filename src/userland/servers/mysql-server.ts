// The official mysql image (entrypoint + mysqld): refuses to initialise without a root password
// option, initialises /var/lib/mysql once, logs as MySQL 8.4 does, and accepts the mysql client on
// 3306 with the root password; tables live in the data directory (a volume keeps them).
import type { ProcessContext, Program } from '../../engine/process/types';
import { SqlDatabase, type SqlResult, type Table } from './sql';
import { serveSql } from './sql-wire';
import { untilSignal } from './signals';

export const MYSQL_VERSION = '8.4.2';
const DATADIR = '/var/lib/mysql';
const DATA_FILE = `${DATADIR}/baleine-tables.json`;
const SYSTEM_DATABASES = ['information_schema', 'mysql', 'performance_schema', 'sys'];

function entryTime(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').slice(0, 19)}+00:00`;
}

function serverTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000Z`;
}

export const mysqld: Program = async (ctx: ProcessContext) => {
  const note = (text: string) =>
    ctx.stdout.write(`${entryTime(ctx.clock.now())} [Note] [Entrypoint]: ${text}\n`);
  const server = (level: string, code: string, text: string) =>
    ctx.stderr.write(`${serverTime(ctx.clock.now())} 0 [${level}] [${code}] [Server] ${text}\n`);
  const rootPassword = ctx.env.MYSQL_ROOT_PASSWORD ?? '';
  const allowEmpty = !!ctx.env.MYSQL_ALLOW_EMPTY_PASSWORD;
  note(`Entrypoint script for MySQL Server ${MYSQL_VERSION}-1.el9 started.`);
  note("Switching to dedicated user 'mysql'");
  note(`Entrypoint script for MySQL Server ${MYSQL_VERSION}-1.el9 started.`);
  const initialized = ctx.fs.exists(`${DATADIR}/mysql`);
  if (!initialized) {
    if (!rootPassword && !allowEmpty && !ctx.env.MYSQL_RANDOM_ROOT_PASSWORD) {
      ctx.stderr.write(
        `${entryTime(ctx.clock.now())} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n`,
      );
      return 1;
    }
    note('Initializing database files');
    ctx.fs.mkdir(`${DATADIR}/mysql`, { recursive: true, mode: 0o750 });
    ctx.fs.writeFile(
      DATA_FILE,
      JSON.stringify({ databases: ctx.env.MYSQL_DATABASE ? [ctx.env.MYSQL_DATABASE] : [], tables: {} }),
    );
    note('Database files initialized');
    note('Starting temporary server');
    note('Temporary server started.');
    if (ctx.env.MYSQL_DATABASE) note(`Creating database ${ctx.env.MYSQL_DATABASE}`);
    note('Stopping temporary server');
    note('Temporary server stopped');
    ctx.stdout.write(
      `\n${entryTime(ctx.clock.now())} [Note] [Entrypoint]: MySQL init process done. Ready for start up.\n\n`,
    );
  }
  const db = new SqlDatabase(MYSQL_VERSION, 'mysql');
  let databases: string[] = [];
  try {
    const saved = JSON.parse(ctx.fs.readText(DATA_FILE)) as {
      databases: string[];
      tables: Record<string, Table>;
    };
    databases = saved.databases;
    db.tables = saved.tables;
  } catch {
    db.tables = {};
  }
  const persist = () => {
    try {
      ctx.fs.writeFile(DATA_FILE, JSON.stringify({ databases, tables: db.tables }));
    } catch {
      // Read-only data directory: changes stay in memory.
    }
  };
  const intercept = (sql: string): SqlResult | null => {
    const s = sql.trim().replace(/;\s*$/, '');
    if (/^show\s+databases$/i.test(s))
      return {
        kind: 'rows',
        columns: ['Database'],
        rows: [...SYSTEM_DATABASES, ...databases].sort().map((n) => [n]),
      };
    const create = /^create\s+database\s+(\w+)$/i.exec(s);
    if (create) {
      if (!databases.includes(create[1])) databases.push(create[1]);
      persist();
      return { kind: 'done', command: 'CREATE DATABASE', count: 1 };
    }
    if (/^select\s+version\(\)$/i.test(s))
      return { kind: 'rows', columns: ['version()'], rows: [[MYSQL_VERSION]] };
    return null;
  };
  server('System', 'MY-015015', 'MySQL Server - start.');
  server('System', 'MY-010116', `/usr/sbin/mysqld (mysqld ${MYSQL_VERSION}) starting as process ${ctx.pid}`);
  server('System', 'MY-013576', '[InnoDB] InnoDB initialization has started.');
  server('System', 'MY-013577', '[InnoDB] InnoDB initialization has ended.');
  server('Warning', 'MY-010068', 'CA certificate ca.pem is self signed.');
  server(
    'System',
    'MY-013602',
    'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.',
  );
  server(
    'System',
    'MY-011323',
    "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
  );
  server(
    'System',
    'MY-010931',
    `/usr/sbin/mysqld: ready for connections. Version: '${MYSQL_VERSION}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
  );
  const close = ctx.net.listen(
    3306,
    (conn) =>
      void serveSql(conn, db, {
        authenticate: (auth, c) => {
          const host = c.remoteAddress === '127.0.0.1' ? 'localhost' : c.remoteAddress;
          if (auth.user !== 'root' && auth.user !== (ctx.env.MYSQL_USER ?? 'root')) {
            return `ERROR 1045 (28000): Access denied for user '${auth.user}'@'${host}' (using password: ${auth.password ? 'YES' : 'NO'})`;
          }
          const expected = auth.user === 'root' ? rootPassword : (ctx.env.MYSQL_PASSWORD ?? '');
          if (auth.password !== expected) {
            return `ERROR 1045 (28000): Access denied for user '${auth.user}'@'${host}' (using password: ${auth.password ? 'YES' : 'NO'})`;
          }
          if (auth.database && ![...SYSTEM_DATABASES, ...databases].includes(auth.database)) {
            return `ERROR 1049 (42000): Unknown database '${auth.database}'`;
          }
          return null;
        },
        changed: persist,
        intercept,
      }),
  );
  await untilSignal(ctx, ['SIGTERM', 'SIGINT'], () => true);
  close();
  server(
    'System',
    'MY-013172',
    `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${MYSQL_VERSION}).`,
  );
  persist();
  server(
    'System',
    'MY-010910',
    `/usr/sbin/mysqld: Shutdown complete (mysqld ${MYSQL_VERSION})  MySQL Community Server - GPL.`,
  );
  return 0;
};
