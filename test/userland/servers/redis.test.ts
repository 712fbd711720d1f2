import { describe, expect, it } from 'vitest';
import { redisServer } from '../../../src/userland/servers/redis-server';
import { formatTty, redisCli } from '../../../src/userland/servers/redis-cli';
import { RedisDb } from '../../../src/userland/servers/redis-db';
import { array, bulk, integer, RespParser, encodeCommand } from '../../../src/userland/servers/resp';
import { tick, world } from './harness';

describe('RESP and the keyspace', () => {
  it('parses split input and inline commands', () => {
    const p = new RespParser();
    const wire = encodeCommand(['SET', 'clé', 'valeur']);
    p.push(wire.slice(0, 7));
    expect(p.next()).toBeNull();
    p.push(wire.slice(7) + 'PING\r\n');
    expect(p.next()).toEqual(array([bulk('SET'), bulk('clé'), bulk('valeur')]));
    expect(p.next()).toEqual(array([bulk('PING')]));
  });

  it("answers with Redis's replies and errors", () => {
    let now = 0;
    const db = new RedisDb(() => now);
    expect(db.exec(['INCR', 'hits'])).toEqual(integer(1));
    expect(db.exec(['SET', 'name', 'x', 'EX', '10'])).toEqual({ kind: 'simple', value: 'OK' });
    expect(db.exec(['INCR', 'name'])).toEqual({
      kind: 'error',
      value: 'ERR value is not an integer or out of range',
    });
    expect(db.exec(['LPUSH', 'name', 'a'])).toEqual({
      kind: 'error',
      value: 'WRONGTYPE Operation against a key holding the wrong kind of value',
    });
    expect(db.exec(['GET'])).toEqual({
      kind: 'error',
      value: "ERR wrong number of arguments for 'get' command",
    });
    expect(db.exec(['FOO', 'a'])).toEqual({
      kind: 'error',
      value: "ERR unknown command 'FOO', with args beginning with: 'a'",
    });
    expect(db.exec(['TTL', 'name'])).toEqual(integer(10));
    now = 11_000;
    expect(db.exec(['GET', 'name'])).toEqual(bulk(null));
    expect(db.exec(['KEYS', '*'])).toEqual(array([bulk('hits')]));
  });

  it('formats replies as redis-cli on a terminal', () => {
    expect(formatTty(array([bulk('a'), integer(2), bulk(null)]))).toBe('1) "a"\n2) (integer) 2\n3) (nil)');
  });
});

describe('redis-server and redis-cli', () => {
  it('logs like Redis, serves redis-cli, saves to /data/dump.rdb at shutdown and loads it back', async () => {
    const w = world();
    w.fs.mkdir('/data');
    const server = w.run(redisServer, ['redis-server'], { cwd: '/data' });
    await tick();
    expect(server.stdout.text).toContain(
      '1:C 23 Nov 2026 09:15:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n',
    );
    expect(server.stdout.text).toContain('1:M 23 Nov 2026 09:15:00.000 * Ready to accept connections tcp\n');
    const set = w.run(redisCli, ['redis-cli', 'SET', 'visites', '41']);
    expect(await set.proc.wait()).toMatchObject({ status: 0 });
    expect(set.stdout.text).toBe('OK\n');
    const incr = w.run(redisCli, ['redis-cli', 'INCR', 'visites']);
    await incr.proc.wait();
    expect(incr.stdout.text).toBe('42\n');
    server.proc.signal('SIGTERM');
    expect(await server.proc.wait()).toMatchObject({ status: 0 });
    expect(server.stdout.text).toContain('Received SIGTERM scheduling shutdown...\n');
    expect(server.stdout.text).toContain('# Redis is now ready to exit, bye bye...\n');
    expect(w.fs.readText('/data/dump.rdb').startsWith('REDIS0011')).toBe(true);
    const again = w.run(redisServer, ['redis-server'], { cwd: '/data' });
    await tick();
    expect(again.stdout.text).toContain('Done loading RDB, keys loaded: 1, keys expired: 0.');
    const get = w.run(redisCli, ['redis-cli', 'GET', 'visites']);
    await get.proc.wait();
    expect(get.stdout.text).toBe('42\n');
  });

  it('says when nothing listens', async () => {
    const w = world();
    const cli = w.run(redisCli, ['redis-cli', 'PING']);
    expect(await cli.proc.wait()).toMatchObject({ status: 1 });
    expect(cli.stderr.text).toBe('Could not connect to Redis at 127.0.0.1:6379: Connection refused\n');
  });
});
