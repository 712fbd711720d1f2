import { describe, expect, it } from 'vitest';
import { postgres } from '../../../src/userland/servers/postgres';
import { psql } from '../../../src/userland/servers/psql';
import { mysqld } from '../../../src/userland/servers/mysql-server';
import { mysqlClient } from '../../../src/userland/servers/mysql-client';
import { SqlDatabase } from '../../../src/userland/servers/sql';
import { psqlTable } from '../../../src/userland/servers/sql-format';
import { tick, world } from './harness';

describe('the SQL engine', () => {
  it('creates, inserts with a serial id, selects with WHERE, updates, deletes', () => {
    const db = new SqlDatabase('x');
    expect(db.execute('CREATE TABLE users (id SERIAL PRIMARY KEY, name TEXT)')).toMatchObject({
      kind: 'done',
    });
    expect(db.execute("INSERT INTO users (name) VALUES ('alice'), ('bob')")).toEqual({
      kind: 'done',
      command: 'INSERT 0',
      count: 2,
    });
    expect(db.execute("SELECT * FROM users WHERE name = 'bob'")).toEqual({
      kind: 'rows',
      columns: ['id', 'name'],
      rows: [[2, 'bob']],
    });
    expect(db.execute("UPDATE users SET name = 'carol' WHERE id = 1")).toMatchObject({ count: 1 });
    expect(db.execute('SELECT count(*) FROM users')).toEqual({
      kind: 'rows',
      columns: ['count'],
      rows: [[2]],
    });
    expect(db.execute('DELETE FROM users WHERE id = 2')).toMatchObject({ count: 1 });
    expect(db.execute('SELECT * FROM nope')).toEqual({
      kind: 'error',
      code: 'undefined_table',
      name: 'nope',
    });
  });

  it("prints psql's aligned table", () => {
    expect(psqlTable(['id', 'name'], [[1, 'alice']])).toBe(
      ' id | name  \n----+-------\n  1 | alice\n(1 row)\n\n',
    );
  });
});

describe('postgres and psql', () => {
  it('refuses to start without POSTGRES_PASSWORD, exit 1', async () => {
    const w = world();
    const { proc, stderr } = w.run(postgres, ['postgres']);
    expect(await proc.wait()).toMatchObject({ status: 1 });
    expect(stderr.text).toContain(
      'Error: Database is uninitialized and superuser password is not specified.',
    );
  });

  it('initialises once, serves psql, keeps tables in PGDATA across restarts', async () => {
    const w = world();
    const env = { POSTGRES_PASSWORD: 'secret' };
    const first = w.run(postgres, ['postgres'], { env });
    await tick();
    expect(first.stdout.text).toContain('PostgreSQL init process complete; ready for start up.');
    expect(first.stderr.text).toMatch(/UTC \[1\] LOG: {2}database system is ready to accept connections\n/);
    const root = w.run(psql, ['psql', '-c', 'SELECT 1']);
    expect(await root.proc.wait()).toMatchObject({ status: 2 });
    expect(root.stderr.text).toBe(
      'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  role "root" does not exist\n',
    );
    const create = w.run(psql, [
      'psql',
      '-U',
      'postgres',
      '-c',
      'CREATE TABLE notes (id SERIAL, texte TEXT)',
      '-c',
      "INSERT INTO notes (texte) VALUES ('bonjour')",
    ]);
    await create.proc.wait();
    expect(create.stdout.text).toBe('CREATE TABLE\nINSERT 0 1\n');
    const bad = w.run(psql, ['psql', '-U', 'postgres', '-c', 'SELECT * FROM notez']);
    expect(await bad.proc.wait()).toMatchObject({ status: 1 });
    expect(bad.stderr.text).toBe(
      'ERROR:  relation "notez" does not exist\nLINE 1: SELECT * FROM notez\n                      ^\n',
    );
    first.proc.signal('SIGINT');
    expect(await first.proc.wait()).toMatchObject({ status: 0 });
    expect(first.stderr.text).toContain('LOG:  received fast shutdown request');
    const second = w.run(postgres, ['postgres'], { env });
    await tick();
    expect(second.stdout.text).toContain(
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
    );
    const read = w.run(psql, ['psql', '-U', 'postgres', '-c', 'SELECT * FROM notes']);
    await read.proc.wait();
    expect(read.stdout.text).toBe(' id |  texte  \n----+---------\n  1 | bonjour\n(1 row)\n\n');
  });
});

describe('mysql', () => {
  it('needs a root password option', async () => {
    const w = world();
    const { proc, stderr } = w.run(mysqld, ['mysqld']);
    expect(await proc.wait()).toMatchObject({ status: 1 });
    expect(stderr.text).toContain(
      '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
    );
  });

  it('accepts the client with the root password, refuses a wrong one', async () => {
    const w = world();
    const server = w.run(mysqld, ['mysqld'], { env: { MYSQL_ROOT_PASSWORD: 'pw', MYSQL_DATABASE: 'app' } });
    await tick();
    expect(server.stderr.text).toContain("/usr/sbin/mysqld: ready for connections. Version: '8.4.2'");
    const denied = w.run(mysqlClient, ['mysql', '-uroot', '-pnope', '-e', 'SELECT 1']);
    expect(await denied.proc.wait()).toMatchObject({ status: 1 });
    expect(denied.stderr.text).toBe(
      "mysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n",
    );
    const ok = w.run(mysqlClient, [
      'mysql',
      '-uroot',
      '-ppw',
      'app',
      '-e',
      "CREATE TABLE t (id INT, nom TEXT); INSERT INTO t VALUES (1, 'a'); SELECT * FROM t",
    ]);
    expect(await ok.proc.wait()).toMatchObject({ status: 0 });
    expect(ok.stdout.text).toBe('id\tnom\n1\ta\n');
    const nodb = w.run(mysqlClient, ['mysql', '-uroot', '-ppw', '-e', 'SELECT * FROM t']);
    await nodb.proc.wait();
    expect(nodb.stderr.text).toContain('ERROR 1046 (3D000): No database selected\n');
    const dbs = w.run(mysqlClient, ['mysql', '-uroot', '-ppw', '-e', 'SHOW DATABASES']);
    await dbs.proc.wait();
    expect(dbs.stdout.text).toBe('Database\napp\ninformation_schema\nmysql\nperformance_schema\nsys\n');
  });
});
