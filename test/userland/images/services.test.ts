// The catalog's database images start as a student runs them: their entrypoints step down to the
// service account through gosu, the servers answer their clients, and a missing password stops them
// with the image's own error. A server started by `docker run -d` is reachable at once.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../world/helpers';

describe('service images', () => {
  it('redis stays up, logs its startup and answers redis-cli', async () => {
    const steps = await transcript([
      'docker run -d --name rd redis',
      'docker exec rd redis-cli ping',
      'docker exec rd redis-cli set greeting bonjour',
      'docker exec rd redis-cli get greeting',
      'docker logs rd',
      'docker exec rd grep redis /etc/passwd /etc/group',
      "docker ps --format '{{.Names}} {{.Status}}'",
    ]);
    expect(steps[0].exit).toBe(0);
    expect(steps[1]).toMatchObject({ stdout: 'PONG\n', exit: 0 });
    expect(steps[2].stdout).toBe('OK\n');
    expect(steps[3].stdout).toBe('bonjour\n');
    expect(steps[4].stdout).toMatch(/^\d+:C .* \* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n/);
    expect(steps[4].stdout).toMatch(/\* Ready to accept connections tcp\n/);
    expect(steps[5].stdout).toBe(
      '/etc/passwd:redis:x:999:999::/home/redis:/bin/sh\n/etc/group:redis:x:999:\n',
    );
    expect(steps[6].stdout).toMatch(/^rd Up /);
  });

  it('postgres initialises with a password and runs psql; without one it exits 1', async () => {
    const steps = await transcript([
      'docker run -d --name pg -e POSTGRES_PASSWORD=x postgres',
      "docker exec pg psql -U postgres -c 'select 1'",
      'docker logs pg',
      'docker run --name pg2 postgres',
      "docker inspect -f '{{.State.ExitCode}}' pg2",
    ]);
    expect(steps[1]).toMatchObject({ stdout: ' ?column? \n----------\n        1\n(1 row)\n\n', exit: 0 });
    expect(steps[2].stdout).toContain('PostgreSQL init process complete; ready for start up.\n');
    expect(steps[2].stderr).toMatch(/LOG: {2}database system is ready to accept connections\n/);
    expect(steps[3].exit).toBe(1);
    expect(steps[3].stderr).toMatch(
      /^Error: Database is uninitialized and superuser password is not specified\.\n/,
    );
    expect(steps[4].stdout).toBe('1\n');
  });

  it('mysql starts with MYSQL_ROOT_PASSWORD and answers the client; without it it exits 1', async () => {
    const steps = await transcript([
      'docker run -d --name my -e MYSQL_ROOT_PASSWORD=x mysql',
      "docker exec my mysql -uroot -px -e 'select 1'",
      'docker run --name my2 mysql',
      'docker exec my id mysql',
    ]);
    expect(steps[1]).toMatchObject({ stdout: '1\n1\n', exit: 0 });
    expect(steps[2].exit).toBe(1);
    expect(steps[2].stderr).toContain(
      '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n',
    );
    expect(steps[3].stdout).toBe('uid=999(mysql) gid=999(mysql) groups=999(mysql)\n');
  });

  it('reaches a published server right after docker run -d, without sleeping', async () => {
    const steps = await transcript(['docker run -d -p 8080:80 nginx && curl -s localhost:8080']);
    expect(steps[0].exit).toBe(0);
    expect(steps[0].stdout).toContain('<title>Welcome to nginx!</title>');
  });
});
