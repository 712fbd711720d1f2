// mkdir(1): -p (parents, no error if existing), -m MODE, -v.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { errText } from './lib/tool';
import { quote, quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { parseMode } from './lib/mode';
import { FsError } from '../../engine/fs/types';

export const mkdir: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'pm:v',
    long: [
      { name: 'parents', key: 'p' },
      { name: 'mode', key: 'm', arg: 'required' },
      { name: 'verbose', key: 'v' },
    ],
  });
  if (!p) return 1;
  if (p.operands.length === 0) return usage(t, 'missing operand');
  const modeSpec = last(p, 'm');
  let mode = 0o755;
  if (modeSpec !== undefined) {
    const m = parseMode(modeSpec, 0o777, 0o022, true);
    if (m === null) {
      t.error(t.gnu ? `invalid mode ${quote(modeSpec)}` : `invalid mode '${modeSpec}'`);
      return 1;
    }
    mode = m;
  }
  let status = 0;
  for (const d of p.operands) {
    const path = t.path(d);
    try {
      if (has(p, 'p')) {
        const existed = t.ctx.fs.exists(path);
        t.ctx.fs.mkdir(path, { recursive: true, mode: 0o755, uid: t.ctx.uid, gid: t.ctx.gid });
        if (!existed && modeSpec !== undefined) t.ctx.fs.chmod(path, mode);
      } else t.ctx.fs.mkdir(path, { mode, uid: t.ctx.uid, gid: t.ctx.gid });
      if (modeSpec !== undefined && !has(p, 'p')) t.ctx.fs.chmod(path, mode);
      if (has(p, 'v'))
        t.out(t.gnu ? `mkdir: created directory ${quoteFile(d)}\n` : `created directory: '${d}'\n`);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const shown = has(p, 'p') && e.code === 'ENOTDIR' ? blockingPrefix(t, d) : d;
      t.error(
        t.gnu
          ? `cannot create directory ${quote(shown)}: ${errText(e)}`
          : `can't create directory '${shown}${shown === d ? '' : '/'}': ${errText(e)}`,
      );
      status = 1;
    }
  }
  return status;
};

/** The leading part of `d` that exists but is not a directory (what mkdir -p names on ENOTDIR). */
function blockingPrefix(t: Parameters<Applet>[0], d: string): string {
  const parts = d.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (!prefix) continue;
    try {
      if (t.ctx.fs.stat(t.path(prefix)).type !== 'dir') return prefix;
    } catch {
      return d;
    }
  }
  return d;
}
