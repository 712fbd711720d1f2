// The server programs by the name their executables' stubs carry (`\x7fELF baleine:<name>`): the
// image catalog installs them (e.g. /usr/sbin/nginx → `nginx`, /docker-entrypoint.sh →
// `nginx-entrypoint`, /usr/local/bin/httpd-foreground → `apache-httpd`).
import type { Program } from '../../engine/process/types';
import { apacheHttpd } from './apache-httpd';
import { nginx } from './nginx';
import { nginxEntrypoint } from './nginx-entrypoint';
import { mysqlClient } from './mysql-client';
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
  'apache-httpd': apacheHttpd,
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
};
