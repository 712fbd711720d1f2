// cp(1): -r/-R recursive, -a archive (-dR --preserve=all), -p preserve, -f, -i, -n, -v, -L/-P, -t DIR, -T.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { quoteFile } from './lib/quote';
import { placements } from './lib/target';
import { copyEntry, isWithin } from './lib/copy';
import { askYes } from './lib/prompt';
import { FsError } from '../../engine/fs/types';

export const cp: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'rRapfinvLPdt:T',
    long: [
      { name: 'recursive', key: 'r' },
      { name: 'archive', key: 'a' },
      { name: 'preserve', key: 'p', arg: 'optional' },
      { name: 'force', key: 'f' },
      { name: 'interactive', key: 'i' },
      { name: 'no-clobber', key: 'n' },
      { name: 'verbose', key: 'v' },
      { name: 'dereference', key: 'L' },
      { name: 'no-dereference', key: 'P' },
      { name: 'target-directory', key: 't', arg: 'required' },
      { name: 'no-target-directory', key: 'T' },
    ],
  });
  if (!p) return 1;
  const recursive = has(p, 'r') || has(p, 'R') || has(p, 'a');
  const preserve = has(p, 'p') || has(p, 'a');
  const noDeref = has(p, 'P') || has(p, 'd') || has(p, 'a') || (recursive && !has(p, 'L'));
  const list = placements(t, p.operands, last(p, 't'), has(p, 'T'));
  if (!list) return 1;
  const fs = t.ctx.fs;
  let status = 0;
  for (const { source, dest } of list) {
    const from = t.path(source);
    const to = t.path(dest);
    try {
      const st = noDeref ? fs.lstat(from) : fs.stat(from);
      if (st.type === 'dir' && !recursive) {
        t.error(
          t.gnu
            ? `-r not specified; omitting directory ${quoteFile(source)}`
            : `omitting directory '${source}'`,
        );
        status = 1;
        continue;
      }
      let destSt;
      try {
        destSt = fs.stat(to);
      } catch {}
      if (destSt && destSt.ino === fs.stat(from).ino && st.type !== 'symlink') {
        t.error(
          t.gnu
            ? `${quoteFile(source)} and ${quoteFile(dest)} are the same file`
            : `'${source}' and '${dest}' are the same file`,
        );
        status = 1;
        continue;
      }
      if (st.type === 'dir') {
        if (destSt && destSt.type !== 'dir') {
          t.error(`cannot overwrite non-directory ${quoteFile(dest)} with directory ${quoteFile(source)}`);
          status = 1;
          continue;
        }
        const realTo = destSt
          ? fs.realpath(to)
          : `${fs.realpath(t.path(dest + '/..'))}/${to.split('/').pop()}`;
        if (isWithin(realTo, fs.realpath(from))) {
          if (t.gnu)
            t.error(`cannot copy a directory, ${quoteFile(source)}, into itself, ${quoteFile(dest)}`);
          else t.error(`recursion detected, omitting directory '${dest}'`);
          status = 1;
          continue;
        }
      } else if (destSt) {
        if (destSt.type === 'dir') {
          t.error(`cannot overwrite directory ${quoteFile(dest)} with non-directory`);
          status = 1;
          continue;
        }
        if (has(p, 'n')) continue;
        if (has(p, 'i') && !(await askYes(t, `overwrite ${quoteFile(dest)}? `))) continue;
      }
      copyEntry(fs, from, to, { preserve, noDereference: noDeref, uid: t.ctx.uid, gid: t.ctx.gid });
      if (has(p, 'v')) t.out(`${quoteFile(source)} -> ${quoteFile(dest)}\n`);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const sourceOk = fs.exists(from) || (noDeref && lexists(t, from));
      if (t.gnu)
        t.error(
          `${sourceOk ? `cannot create regular file ${quoteFile(dest)}` : `cannot stat ${quoteFile(source)}`}: ${e.text}`,
        );
      // BusyBox stats the destination first: a missing directory on its way fails as "can't stat".
      else if (!sourceOk || e.code === 'ENOTDIR')
        t.error(`can't stat '${sourceOk ? dest : source}': ${e.text}`);
      else t.error(`can't create '${dest}': ${e.text}`);
      status = 1;
    }
  }
  return status;
};

function lexists(t: Parameters<Applet>[0], path: string): boolean {
  try {
    t.ctx.fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
