// psql: `-h`, `-p`, `-U`, `-d`, `-c`, the banner and `db=# ` prompt on a terminal, statements ended
// by `;`, `\q`, `\dt`; results in psql's aligned format, errors in PostgreSQL's words.
import type { ProcessContext, Program } from '../../engine/process/types';
import { psqlCommand, psqlError, psqlTable } from './sql-format';
import { sqlConnect, statements, type SqlSession } from './sql-wire';
import { PG_VERSION } from './postgres';

const SOCKET = '"/var/run/postgresql/.s.PGSQL.5432"';

async function run(ctx: ProcessContext, s: SqlSession, sql: string): Promise<boolean> {
  const result = await s.query(sql);
  if (result.kind === 'rows') ctx.stdout.write(psqlTable(result.columns, result.rows));
  else if (result.kind === 'done') ctx.stdout.write(psqlCommand(result));
  else {
    ctx.stderr.write(psqlError(result, sql));
    return false;
  }
  return true;
}

async function listTables(ctx: ProcessContext, s: SqlSession, owner: string): Promise<void> {
  const names = (await tableNames(s)).sort();
  if (!names.length) {
    ctx.stdout.write('Did not find any relations.\n');
    return;
  }
  const table = psqlTable(
    ['Schema', 'Name', 'Type', 'Owner'],
    names.map((n) => ['public', n, 'table', owner]),
  );
  const width = table.indexOf('\n');
  const title = 'List of relations';
  ctx.stdout.write(`${' '.repeat(Math.max(0, Math.floor((width - title.length) / 2)))}${title}\n${table}`);
}

/** Table names, from the pg_tables catalog view. */
async function tableNames(s: SqlSession): Promise<string[]> {
  const r = await s.query('SELECT tablename FROM pg_tables');
  return r.kind === 'rows' ? r.rows.map((row) => String(row[0])) : [];
}

export const psql: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let host: string | null = null;
  let port = 5432;
  let user = ctx.env.PGUSER || (ctx.uid === 0 ? 'root' : String(ctx.uid));
  let database: string | null = ctx.env.PGDATABASE || null;
  const commands: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => (a.length > 2 && !a.startsWith('--') ? a.slice(2) : args[++i]);
    if (a.startsWith('-h')) host = value();
    else if (a.startsWith('-p')) port = Number(value());
    else if (a.startsWith('-U')) user = value();
    else if (a.startsWith('-d')) database = value();
    else if (a.startsWith('-c')) commands.push(value());
    else if (a === '--version' || a === '-V') {
      ctx.stdout.write(`psql (PostgreSQL) ${PG_VERSION} (Debian ${PG_VERSION}-1.pgdg120+2)\n`);
      return 0;
    } else positional.push(a);
  }
  database ??= positional[0] ?? user;
  if (positional[1]) user = positional[1];
  const where = host
    ? `at "${host}" (${(await ctx.net.resolve(host)) ?? host}), port ${port}`
    : `on socket ${SOCKET}`;
  let session: SqlSession;
  try {
    session = await sqlConnect(ctx, host ?? '127.0.0.1', port, {
      user,
      password: ctx.env.PGPASSWORD ?? '',
      database,
    });
  } catch (err) {
    const msg = (err as Error).message;
    const reason = /ECONNREFUSED|refused/i.test(msg)
      ? host
        ? 'Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'
        : 'No such file or directory\n\tIs the server running locally and accepting connections on that socket?'
      : `FATAL:  ${msg}`;
    ctx.stderr.write(`psql: error: connection to server ${where} failed: ${reason}\n`);
    return 2;
  }
  const superuser = ctx.env.POSTGRES_USER || 'postgres';
  if (commands.length) {
    let ok = true;
    for (const c of commands) ok = (await run(ctx, session, c.replace(/;\s*$/, ''))) && ok;
    session.close();
    return ok ? 0 : 1;
  }
  const interactive = ctx.stdin.isTTY;
  if (interactive)
    ctx.stdout.write(`psql (${PG_VERSION} (Debian ${PG_VERSION}-1.pgdg120+2))\nType "help" for help.\n\n`);
  const prompt = () => `${database}${user === superuser ? '=#' : '=>'} `;
  let pending = '';
  let ok = true;
  for (;;) {
    if (interactive) ctx.stdout.write(pending.trim() ? `${database}-# ` : prompt());
    const chunk = await ctx.stdin.read();
    if (chunk === null) break;
    const trimmed = (pending + chunk).trim();
    if (trimmed === '\\q') break;
    if (trimmed === '\\dt') {
      await listTables(ctx, session, superuser);
      pending = '';
      continue;
    }
    const { complete, rest } = statements(pending + chunk);
    for (const st of complete) ok = (await run(ctx, session, st.replace(/;$/, ''))) && ok;
    pending = rest.trim() ? rest : '';
  }
  session.close();
  return ok ? 0 : 1;
};
