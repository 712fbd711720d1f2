// readlink(1): a symlink's target; -f/-e/-m canonicalise (all but the last / all / no components must exist).

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has } from './lib/getopt';
import { FsError } from '../../engine/fs/types';
import { basename, dirname } from '../../engine/fs/path';
import { usage } from './lib/usage';

function canonical(t: Tool, path: string, mode: 'f' | 'e' | 'm'): string | null {
  const fs = t.ctx.fs;
  try {
    return fs.realpath(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (mode === 'e') return null;
    if (path === '/') return '/';
    const parent =
      mode === 'm'
        ? canonical(t, dirname(path), 'm')
        : (() => {
            try {
              return fs.realpath(dirname(path));
            } catch {
              return null;
            }
          })();
    if (parent === null) return null;
    if (e.code !== 'ENOENT' && mode === 'f') return null;
    return parent === '/' ? `/${basename(path)}` : `${parent}/${basename(path)}`;
  }
}

export const readlink: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: t.gnu ? 'femnqsvz' : 'fnv',
    long: !t.gnu
      ? []
      : [
          { name: 'canonicalize', key: 'f' },
          { name: 'canonicalize-existing', key: 'e' },
          { name: 'canonicalize-missing', key: 'm' },
          { name: 'no-newline', key: 'n' },
          { name: 'quiet', key: 'q' },
          { name: 'silent', key: 's' },
          { name: 'verbose', key: 'v' },
        ],
  });
  if (!p) return 1;
  if (p.operands.length === 0 || (!t.gnu && p.operands.length > 1)) return usage(t, 'missing operand');
  const mode = p.opts.filter(([k]) => 'fem'.includes(k)).pop()?.[0] as 'f' | 'e' | 'm' | undefined;
  const end = has(p, 'n') && p.operands.length === 1 ? '' : '\n';
  let status = 0;
  for (const f of p.operands) {
    const path = t.path(f);
    let out: string | null;
    if (mode) out = canonical(t, path, mode);
    else {
      try {
        out = t.ctx.fs.readlink(path);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        out = null;
        if (has(p, 'v')) t.error(`${f}: ${e.code === 'EINVAL' ? 'Invalid argument' : e.text}`);
      }
    }
    if (out === null) status = 1;
    else t.out(out + end);
  }
  return status;
};
