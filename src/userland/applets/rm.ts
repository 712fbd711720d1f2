// rm(1): remove files; -r/-R recursive, -f ignore missing and never prompt, -i prompt, -d empty dirs, -v.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has } from './lib/getopt';
import { errText } from './lib/tool';
import { quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { FsError } from '../../engine/fs/types';
import { basename } from '../../engine/fs/path';
import { askYes } from './lib/prompt';

interface RmOptions {
  recursive: boolean;
  force: boolean;
  interactive: boolean;
  dirs: boolean;
  verbose: boolean;
}

function failure(t: Tool, shown: string, e: unknown): void {
  const text = errText(e);
  t.error(t.gnu ? `cannot remove ${quoteFile(shown)}: ${text}` : `can't remove '${shown}': ${text}`);
}

async function remove(t: Tool, shown: string, o: RmOptions): Promise<boolean> {
  const fs = t.ctx.fs;
  const path = t.path(shown);
  let st;
  try {
    st = fs.lstat(path);
  } catch (e) {
    if (o.force && e instanceof FsError && e.code === 'ENOENT') return true;
    failure(t, shown, e);
    return false;
  }
  if (st.type === 'dir') {
    if (!o.recursive) {
      if (o.dirs) {
        try {
          fs.rmdir(path);
          if (o.verbose) t.out(`removed directory ${quoteFile(shown)}\n`);
          return true;
        } catch (e) {
          failure(t, shown, e);
          return false;
        }
      }
      if (t.gnu) t.error(`cannot remove ${quoteFile(shown)}: Is a directory`);
      else t.error(`'${shown}' is a directory`);
      return false;
    }
    if (
      o.interactive &&
      !(await askYes(
        t,
        t.gnu ? `descend into directory ${quoteFile(shown)}? ` : `descend into directory '${shown}'? `,
      ))
    )
      return true;
    let ok = true;
    for (const name of fs.readdir(path))
      ok = (await remove(t, `${shown.replace(/\/+$/, '')}/${name}`, o)) && ok;
    if (!ok) return false;
    if (o.interactive && !(await askYes(t, `remove directory ${quoteFile(shown)}? `))) return true;
    try {
      fs.rmdir(path);
      if (o.verbose) t.out(`removed directory ${quoteFile(shown)}\n`);
      return true;
    } catch (e) {
      failure(t, shown, e);
      return false;
    }
  }
  if (o.interactive) {
    const kind =
      st.type === 'file'
        ? st.size === 0
          ? 'regular empty file'
          : 'regular file'
        : st.type === 'symlink'
          ? 'symbolic link'
          : 'file';
    if (!(await askYes(t, t.gnu ? `remove ${kind} ${quoteFile(shown)}? ` : `remove '${shown}'? `)))
      return true;
  }
  try {
    fs.unlink(path);
    if (o.verbose) t.out(`removed ${quoteFile(shown)}\n`);
    return true;
  } catch (e) {
    failure(t, shown, e);
    return false;
  }
}

export const rm: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: t.gnu ? 'rRfidv' : 'rRfiv',
    long: [
      { name: 'recursive', key: 'r' },
      { name: 'force', key: 'f' },
      { name: 'interactive', key: 'i', arg: 'optional' },
      { name: 'dir', key: 'd' },
      { name: 'verbose', key: 'v' },
      { name: 'no-preserve-root', key: 'P' },
    ],
  });
  if (!p) return 1;
  const lastFI = p.opts.filter(([k]) => k === 'f' || k === 'i').pop()?.[0];
  const o: RmOptions = {
    recursive: has(p, 'r') || has(p, 'R'),
    force: lastFI === 'f',
    interactive: lastFI === 'i',
    dirs: has(p, 'd'),
    verbose: has(p, 'v'),
  };
  if (p.operands.length === 0) return o.force ? 0 : usage(t, 'missing operand');
  let ok = true;
  for (const f of p.operands) {
    const base = basename(f);
    if (base === '.' || base === '..') {
      t.error(
        t.gnu
          ? `refusing to remove '.' or '..' directory: skipping ${quoteFile(f)}`
          : `can't remove '.' or '..'`,
      );
      ok = false;
      continue;
    }
    if (o.recursive && t.path(f) === '/' && !has(p, 'P')) {
      t.error(`it is dangerous to operate recursively on '/'`);
      t.error(`use --no-preserve-root to override this failsafe`);
      ok = false;
      continue;
    }
    ok = (await remove(t, f, o)) && ok;
  }
  return ok ? 0 : 1;
};
