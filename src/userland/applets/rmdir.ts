// rmdir(1): remove empty directories; -p removes the parents too.

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { errText } from './lib/tool';
import { quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { dirname } from '../../engine/fs/path';

export const rmdir: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'pv',
    long: [
      { name: 'parents', key: 'p' },
      { name: 'verbose', key: 'v' },
      { name: 'ignore-fail-on-non-empty', key: 'I' },
    ],
  });
  if (!p) return 1;
  if (p.operands.length === 0) return usage(t, 'missing operand');
  let status = 0;
  for (const d of p.operands) {
    let target = d;
    for (;;) {
      try {
        t.ctx.fs.rmdir(t.path(target));
        if (has(p, 'v')) t.out(`rmdir: removing directory, ${quoteFile(target)}\n`);
      } catch (e) {
        const text = errText(e);
        if (!(has(p, 'I') && text === 'Directory not empty')) {
          t.error(t.gnu ? `failed to remove ${quoteFile(target)}: ${text}` : `'${target}': ${text}`);
          status = 1;
        }
        break;
      }
      if (!has(p, 'p')) break;
      const parent = dirname(target.replace(/\/+$/, ''));
      if (parent === '.' || parent === '/' || parent === target) break;
      target = parent;
    }
  }
  return status;
};
