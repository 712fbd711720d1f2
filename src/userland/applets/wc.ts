// wc(1): lines, words, bytes (-l -w -c -m -L); GNU pads to the widest total, BusyBox to 9 columns.

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { readInput } from './lib/input';
import { quotef } from './lib/quote';

interface Counts {
  l: number;
  w: number;
  m: number;
  c: number;
  L: number;
}

/** Columns a line takes with tab stops every 8 columns. */
function displayWidth(line: string): number {
  let col = 0;
  for (const ch of line) col = ch === '\t' ? col + 8 - (col % 8) : col + 1;
  return col;
}

function count(text: string): Counts {
  const lines = text.split('\n');
  return {
    l: lines.length - 1,
    w: text.split(/[ \t\n\v\f\r]+/).filter(Boolean).length,
    m: [...text].length,
    c: new TextEncoder().encode(text).length,
    L: Math.max(0, ...lines.map(displayWidth)),
  };
}

export const wc: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'clmwL',
    long: [
      { name: 'bytes', key: 'c' },
      { name: 'chars', key: 'm' },
      { name: 'lines', key: 'l' },
      { name: 'words', key: 'w' },
      { name: 'max-line-length', key: 'L' },
    ],
  });
  if (!p) return 1;
  let keys = (['l', 'w', 'm', 'c', 'L'] as const).filter((k) => has(p, k));
  if (keys.length === 0) keys = ['l', 'w', 'c'];
  const files = p.operands.length ? p.operands : ['-'];
  const rows: Array<{ counts: Counts; name: string }> = [];
  let status = 0;
  let sawStdin = false;
  for (const f of files) {
    const text = await readInput(t, f, (a, e) => `${t.gnu ? quotef(a) : a}: ${e.text}`);
    if (text === null) {
      status = 1;
      if (!t.ctx.fs.exists(t.path(f))) continue; // a directory still gets its row of zeros
    }
    if (f === '-' || t.ctx.fs.stat(t.path(f)).type !== 'file') sawStdin = true;
    rows.push({ counts: count(text ?? ''), name: f === '-' && p.operands.length === 0 ? '' : f });
  }
  if (files.length > 1) {
    const total: Counts = { l: 0, w: 0, m: 0, c: 0, L: 0 };
    for (const r of rows) {
      for (const k of ['l', 'w', 'm', 'c'] as const) total[k] += r.counts[k];
      total.L = Math.max(total.L, r.counts.L);
    }
    rows.push({ counts: total, name: 'total' });
  }
  const single = keys.length === 1 && files.length === 1;
  let width: number;
  if (!t.gnu) width = 9;
  else if (single) width = 1;
  else if (sawStdin) width = 7;
  else width = Math.max(1, ...rows.map((r) => String(r.counts.c).length));
  for (const r of rows) {
    // BusyBox is built without Unicode support: -m counts bytes.
    const nums = keys.map((k) =>
      String(r.counts[k === 'm' && !t.gnu ? 'c' : k]).padStart(single ? 1 : width),
    );
    t.out(nums.join(' ') + (r.name ? ` ${r.name}` : '') + '\n');
  }
  return status;
};
