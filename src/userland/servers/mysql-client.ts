// The mysql client: `-u`, `-p<password>`, `-h`, `-P`, `-e`, a database argument, `USE db`; boxed
// tables and "N rows in set" on a terminal, tab-separated output in batch; MySQL's error lines.
import type { ProcessContext, Program } from '../../engine/process/types';
import { mysqlError, mysqlTable } from './sql-format';
import { sqlConnect, statements, type SqlSession } from './sql-wire';
import { MYSQL_VERSION } from './mysql-server';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function run(
  ctx: ProcessContext,
  s: SqlSession,
  sql: string,
  db: { name: string },
  tty: boolean,
): Promise<boolean> {
  const use = /^use\s+(\w+)$/i.exec(sql.trim());
  if (use) {
    db.name = use[1];
    if (tty) ctx.stdout.write('Database changed\n');
    return true;
  }
  const touchesTable =
    /\b(from|into|table|update)\s+\w+/i.test(sql) && !/^show|^create\s+database/i.test(sql.trim());
  if (touchesTable && !db.name) {
    ctx.stderr.write('ERROR 1046 (3D000): No database selected\n');
    return false;
  }
  const result = await s.query(sql);
  if (result.kind === 'rows') {
    const columns = result.columns.map((c) => (c === 'Tables' ? `Tables_in_${db.name}` : c));
    if (result.rows.length || !tty) ctx.stdout.write(mysqlTable(columns, result.rows, tty));
    if (tty)
      ctx.stdout.write(
        result.rows.length
          ? `${plural(result.rows.length, 'row')} in set (0.00 sec)\n\n`
          : 'Empty set (0.00 sec)\n\n',
      );
  } else if (result.kind === 'done') {
    if (tty)
      ctx.stdout.write(
        `Query OK, ${plural(result.command === 'CREATE TABLE' || result.command === 'DROP TABLE' ? 0 : result.count, 'row')} affected (0.01 sec)\n\n`,
      );
  } else {
    ctx.stderr.write(mysqlError(result, db.name, sql));
    return false;
  }
  return true;
}

export const mysqlClient: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let user = 'root';
  let password = '';
  let host = 'localhost';
  let port = 3306;
  const execs: string[] = [];
  const db = { name: '' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-u')) user = a.length > 2 ? a.slice(2) : args[++i];
    else if (a.startsWith('--user=')) user = a.slice(7);
    else if (a.startsWith('-p')) password = a.slice(2);
    else if (a.startsWith('--password=')) password = a.slice(11);
    else if (a.startsWith('-h')) host = a.length > 2 ? a.slice(2) : args[++i];
    else if (a.startsWith('-P')) port = Number(a.length > 2 ? a.slice(2) : args[++i]);
    else if (a.startsWith('-e')) execs.push(a.length > 2 ? a.slice(2) : args[++i]);
    else if (a === '--version' || a === '-V') {
      ctx.stdout.write(`mysql  Ver ${MYSQL_VERSION} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
      return 0;
    } else if (!a.startsWith('-')) db.name = a;
  }
  if (password)
    ctx.stderr.write('mysql: [Warning] Using a password on the command line interface can be insecure.\n');
  let session: SqlSession;
  try {
    session = await sqlConnect(ctx, host === 'localhost' ? '127.0.0.1' : host, port, {
      user,
      password,
      database: db.name,
    });
  } catch (err) {
    const msg = (err as Error).message;
    ctx.stderr.write(
      msg.startsWith('ERROR')
        ? `${msg}\n`
        : host === 'localhost'
          ? "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n"
          : `ERROR 2003 (HY000): Can't connect to MySQL server on '${host}:${port}' (111)\n`,
    );
    return 1;
  }
  const tty = ctx.stdout.isTTY;
  if (execs.length) {
    let ok = true;
    for (const e of execs)
      for (const st of statements(`${e};`).complete)
        ok = (await run(ctx, session, st.replace(/;$/, ''), db, tty)) && ok;
    session.close();
    return ok ? 0 : 1;
  }
  const interactive = ctx.stdin.isTTY;
  if (interactive) {
    ctx.stdout.write(
      `Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is 8\nServer version: ${MYSQL_VERSION} MySQL Community Server - GPL\n\nType 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n`,
    );
  }
  let pending = '';
  let ok = true;
  for (;;) {
    if (interactive) ctx.stdout.write(pending.trim() ? '    -> ' : 'mysql> ');
    const chunk = await ctx.stdin.read();
    if (chunk === null) break;
    const line = (pending + chunk).trim();
    if (/^(exit|quit|\\q);?$/i.test(line)) {
      if (interactive) ctx.stdout.write('Bye\n');
      break;
    }
    const { complete, rest } = statements(pending + chunk);
    for (const st of complete) ok = (await run(ctx, session, st.replace(/;$/, ''), db, interactive)) && ok;
    pending = rest.trim() ? rest : '';
  }
  session.close();
  return ok ? 0 : 1;
};
