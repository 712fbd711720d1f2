// which(1): the first executable named NAME on $PATH (-a: all of them).

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';

export const which: Applet = async (t) => {
  const p = getopt(t, t.args, { short: 'as' });
  if (!p) return 2;
  const dirs = (t.ctx.env.PATH ?? '').split(':');
  let status = p.operands.length ? 0 : 1;
  for (const name of p.operands) {
    const candidates = name.includes('/') ? [name] : dirs.map((d) => `${d || '.'}/${name}`);
    let found = false;
    for (const c of candidates) {
      try {
        const st = t.ctx.fs.stat(t.path(c));
        if (st.type !== 'file' || !(st.mode & 0o111)) continue;
      } catch {
        continue;
      }
      found = true;
      if (!has(p, 's')) t.out(c + '\n');
      if (!has(p, 'a')) break;
    }
    if (!found) status = 1;
  }
  return status;
};
