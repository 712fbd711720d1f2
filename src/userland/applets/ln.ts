// ln(1): hard links, or symbolic links with -s; -f replaces, -n treats a link to a dir as a file, -v, -r? no.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { errText } from './lib/tool';
import { quoteFile } from './lib/quote';
import { placements } from './lib/target';
import { basename } from '../../engine/fs/path';
import { FsError } from '../../engine/fs/types';

export const ln: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'sfnvTt:',
    long: [
      { name: 'symbolic', key: 's' },
      { name: 'force', key: 'f' },
      { name: 'no-dereference', key: 'n' },
      { name: 'verbose', key: 'v' },
      { name: 'target-directory', key: 't', arg: 'required' },
      { name: 'no-target-directory', key: 'T' },
    ],
  });
  if (!p) return 1;
  const fs = t.ctx.fs;
  const symbolic = has(p, 's');
  // `ln -s TARGET` alone links into the working directory; -n means a final symlink to a dir is replaced, not entered.
  const ops = p.operands.length === 1 ? [p.operands[0], basename(p.operands[0])] : p.operands;
  let list;
  if (has(p, 'n') && ops.length === 2 && !last(p, 't')) list = [{ source: ops[0], dest: ops[1] }];
  else list = placements(t, ops, last(p, 't'), has(p, 'T'));
  if (!list) return 1;
  let status = 0;
  for (const { source, dest } of list) {
    const to = t.path(dest);
    try {
      if (!symbolic && fs.lstat(t.path(source)).type === 'dir' && t.gnu) {
        t.error(`${source}: hard link not allowed for directory`);
        status = 1;
        continue;
      }
    } catch (e) {
      t.error(t.gnu ? `failed to access ${quoteFile(source)}: ${errText(e)}` : `${source}: ${errText(e)}`);
      status = 1;
      continue;
    }
    try {
      if (has(p, 'f')) {
        try {
          if (fs.lstat(to).type === 'dir') throw new FsError('EISDIR', dest, 'unlink');
          fs.unlink(to);
        } catch (e) {
          if (!(e instanceof FsError) || e.code !== 'ENOENT') throw e;
        }
      }
      if (symbolic) fs.symlink(source, to);
      else fs.link(t.path(source), to);
      if (has(p, 'v')) t.out(`${quoteFile(dest)} ${symbolic ? '->' : '=>'} ${quoteFile(source)}\n`);
    } catch (e) {
      const text = errText(e);
      t.error(
        t.gnu
          ? `failed to create ${symbolic ? 'symbolic' : 'hard'} link ${quoteFile(dest)}: ${text}`
          : `${dest}: ${text}`,
      );
      status = 1;
    }
  }
  return status;
};
