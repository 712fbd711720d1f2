// The official postgres image (docker-entrypoint.sh + postgres): refuses to initialise without
// POSTGRES_PASSWORD, otherwise initialises PGDATA once (initdb's report on stdout), then logs as
// PostgreSQL does on stderr and accepts psql; tables live in PGDATA, so a volume keeps them.
// SIGINT (the image's STOPSIGNAL) and SIGTERM shut it down.
import type { ProcessContext, Program, Signal } from '../../engine/process/types';
import { SqlDatabase, type Table } from './sql';
import { serveSql } from './sql-wire';
import { untilSignal } from './signals';

export const PG_VERSION = '16.4';
const PG_BANNER = `PostgreSQL ${PG_VERSION} (Debian ${PG_VERSION}-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`;
const DATA_FILE = 'base/baleine-tables.json';

function pgTime(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').slice(0, 23)} UTC`;
}

const NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

function initdbReport(pgdata: string): string {
  return `The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.

The database cluster will be initialized with locale "en_US.utf8".
The default database encoding has accordingly been set to "UTF8".
The default text search configuration will be set to "english".

Data page checksums are disabled.

fixing permissions on existing directory ${pgdata} ... ok
creating subdirectories ... ok
selecting dynamic shared memory implementation ... posix
selecting default max_connections ... 100
selecting default shared_buffers ... 128MB
selecting default time zone ... Etc/UTC
creating configuration files ... ok
running bootstrap script ... ok
performing post-bootstrap initialization ... ok
syncing data to disk ... ok


Success. You can now start the database server using:

    pg_ctl -D ${pgdata} -l logfile start

`;
}

export const postgres: Program = async (ctx: ProcessContext) => {
  const pgdata = ctx.env.PGDATA || '/var/lib/postgresql/data';
  const log = (pid: number, text: string) =>
    ctx.stderr.write(`${pgTime(ctx.clock.now())} [${pid}] LOG:  ${text}\n`);
  const initialized = ctx.fs.exists(`${pgdata}/PG_VERSION`);
  const password = ctx.env.POSTGRES_PASSWORD ?? '';
  const trust = ctx.env.POSTGRES_HOST_AUTH_METHOD === 'trust';
  if (!initialized) {
    if (!password && !trust) {
      ctx.stderr.write(NO_PASSWORD);
      return 1;
    }
    ctx.fs.mkdir(`${pgdata}/base`, { recursive: true, mode: 0o700 });
    ctx.fs.writeFile(`${pgdata}/PG_VERSION`, '16\n');
    ctx.fs.writeFile(`${pgdata}/${DATA_FILE}`, '{}');
    ctx.stdout.write(initdbReport(pgdata));
    ctx.stderr.write(
      'initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n',
    );
    ctx.stdout.write('\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n');
    ctx.stdout.write('\nPostgreSQL init process complete; ready for start up.\n\n');
  } else {
    ctx.stdout.write(
      '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n',
    );
  }
  const db = new SqlDatabase(
    `PostgreSQL ${PG_VERSION} (Debian ${PG_VERSION}-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
  );
  try {
    db.tables = JSON.parse(ctx.fs.readText(`${pgdata}/${DATA_FILE}`)) as Record<string, Table>;
  } catch {
    db.tables = {};
  }
  const persist = () => {
    try {
      ctx.fs.writeFile(`${pgdata}/${DATA_FILE}`, JSON.stringify(db.tables));
    } catch {
      // A read-only data directory: the change lives in memory only.
    }
  };
  log(ctx.pid, `starting ${PG_BANNER}`);
  log(ctx.pid, 'listening on IPv4 address "0.0.0.0", port 5432');
  log(ctx.pid, 'listening on IPv6 address "::", port 5432');
  log(ctx.pid, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  log(ctx.pid + 61, `database system was shut down at ${pgTime(ctx.clock.now()).slice(0, 19)} UTC`);
  log(ctx.pid, 'database system is ready to accept connections');
  const close = ctx.net.listen(
    5432,
    (conn) =>
      void serveSql(conn, db, {
        authenticate: (auth, c) => {
          const superuser = ctx.env.POSTGRES_USER || 'postgres';
          if (auth.user !== superuser) return `role "${auth.user}" does not exist`;
          const local = c.remoteAddress === '127.0.0.1';
          if (!local && !trust && auth.password !== password)
            return `password authentication failed for user "${auth.user}"`;
          if (
            auth.database !== (ctx.env.POSTGRES_DB || ctx.env.POSTGRES_USER || 'postgres') &&
            auth.database !== 'postgres'
          ) {
            return `database "${auth.database}" does not exist`;
          }
          return null;
        },
        changed: persist,
      }),
  );
  const signal: Signal = await untilSignal(ctx, ['SIGINT', 'SIGTERM', 'SIGQUIT'], () => true);
  close();
  const kind = signal === 'SIGTERM' ? 'smart' : signal === 'SIGINT' ? 'fast' : 'immediate';
  log(ctx.pid, `received ${kind} shutdown request`);
  if (kind !== 'immediate') {
    log(ctx.pid + 62, 'shutting down');
    log(ctx.pid + 62, 'checkpoint starting: shutdown immediate');
    persist();
  }
  log(ctx.pid, 'database system is shut down');
  return 0;
};
