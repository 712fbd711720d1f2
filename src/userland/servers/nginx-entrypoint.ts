// The official nginx image's /docker-entrypoint.sh: when the command is nginx, it reports the
// scripts of /docker-entrypoint.d it runs (on stdout), the IPv6 script edits default.conf as the real
// one does, then it becomes nginx (exec).
import type { ProcessContext, Program } from '../../engine/process/types';
import { nginx } from './nginx';
import { DEFAULT_SITE } from './nginx-config';

const ME = '/docker-entrypoint.sh';
const DIR = '/docker-entrypoint.d/';

function listenOnIpv6(ctx: ProcessContext, log: (s: string) => void): void {
  const script = '10-listen-on-ipv6-by-default.sh';
  let conf: string;
  try {
    conf = ctx.fs.readText(DEFAULT_SITE);
  } catch {
    log(`${script}: info: ${DEFAULT_SITE} is not a file or does not exist`);
    return;
  }
  log(`${script}: info: Getting the checksum of ${DEFAULT_SITE}`);
  if (/listen\s+\[::\]:80;/.test(conf)) {
    log(`${script}: info: ${DEFAULT_SITE} differs from the packaged version`);
    return;
  }
  try {
    ctx.fs.writeFile(DEFAULT_SITE, conf.replace(/(\n\s*listen\s+80;)/, '$1\n    listen  [::]:80;'));
  } catch {
    log(`${script}: info: can not modify ${DEFAULT_SITE} (read-only file system?)`);
    return;
  }
  log(`${script}: info: Enabled listen on IPv6 in ${DEFAULT_SITE}`);
}

export const nginxEntrypoint: Program = async (ctx) => {
  const argv = ctx.argv.slice(1);
  const log = (s: string) => {
    if (!ctx.env.NGINX_ENTRYPOINT_QUIET_LOGS) ctx.stdout.write(`${s}\n`);
  };
  if (argv[0] === 'nginx' || argv[0] === 'nginx-debug') {
    let scripts: string[] = [];
    try {
      scripts = ctx.fs.readdir(DIR).sort();
    } catch {
      scripts = [];
    }
    if (scripts.length) {
      log(`${ME}: ${DIR} is not empty, will attempt to perform configuration`);
      log(`${ME}: Looking for shell scripts in ${DIR}`);
      for (const name of scripts) {
        const path = `${DIR}${name}`;
        const executable = (ctx.fs.stat(path).mode & 0o111) !== 0;
        if (name.endsWith('.envsh')) {
          log(executable ? `${ME}: Sourcing ${path}` : `${ME}: Ignoring ${path}, not executable`);
        } else if (name.endsWith('.sh')) {
          if (!executable) {
            log(`${ME}: Ignoring ${path}, not executable`);
            continue;
          }
          log(`${ME}: Launching ${path}`);
          if (name === '10-listen-on-ipv6-by-default.sh') listenOnIpv6(ctx, log);
        } else log(`${ME}: Ignoring ${path}`);
      }
      log(`${ME}: Configuration complete; ready for start up`);
    } else log(`${ME}: No files found in ${DIR}, skipping configuration`);
  }
  if (argv.length === 0) return 0;
  if (argv[0] === 'nginx' || argv[0] === 'nginx-debug') return nginx({ ...ctx, argv });
  const child = ctx.spawn(argv);
  return child.wait();
};
