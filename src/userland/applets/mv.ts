// mv(1): rename, or copy and remove across filesystems (EXDEV); -f -i -n -v -t DIR -T.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has, last } from './lib/getopt';
import { errText } from './lib/tool';
import { quoteFile } from './lib/quote';
import { placements } from './lib/target';
import { copyEntry } from './lib/copy';
import { askYes } from './lib/prompt';
import { FsError } from '../../engine/fs/types';

function removeTree(t: Tool, path: string): void {
  const fs = t.ctx.fs;
  if (fs.lstat(path).type === 'dir') {
    for (const n of fs.readdir(path)) removeTree(t, `${path}/${n}`);
    fs.rmdir(path);
  } else fs.unlink(path);
}

export const mv: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'finvt:T',
    long: [
      { name: 'force', key: 'f' },
      { name: 'interactive', key: 'i' },
      { name: 'no-clobber', key: 'n' },
      { name: 'verbose', key: 'v' },
      { name: 'target-directory', key: 't', arg: 'required' },
      { name: 'no-target-directory', key: 'T' },
    ],
  });
  if (!p) return 1;
  const list = placements(t, p.operands, last(p, 't'), has(p, 'T'));
  if (!list) return 1;
  const fs = t.ctx.fs;
  const mode = p.opts.filter(([k]) => 'fin'.includes(k)).pop()?.[0];
  let status = 0;
  for (const { source, dest } of list) {
    const from = t.path(source);
    const to = t.path(dest);
    let st;
    try {
      st = fs.lstat(from);
    } catch (e) {
      t.error(
        t.gnu ? `cannot stat ${quoteFile(source)}: ${errText(e)}` : `can't rename '${source}': ${errText(e)}`,
      );
      status = 1;
      continue;
    }
    let destSt;
    try {
      destSt = fs.lstat(to);
    } catch {}
    if (destSt && destSt.ino === st.ino) {
      if (!t.gnu) continue;
      t.error(`${quoteFile(source)} and ${quoteFile(dest)} are the same file`);
      status = 1;
      continue;
    }
    if (destSt) {
      if (mode === 'n') continue;
      if (mode === 'i' && !(await askYes(t, `overwrite ${quoteFile(dest)}? `))) continue;
    }
    try {
      try {
        fs.rename(from, to);
      } catch (e) {
        if (!(e instanceof FsError) || e.code !== 'EXDEV') throw e;
        if (destSt) removeTree(t, to);
        copyEntry(fs, from, to, { preserve: true, noDereference: true, uid: t.ctx.uid, gid: t.ctx.gid });
        removeTree(t, from);
      }
      if (has(p, 'v'))
        t.out(t.gnu ? `renamed ${quoteFile(source)} -> ${quoteFile(dest)}\n` : `'${source}' -> '${dest}'\n`);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      status = 1;
      if (!t.gnu) t.error(`can't rename '${source}': ${e.text}`);
      else if (e.code === 'EINVAL')
        t.error(`cannot move ${quoteFile(source)} to a subdirectory of itself, ${quoteFile(dest)}`);
      else if (e.code === 'EISDIR' || (e.code === 'ENOTDIR' && destSt?.type === 'dir'))
        t.error(`cannot overwrite directory ${quoteFile(dest)} with non-directory`);
      else if (e.code === 'ENOTDIR' && st.type === 'dir' && destSt)
        t.error(`cannot overwrite non-directory ${quoteFile(dest)} with directory ${quoteFile(source)}`);
      else t.error(`cannot move ${quoteFile(source)} to ${quoteFile(dest)}: ${e.text}`);
    }
  }
  return status;
};
