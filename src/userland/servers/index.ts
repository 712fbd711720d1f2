// The server programs by the name their executables' stubs carry (`\x7fELF baleine:<name>`), as the
// image catalog (scripts/hub/spec.ts) names them: /usr/sbin/nginx → `nginx`,
// /usr/local/apache2/bin/httpd → `httpd`, /usr/local/bin/redis-server → `redis-server`, …;
// `nginx-entrypoint` is the official nginx image's /docker-entrypoint.sh.
import type { Program } from '../../engine/process/types';
import { apacheHttpd } from './apache-httpd';
import { nginx } from './nginx';
import { nginxEntrypoint } from './nginx-entrypoint';
import { mysqlClient } from './mysql-client';
import { mongod } from './mongod';
import { mongosh } from './mongosh';
import { mysqld } from './mysql-server';
import { node } from './node';
import { postgres } from './postgres';
import { psql } from './psql';
import { python } from './python';
import { redisCli } from './redis-cli';
import { redisServer } from './redis-server';
import { whoami } from './whoami';

export const SERVER_PROGRAMS: Readonly<Record<string, Program>> = {
  nginx,
  'nginx-entrypoint': nginxEntrypoint,
  httpd: apacheHttpd,
  whoami,
  python,
  python3: python,
  node,
  'redis-server': redisServer,
  'redis-cli': redisCli,
  postgres,
  psql,
  mysqld,
  mysql: mysqlClient,
  mongod,
  mongosh,
};
