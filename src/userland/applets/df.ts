// df(1): the mounted filesystems listed in /proc/mounts (or `/` alone), with the space their
// files use (ext4-style 4K blocks) against the capacity the simulated disk declares.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { FsError } from '../../engine/fs/types';
import { getopt, has } from './lib/getopt';
import { humanSize } from './lib/numbers';
import { diskKiB, busyboxHuman } from './du';

/** Capacity of the simulated disk in KiB (a 64 GB virtual disk). */
export const DISK_KIB = 61_255_492;

interface Mount {
  source: string;
  target: string;
}

function mounts(t: Tool): Mount[] {
  try {
    const rows = t.ctx.fs
      .readText('/proc/mounts')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '))
      .filter((f) => f.length >= 3 && !['proc', 'sysfs', 'cgroup2', 'devpts', 'mqueue'].includes(f[2]));
    if (rows.length) return rows.map((f) => ({ source: f[0], target: f[1] }));
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  return [{ source: t.gnu ? '/dev/vda1' : 'overlay', target: '/' }];
}

function usedKiB(t: Tool, path: string, seen: Set<number>): number {
  let st;
  try {
    st = t.ctx.fs.lstat(path);
  } catch {
    return 0;
  }
  if (seen.has(st.ino)) return 0;
  seen.add(st.ino);
  let total = diskKiB(st);
  if (st.type === 'dir' && path !== '/proc')
    for (const n of t.ctx.fs.readdir(path))
      total += usedKiB(t, path === '/' ? `/${n}` : `${path}/${n}`, seen);
  return total;
}

export const df: Applet = async (t) => {
  const p = getopt(t, t.args, { short: 'hkTPa', long: [{ name: 'human-readable', key: 'h' }] });
  if (!p) return 1;
  const human = has(p, 'h');
  const list = mounts(t);
  const rows = list.map((m) => {
    const used = usedKiB(t, m.target, new Set());
    const size = DISK_KIB;
    const avail = size - used;
    const pct = `${Math.ceil((used / size) * 100)}%`;
    return { ...m, size, used, avail, pct };
  });
  const fmt = (k: number): string => (human ? (t.gnu ? humanSize(k * 1024) : busyboxHuman(k)) : String(k));
  let out: string;
  if (t.gnu) {
    const header = [
      'Filesystem',
      human ? 'Size' : '1K-blocks',
      'Used',
      human ? 'Avail' : 'Available',
      'Use%',
      'Mounted on',
    ];
    const cells = rows.map((r) => [r.source, fmt(r.size), fmt(r.used), fmt(r.avail), r.pct, r.target]);
    // GNU df's minimum column widths (Filesystem 14, sizes 5, Use% 4), widened by headers and values.
    const min = [14, 5, 5, 5, 4, 0];
    const w = header.map((h, i) => Math.max(min[i], h.length, ...cells.map((c) => c[i].length)));
    const line = (c: string[]): string =>
      [
        c[0].padEnd(w[0]),
        c[1].padStart(w[1]),
        c[2].padStart(w[2]),
        c[3].padStart(w[3]),
        c[4].padStart(w[4]),
        c[5],
      ].join(' ') + '\n';
    out = line(header) + cells.map(line).join('');
  } else {
    out = human
      ? 'Filesystem                Size      Used Available Use% Mounted on\n'
      : 'Filesystem           1K-blocks      Used Available Use% Mounted on\n';
    for (const r of rows)
      out += human
        ? `${r.source.padEnd(20)}${fmt(r.size).padStart(10)}${fmt(r.used).padStart(10)}${fmt(r.avail).padStart(10)}${r.pct.padStart(5)} ${r.target}\n`
        : `${r.source.padEnd(20)}${String(r.size).padStart(10)}${String(r.used).padStart(10)}${String(r.avail).padStart(10)}${r.pct.padStart(5)} ${r.target}\n`;
  }
  t.out(out);
  return 0;
};
