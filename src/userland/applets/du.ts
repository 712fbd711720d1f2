// du(1): disk usage in 1K blocks as ext4 allocates them (4K per started block, 4K per directory);
// -s summary, -a all files, -h human, -c total, -d/--max-depth N. Hard links count once.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import type { Stat } from '../../engine/fs/types';
import { FsError } from '../../engine/fs/types';
import { getopt, has, last } from './lib/getopt';
import { humanSize } from './lib/numbers';
import { quoteFile } from './lib/quote';

export function diskKiB(st: Stat): number {
  if (st.type === 'dir') return 4;
  if (st.type !== 'file') return 0;
  return Math.ceil(st.size / 4096) * 4;
}

export function busyboxHuman(kib: number): string {
  if (kib < 1024) return kib === 0 ? '0' : `${kib.toFixed(1)}K`;
  const units = ['M', 'G', 'T'];
  let v = kib / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)}${units[u]}`;
}

export const du: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'sahcd:kLx',
    long: [
      { name: 'summarize', key: 's' },
      { name: 'all', key: 'a' },
      { name: 'human-readable', key: 'h' },
      { name: 'total', key: 'c' },
      { name: 'max-depth', key: 'd', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const maxDepth = has(p, 's') ? 0 : last(p, 'd') !== undefined ? Number(last(p, 'd')) : Infinity;
  const seen = new Set<number>();
  let status = 0;
  let total = 0;
  const fmt = (kib: number): string =>
    has(p, 'h') ? (t.gnu ? humanSize(kib * 1024) : busyboxHuman(kib)) : String(kib);
  const walk = (tool: Tool, shown: string, path: string, depth: number): number => {
    let st: Stat;
    try {
      st = depth === 0 ? tool.ctx.fs.stat(path) : tool.ctx.fs.lstat(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      tool.error(t.gnu ? `cannot access ${quoteFile(shown)}: ${e.text}` : `${shown}: ${e.text}`);
      status = 1;
      return 0;
    }
    if (st.nlink > 1 && st.type !== 'dir') {
      if (seen.has(st.ino)) return 0;
      seen.add(st.ino);
    }
    let size = diskKiB(st);
    if (st.type === 'dir') {
      for (const n of tool.ctx.fs.readdir(path))
        size += walk(tool, shown.endsWith('/') ? shown + n : `${shown}/${n}`, `${path}/${n}`, depth + 1);
      if (depth <= maxDepth) tool.out(`${fmt(size)}\t${shown}\n`);
    } else if (depth === 0 || (has(p, 'a') && depth <= maxDepth)) tool.out(`${fmt(size)}\t${shown}\n`);
    return size;
  };
  for (const f of p.operands.length ? p.operands : ['.']) total += walk(t, f, t.path(f), 0);
  if (has(p, 'c')) t.out(`${fmt(total)}\ttotal\n`);
  return status;
};
