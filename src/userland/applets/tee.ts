// tee(1): copy stdin to stdout and to files (-a appends).

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { errText } from './lib/tool';
import { quotef } from './lib/quote';

export const tee: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'ai',
    long: [
      { name: 'append', key: 'a' },
      { name: 'ignore-interrupts', key: 'i' },
    ],
  });
  if (!p) return 1;
  if (has(p, 'i')) t.ctx.ignoreSignal('SIGINT');
  let status = 0;
  const targets: string[] = [];
  for (const f of p.operands) {
    try {
      t.ctx.fs.writeFile(t.path(f), '', { append: has(p, 'a') });
      targets.push(t.path(f));
    } catch (e) {
      t.error(`${t.gnu ? quotef(f) : f}: ${errText(e)}`);
      status = 1;
    }
  }
  for (;;) {
    const chunk = await t.ctx.stdin.read();
    if (chunk === null) break;
    t.out(chunk);
    for (const f of targets) t.ctx.fs.writeFile(f, chunk, { append: true });
  }
  return status;
};
