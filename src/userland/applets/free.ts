// free(1): memory from /proc/meminfo (the host or the container's cgroup writes it), in KiB,
// -h human (Gi/Mi as procps), -m MiB; BusyBox's narrower columns.

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { readMeminfo } from './lib/meminfo';

function human(kib: number): string {
  const units = ['Ki', 'Mi', 'Gi', 'Ti'];
  if (kib < 1) return '0B';
  let v = kib;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return v < 10 ? `${v.toFixed(1)}${units[u]}` : `${Math.round(v)}${units[u]}`;
}

export const free: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'hmkgbtw',
    long: [
      { name: 'human', key: 'h' },
      { name: 'mebi', key: 'm' },
    ],
  });
  if (!p) return 1;
  const info = readMeminfo(t.ctx.fs);
  const total = info.MemTotal;
  const cache = info.Buffers + info.Cached + info.SReclaimable;
  const used = total - info.MemFree - cache;
  const row = [total, used, info.MemFree, info.Shmem, cache, info.MemAvailable];
  const swap = [info.SwapTotal, info.SwapTotal - info.SwapFree, info.SwapFree];
  const fmt = (k: number): string =>
    has(p, 'h') ? (k === 0 ? '0B' : human(k)) : has(p, 'm') ? String(Math.floor(k / 1024)) : String(k);
  if (t.gnu) {
    let out = '               total        used        free      shared  buff/cache   available\n';
    out += 'Mem:    ' + row.map((v) => fmt(v).padStart(12)).join('') + '\n';
    out += 'Swap:   ' + swap.map((v) => fmt(v).padStart(12)).join('') + '\n';
    t.out(out);
  } else {
    let out = '              total        used        free      shared  buff/cache   available\n';
    out += 'Mem:   ' + row.map((v) => fmt(v).padStart(12)).join('') + '\n';
    out += 'Swap:  ' + swap.map((v) => fmt(v).padStart(12)).join('') + '\n';
    t.out(out);
  }
  return 0;
};
