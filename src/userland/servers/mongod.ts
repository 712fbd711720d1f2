// mongod as the official mongo image runs it: MongoDB 7's structured JSON log on stdout, the
// database on 27017 (`--port`) in the container's network namespace, data in the dbPath (/data/db,
// `--dbpath`). The image's docker-entrypoint.sh work is done here too: the MONGO_INITDB_ROOT_USERNAME/
// PASSWORD pair is checked, a first start creates that root user in admin (the temporary server's log
// included), `--auth` follows from the pair and `--bind_ip_all` is the default. SIGINT/SIGTERM stop it.
import type { ProcessContext, Program, Signal } from '../../engine/process/types';
import { mongoLogger, type MongoLogEntry } from './mongo-log';
import { MongoStore, type Reply } from './mongo-store';
import type { MongoDoc } from './mongo-value';
import { serveMongo, type MongoRequest } from './mongo-wire';
import { untilSignal } from './signals';

export const MONGO_VERSION = '7.0.14';
/** Commands a client may run before authenticating. */
const OPEN_COMMANDS = new Set(['ping', 'buildInfo', 'hello', 'isMaster']);
const SIGNALS: Partial<Record<Signal, [number, string]>> = { SIGINT: [2, 'Interrupt'], SIGTERM: [15, 'Terminated'] };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export const mongod: Program = async (ctx: ProcessContext) => {
  const args = ctx.argv.slice(1);
  if (args.includes('--version')) {
    ctx.stdout.write(`db version v${MONGO_VERSION}\n`);
    return 0;
  }
  const port = Number(option(args, '--port') ?? 27017);
  const dbPath = option(args, '--dbpath') ?? '/data/db';
  const log = mongoLogger(ctx);
  const store = new MongoStore(ctx.fs, dbPath, () => ctx.clock.now(), ctx.hostname);
  const existed = store.load();
  const rootUser = ctx.env.MONGO_INITDB_ROOT_USERNAME ?? '';
  const rootPwd = ctx.env.MONGO_INITDB_ROOT_PASSWORD ?? '';
  // What the image's docker-entrypoint.sh does before it execs mongod.
  if (!rootUser !== !rootPwd) {
    ctx.stderr.write(
      "\nerror: missing 'MONGO_INITDB_ROOT_USERNAME' or 'MONGO_INITDB_ROOT_PASSWORD'\n       both must be specified for a user to be created\n\n",
    );
    return 1;
  }
  if (!existed && rootUser) {
    const temp = { net: { bindIp: '127.0.0.1', port: 27017, tls: { mode: 'disabled' } }, processManagement: { fork: true, pidFilePath: '/tmp/docker-entrypoint-temp-mongod.pid' }, systemLog: { destination: 'file', logAppend: true, path: '/proc/1/fd/1' } };
    startupLog(log, ctx, { pid: ctx.pid + 1, port: 27017, dbPath, options: temp, auth: false });
    store.addUser({ user: rootUser, db: 'admin', pwd: rootPwd, roles: [{ role: 'root', db: 'admin' }] });
    // `mongod --shutdown` sends the temporary server SIGTERM.
    shutdownLog(log, 'SignalHandler', 'SIGTERM');
    ctx.stdout.write('\n\nMongoDB init process complete; ready for start up.\n\n');
  }
  store.save();
  const auth = args.includes('--auth') || Boolean(rootUser);
  const options = optionsOf(args, auth);
  startupLog(log, ctx, { pid: ctx.pid, port, dbPath, options, auth });

  let connections = 0;
  let open = 0;
  const close = ctx.net.listen(port, (conn) => {
    const id = ++connections;
    open++;
    const remote = `${conn.remoteAddress}:${conn.remotePort}`;
    log({ c: 'NETWORK', id: 22943, ctx: 'listener', msg: 'Connection accepted', attr: { remote, connectionId: id, connectionCount: open } });
    let user: string | null = null;
    const handle = (req: MongoRequest): Reply => {
      if ('auth' in req) {
        const found = store.users.find((u) => u.user === req.auth.user && u.db === req.auth.db && u.pwd === req.auth.pwd);
        if (!found) {
          log({ c: 'ACCESS', id: 5286307, ctx: `conn${id}`, msg: 'Failed to authenticate', attr: { client: remote, mechanism: 'SCRAM-SHA-256', user: req.auth.user, db: req.auth.db, error: 'AuthenticationFailed: SCRAM authentication failed, storedKey mismatch' } });
          return { ok: 0, errmsg: 'Authentication failed.', code: 18, codeName: 'AuthenticationFailed' };
        }
        user = found.user;
        log({ c: 'ACCESS', id: 5286306, ctx: `conn${id}`, msg: 'Successfully authenticated', attr: { client: remote, mechanism: 'SCRAM-SHA-256', user: found.user, db: found.db } });
        return { ok: 1 };
      }
      const [name] = Object.keys(req.cmd);
      if (name === 'buildInfo') return { version: MONGO_VERSION, ok: 1 };
      if (auth && user === null && !OPEN_COMMANDS.has(name))
        return { ok: 0, errmsg: `Command ${name} requires authentication`, code: 13, codeName: 'Unauthorized' };
      return store.command(req.db, req.cmd as MongoDoc);
    };
    void serveMongo(conn, handle).then(() => {
      open--;
      log({ c: 'NETWORK', id: 22944, ctx: `conn${id}`, msg: 'Connection ended', attr: { remote, connectionId: id, connectionCount: open } });
    });
  });

  const signal = await untilSignal(ctx, ['SIGINT', 'SIGTERM'], () => true);
  close();
  store.save();
  shutdownLog(log, 'SignalHandler', signal);
  return 0;
};

interface Startup {
  pid: number;
  port: number;
  dbPath: string;
  options: Record<string, unknown>;
  auth: boolean;
}

function startupLog(log: (e: MongoLogEntry) => void, ctx: ProcessContext, s: Startup): void {
  log({ c: 'CONTROL', id: 23285, ctx: 'main', msg: "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'" });
  log({ c: 'NETWORK', id: 4648601, ctx: 'main', msg: 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set tcpFastOpenServer, tcpFastOpenClient, and tcpFastOpenQueueSize.' });
  log({ c: 'CONTROL', id: 4615611, ctx: 'initandlisten', msg: 'MongoDB starting', attr: { pid: s.pid, port: s.port, dbPath: s.dbPath, architecture: '64-bit', host: ctx.hostname } });
  log({ c: 'CONTROL', id: 23403, ctx: 'initandlisten', msg: 'Build Info', attr: { buildInfo: { version: MONGO_VERSION, openSSLVersion: 'OpenSSL 3.0.2 15 Mar 2022', modules: [], allocator: 'tcmalloc', environment: { distmod: 'ubuntu2204', distarch: 'x86_64', target_arch: 'x86_64' } } } });
  log({ c: 'CONTROL', id: 51765, ctx: 'initandlisten', msg: 'Operating System', attr: { os: { name: 'Ubuntu', version: '22.04' } } });
  log({ c: 'CONTROL', id: 21951, ctx: 'initandlisten', msg: 'Options set by command line', attr: { options: s.options } });
  if (!s.auth)
    log({ s: 'W', c: 'CONTROL', id: 22120, ctx: 'initandlisten', msg: 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted', tags: ['startupWarnings'] });
  log({ c: 'FTDC', id: 20625, ctx: 'initandlisten', msg: 'Initializing full-time diagnostic data capture', attr: { dataDirectory: `${s.dbPath}/diagnostic.data` } });
  log({ c: 'NETWORK', id: 23015, ctx: 'listener', msg: 'Listening on', attr: { address: `/tmp/mongodb-${s.port}.sock` } });
  log({ c: 'NETWORK', id: 23015, ctx: 'listener', msg: 'Listening on', attr: { address: (s.options.net as { bindIp?: string } | undefined)?.bindIp === '127.0.0.1' ? '127.0.0.1' : '0.0.0.0' } });
  log({ c: 'NETWORK', id: 23016, ctx: 'listener', msg: 'Waiting for connections', attr: { port: s.port, ssl: 'off' } });
}

/** The lines of a shutdown on a signal. */
function shutdownLog(log: (e: MongoLogEntry) => void, context: string, signal: Signal): void {
  const [number, text] = SIGNALS[signal] ?? [15, 'Terminated'];
  log({ c: 'CONTROL', id: 23377, ctx: context, msg: 'Received signal', attr: { signal: number, error: text } });
  log({ c: 'CONTROL', id: 4784900, ctx: context, msg: 'Stepping down the ReplicationCoordinator for shutdown', attr: { waitTimeMillis: 15000 } });
  log({ c: 'CONTROL', id: 20565, ctx: context, msg: 'Now exiting' });
  log({ c: 'CONTROL', id: 23138, ctx: context, msg: 'Shutting down', attr: { exitCode: 0 } });
}

/** The options mongod was given, as its "Options set by command line" line nests them. */
function optionsOf(args: string[], auth: boolean): Record<string, unknown> {
  const net: Record<string, unknown> = {};
  // The entrypoint adds --bind_ip_all unless a --bind_ip is given.
  net.bindIp = option(args, '--bind_ip') ?? '*';
  const port = option(args, '--port');
  if (port) net.port = Number(port);
  const options: Record<string, unknown> = {};
  if (Object.keys(net).length) options.net = net;
  if (auth) options.security = { authorization: 'enabled' };
  const dbPath = option(args, '--dbpath');
  if (dbPath) options.storage = { dbPath };
  return options;
}
