// The Redis keyspace and the commands the course uses (strings, counters, expiry, lists, hashes,
// keys), with Redis's replies and error texts.
import { array, bulk, error, integer, NIL, OK, simple, type RespValue } from './resp';

type Entry =
  | { type: 'string'; value: string }
  | { type: 'list'; value: string[] }
  | { type: 'hash'; value: Map<string, string> };

const WRONGTYPE = error('WRONGTYPE Operation against a key holding the wrong kind of value');
const NOT_INT = error('ERR value is not an integer or out of range');
const SYNTAX = error('ERR syntax error');

/** Redis glob patterns (`*`, `?`, `[abc]`) for KEYS. */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

/** Arity as Redis declares it: n exact, -n at least n (command name included). */
const ARITY: Record<string, number> = {
  ping: -1,
  echo: 2,
  set: -3,
  get: 2,
  del: -2,
  exists: -2,
  incr: 2,
  decr: 2,
  incrby: 3,
  decrby: 3,
  append: 3,
  keys: 2,
  expire: 3,
  ttl: 2,
  persist: 2,
  mget: -2,
  mset: -3,
  lpush: -3,
  rpush: -3,
  lrange: 4,
  llen: 2,
  lpop: -2,
  rpop: -2,
  hset: -4,
  hget: 3,
  hgetall: 2,
  hdel: -3,
  flushall: -1,
  flushdb: -1,
  dbsize: 1,
  select: 2,
  type: 2,
  strlen: 2,
  getset: 3,
  setnx: 3,
  save: 1,
  info: -1,
  command: -1,
  quit: -1,
  client: -2,
  shutdown: -1,
};

export class RedisDb {
  private readonly data = new Map<string, Entry>();
  private readonly expiry = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  get size(): number {
    this.purge();
    return this.data.size;
  }

  private purge(): void {
    const t = this.now();
    for (const [k, at] of this.expiry) {
      if (at <= t) {
        this.data.delete(k);
        this.expiry.delete(k);
      }
    }
  }

  private get(key: string): Entry | undefined {
    this.purge();
    return this.data.get(key);
  }

  private set(key: string, entry: Entry, keepTtl = false): void {
    this.data.set(key, entry);
    if (!keepTtl) this.expiry.delete(key);
  }

  /** Snapshot for RDB saves: key → JSON-able entry. */
  dump(): Record<string, unknown> {
    this.purge();
    const out: Record<string, unknown> = {};
    for (const [k, e] of this.data) {
      out[k] = {
        type: e.type,
        value: e.type === 'hash' ? [...e.value] : e.value,
        expireAt: this.expiry.get(k) ?? null,
      };
    }
    return out;
  }

  load(snapshot: Record<string, { type: Entry['type']; value: unknown; expireAt: number | null }>): void {
    for (const [k, e] of Object.entries(snapshot)) {
      if (e.type === 'hash')
        this.data.set(k, { type: 'hash', value: new Map(e.value as [string, string][]) });
      else this.data.set(k, { type: e.type, value: e.value } as Entry);
      if (e.expireAt !== null) this.expiry.set(k, e.expireAt);
    }
  }

  private counter(key: string, delta: number): RespValue {
    const e = this.get(key);
    if (e && e.type !== 'string') return WRONGTYPE;
    const current = e ? e.value : '0';
    if (!/^-?\d+$/.test(current)) return NOT_INT;
    const next = Number(current) + delta;
    this.set(key, { type: 'string', value: String(next) }, true);
    return integer(next);
  }

  private list(key: string, create: boolean): string[] | RespValue | undefined {
    const e = this.get(key);
    if (!e) {
      if (!create) return undefined;
      const value: string[] = [];
      this.set(key, { type: 'list', value });
      return value;
    }
    return e.type === 'list' ? e.value : WRONGTYPE;
  }

  private hash(key: string, create: boolean): Map<string, string> | RespValue | undefined {
    const e = this.get(key);
    if (!e) {
      if (!create) return undefined;
      const value = new Map<string, string>();
      this.set(key, { type: 'hash', value });
      return value;
    }
    return e.type === 'hash' ? e.value : WRONGTYPE;
  }

  /** Runs one command (name and arguments); the server handles connection-level ones. */
  exec(argv: readonly string[]): RespValue {
    const name = (argv[0] ?? '').toLowerCase();
    const args = argv.slice(1);
    const arity = ARITY[name];
    if (arity === undefined) {
      const shown = args.map((a) => `'${a}'`).join(' ');
      return error(`ERR unknown command '${argv[0]}', with args beginning with: ${shown}`);
    }
    if ((arity > 0 && argv.length !== arity) || (arity < 0 && argv.length < -arity)) {
      return error(`ERR wrong number of arguments for '${name}' command`);
    }
    switch (name) {
      case 'ping':
        return args.length ? bulk(args[0]) : simple('PONG');
      case 'echo':
        return bulk(args[0]);
      case 'set':
        return this.setCommand(args);
      case 'setnx':
        if (this.get(args[0])) return integer(0);
        this.set(args[0], { type: 'string', value: args[1] });
        return integer(1);
      case 'getset': {
        const e = this.get(args[0]);
        if (e && e.type !== 'string') return WRONGTYPE;
        this.set(args[0], { type: 'string', value: args[1] });
        return bulk(e ? e.value : null);
      }
      case 'get': {
        const e = this.get(args[0]);
        if (!e) return NIL;
        return e.type === 'string' ? bulk(e.value) : WRONGTYPE;
      }
      case 'strlen': {
        const e = this.get(args[0]);
        if (!e) return integer(0);
        return e.type === 'string' ? integer(new TextEncoder().encode(e.value).length) : WRONGTYPE;
      }
      case 'append': {
        const e = this.get(args[0]);
        if (e && e.type !== 'string') return WRONGTYPE;
        const value = (e?.value ?? '') + args[1];
        this.set(args[0], { type: 'string', value }, true);
        return integer(new TextEncoder().encode(value).length);
      }
      case 'del':
        return integer(
          args.filter((k) => this.get(k) && (this.data.delete(k), this.expiry.delete(k), true)).length,
        );
      case 'exists':
        return integer(args.filter((k) => this.get(k)).length);
      case 'type':
        return simple(this.get(args[0])?.type ?? 'none');
      case 'incr':
        return this.counter(args[0], 1);
      case 'decr':
        return this.counter(args[0], -1);
      case 'incrby':
      case 'decrby': {
        if (!/^-?\d+$/.test(args[1])) return NOT_INT;
        return this.counter(args[0], (name === 'incrby' ? 1 : -1) * Number(args[1]));
      }
      case 'mget':
        return array(
          args.map((k) => {
            const e = this.get(k);
            return e?.type === 'string' ? bulk(e.value) : NIL;
          }),
        );
      case 'mset':
        if (args.length % 2) return error("ERR wrong number of arguments for 'mset' command");
        for (let i = 0; i < args.length; i += 2) this.set(args[i], { type: 'string', value: args[i + 1] });
        return OK;
      case 'keys': {
        const re = globToRegExp(args[0]);
        this.purge();
        return array([...this.data.keys()].filter((k) => re.test(k)).map((k) => bulk(k)));
      }
      case 'expire': {
        if (!/^-?\d+$/.test(args[1])) return NOT_INT;
        if (!this.get(args[0])) return integer(0);
        this.expiry.set(args[0], this.now() + Number(args[1]) * 1000);
        return integer(1);
      }
      case 'persist':
        return integer(this.get(args[0]) && this.expiry.delete(args[0]) ? 1 : 0);
      case 'ttl': {
        if (!this.get(args[0])) return integer(-2);
        const at = this.expiry.get(args[0]);
        return integer(at === undefined ? -1 : Math.round((at - this.now()) / 1000));
      }
      case 'lpush':
      case 'rpush': {
        const l = this.list(args[0], true);
        if (!Array.isArray(l)) return l as RespValue;
        if (name === 'lpush') for (const v of args.slice(1)) l.unshift(v);
        else l.push(...args.slice(1));
        return integer(l.length);
      }
      case 'lpop':
      case 'rpop': {
        const l = this.list(args[0], false);
        if (l === undefined) return NIL;
        if (!Array.isArray(l)) return l;
        const v = name === 'lpop' ? l.shift() : l.pop();
        if (l.length === 0) this.data.delete(args[0]);
        return bulk(v ?? null);
      }
      case 'llen': {
        const l = this.list(args[0], false);
        if (l === undefined) return integer(0);
        return Array.isArray(l) ? integer(l.length) : l;
      }
      case 'lrange': {
        const l = this.list(args[0], false);
        if (l === undefined) return array([]);
        if (!Array.isArray(l)) return l;
        if (!/^-?\d+$/.test(args[1]) || !/^-?\d+$/.test(args[2])) return NOT_INT;
        let start = Number(args[1]);
        let stop = Number(args[2]);
        if (start < 0) start = Math.max(0, l.length + start);
        if (stop < 0) stop = l.length + stop;
        return array(l.slice(start, stop + 1).map((v) => bulk(v)));
      }
      case 'hset': {
        if (args.length % 2 === 0) return error("ERR wrong number of arguments for 'hset' command");
        const h = this.hash(args[0], true);
        if (!(h instanceof Map)) return h as RespValue;
        let added = 0;
        for (let i = 1; i < args.length; i += 2) {
          if (!h.has(args[i])) added++;
          h.set(args[i], args[i + 1]);
        }
        return integer(added);
      }
      case 'hget': {
        const h = this.hash(args[0], false);
        if (h === undefined) return NIL;
        return h instanceof Map ? bulk(h.get(args[1]) ?? null) : h;
      }
      case 'hdel': {
        const h = this.hash(args[0], false);
        if (h === undefined) return integer(0);
        if (!(h instanceof Map)) return h;
        return integer(args.slice(1).filter((f) => h.delete(f)).length);
      }
      case 'hgetall': {
        const h = this.hash(args[0], false);
        if (h === undefined) return array([]);
        if (!(h instanceof Map)) return h;
        return array([...h].flatMap(([k, v]) => [bulk(k), bulk(v)]));
      }
      case 'flushall':
      case 'flushdb':
        this.data.clear();
        this.expiry.clear();
        return OK;
      case 'dbsize':
        return integer(this.size);
      case 'select':
        return args[0] === '0' ? OK : error('ERR DB index is out of range');
      case 'command':
        return array([]);
      default:
        return SYNTAX;
    }
  }

  private setCommand(args: readonly string[]): RespValue {
    const [key, value, ...opts] = args;
    let expireAt: number | undefined;
    let nx = false;
    let xx = false;
    for (let i = 0; i < opts.length; i++) {
      const o = opts[i].toUpperCase();
      if (o === 'NX') nx = true;
      else if (o === 'XX') xx = true;
      else if ((o === 'EX' || o === 'PX') && opts[i + 1] !== undefined) {
        const n = opts[++i];
        if (!/^\d+$/.test(n)) return NOT_INT;
        if (Number(n) <= 0) return error("ERR invalid expire time in 'set' command");
        expireAt = this.now() + Number(n) * (o === 'EX' ? 1000 : 1);
      } else return SYNTAX;
    }
    if (nx && xx) return SYNTAX;
    const exists = !!this.get(key);
    if ((nx && exists) || (xx && !exists)) return NIL;
    this.set(key, { type: 'string', value });
    if (expireAt !== undefined) this.expiry.set(key, expireAt);
    return OK;
  }
}
