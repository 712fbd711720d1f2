// redis-server as the official image runs it: Redis's startup log, RESP over TCP on 6379 (`--port`),
// the keyspace in memory, an RDB snapshot in the working directory (/data) written on SAVE and at
// shutdown and loaded at start, so data survives in a volume; SIGTERM/SIGINT/SHUTDOWN stop it cleanly.
import type { Connection, ProcessContext, Program, Signal } from '../../engine/process/types';
import { RedisDb } from './redis-db';
import { bulk, encode, error, OK, RespParser, type RespValue } from './resp';
import { untilSignal } from './signals';
import { formatUtc } from './dates';

export const REDIS_VERSION = '7.4.1';
const RDB_MAGIC = 'REDIS0011';

function logTime(ms: number): string {
  return formatUtc(ms, '%d %b %Y %H:%M:%S.%L');
}

class RedisServer {
  readonly db: RedisDb;
  private role = 'C';
  private stop: ((how: string) => void) | null = null;
  readonly port: number;
  private readonly rdb: string;

  constructor(private readonly ctx: ProcessContext) {
    const args = ctx.argv.slice(1);
    const p = args.indexOf('--port');
    this.port = p >= 0 ? Number(args[p + 1]) : 6379;
    this.rdb = `${ctx.cwd === '/' ? '' : ctx.cwd}/dump.rdb`;
    this.db = new RedisDb(() => ctx.clock.now());
  }

  log(level: '*' | '#' | '-', text: string): void {
    this.ctx.stdout.write(`${this.ctx.pid}:${this.role} ${logTime(this.ctx.clock.now())} ${level} ${text}\n`);
  }

  private load(): void {
    let raw: string;
    try {
      raw = this.ctx.fs.readText(this.rdb);
    } catch {
      return;
    }
    if (!raw.startsWith(RDB_MAGIC)) {
      this.log('#', 'Wrong signature trying to load DB from file');
      return;
    }
    const snapshot = JSON.parse(raw.slice(RDB_MAGIC.length + 1)) as {
      created: number;
      keys: Record<string, never>;
    };
    this.log('*', `Loading RDB produced by version ${REDIS_VERSION}`);
    this.log(
      '*',
      `RDB age ${Math.max(0, Math.round((this.ctx.clock.now() - snapshot.created) / 1000))} seconds`,
    );
    this.log('*', 'RDB memory usage when created 0.90 Mb');
    this.db.load(snapshot.keys);
    this.log('*', `Done loading RDB, keys loaded: ${Object.keys(snapshot.keys).length}, keys expired: 0.`);
    this.log('*', 'DB loaded from disk: 0.000 seconds');
  }

  save(): boolean {
    const body = JSON.stringify({ created: this.ctx.clock.now(), keys: this.db.dump() });
    try {
      this.ctx.fs.writeFile(this.rdb, `${RDB_MAGIC}\n${body}`);
    } catch (err) {
      this.log(
        '#',
        `Failed opening the temp RDB file temp-${this.ctx.pid}.rdb (in server root dir ${this.ctx.cwd}) for saving: ${(err as Error).message}`,
      );
      return false;
    }
    this.log('*', 'DB saved on disk');
    return true;
  }

  async run(): Promise<number> {
    const ctx = this.ctx;
    this.log('*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    this.log(
      '*',
      `Redis version=${REDIS_VERSION}, bits=64, commit=00000000, modified=0, pid=${ctx.pid}, just started`,
    );
    if (!ctx.argv.slice(1).some((a) => a.endsWith('.conf'))) {
      this.log(
        '#',
        'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      );
    }
    this.role = 'M';
    this.log('*', 'monotonic clock: POSIX clock_gettime');
    this.log('*', `Running mode=standalone, port=${this.port}.`);
    this.log('*', 'Server initialized');
    this.load();
    this.log('*', 'Ready to accept connections tcp');
    const close = ctx.net.listen(this.port, (conn) => void this.serve(conn));
    const how = await new Promise<string>((resolve) => {
      this.stop = resolve;
      void untilSignal(ctx, ['SIGTERM', 'SIGINT'], (s: Signal) => {
        ctx.stdout.write(
          `${ctx.pid}:signal-handler (${Math.floor(ctx.clock.now() / 1000)}) Received ${s} scheduling shutdown...\n`,
        );
        resolve('signal');
        return true;
      });
    });
    close();
    if (how === 'signal' || how === 'shutdown') this.log('#', 'User requested shutdown...');
    this.log('*', 'Saving the final RDB snapshot before exiting.');
    this.save();
    this.log('#', 'Redis is now ready to exit, bye bye...');
    return 0;
  }

  private async serve(conn: Connection): Promise<void> {
    const parser = new RespParser();
    for (;;) {
      const chunk = await conn.read();
      if (chunk === null) break;
      parser.push(chunk);
      for (let v = parser.next(); v; v = parser.next()) {
        const argv =
          v.kind === 'array' && v.value
            ? v.value.map((x) => (x.kind === 'bulk' ? (x.value ?? '') : String(x.value)))
            : [];
        if (argv.length === 0) continue;
        const reply = this.command(argv);
        if (reply === 'close') {
          conn.write(encode(OK));
          conn.end();
          return;
        }
        conn.write(encode(reply));
      }
    }
    conn.end();
  }

  private command(argv: string[]): RespValue | 'close' {
    switch (argv[0].toLowerCase()) {
      case 'quit':
        return 'close';
      case 'save':
        return this.save() ? OK : error('ERR');
      case 'shutdown':
        this.stop?.('shutdown');
        return OK;
      case 'client':
        return OK;
      case 'info':
        return bulk(
          `# Server\r\nredis_version:${REDIS_VERSION}\r\nredis_mode:standalone\r\nos:Linux\r\nprocess_id:${this.ctx.pid}\r\ntcp_port:${this.port}\r\n\r\n# Keyspace\r\n${this.db.size ? `db0:keys=${this.db.size},expires=0,avg_ttl=0\r\n` : ''}`,
        );
      default:
        return this.db.exec(argv);
    }
  }
}

export const redisServer: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.includes('--version') || args.includes('-v')) {
    ctx.stdout.write(
      `Redis server v=${REDIS_VERSION} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0\n`,
    );
    return 0;
  }
  return new RedisServer(ctx).run();
};
