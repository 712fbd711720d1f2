// pwd(1): the working directory (-L, the default, uses $PWD when it names the same directory).

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';

export const pwd: Applet = async (t) => {
  const p = getopt(t, t.args, { short: 'LP' });
  if (!p) return 1;
  const physical = has(p, 'P') && p.opts[p.opts.length - 1][0] === 'P';
  const envPwd = t.ctx.env.PWD;
  let dir = t.ctx.cwd;
  if (physical) dir = t.ctx.fs.realpath(dir);
  else if (envPwd?.startsWith('/') && envPwd !== dir) {
    try {
      if (t.ctx.fs.stat(envPwd).ino === t.ctx.fs.stat(dir).ino) dir = envPwd;
    } catch {}
  }
  t.out(dir + '\n');
  return 0;
};
