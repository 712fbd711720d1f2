// tail(1): last lines (-n N, -N, -n +N from line N) or bytes (-c); -f follows a file, polling on
// the process's clock (ctx.sleep), reporting truncation as GNU tail does.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { readInput } from './lib/input';
import { quote, quoteFile } from './lib/quote';
import { parseCount } from './lib/numbers';
import { headerFor, obsoleteCount } from './head';
import { FsError } from '../../engine/fs/types';

const FOLLOW_POLL_MS = 1000;

function tailText(text: string, n: number, fromStart: boolean, bytes: boolean): string {
  if (bytes) {
    const b = new TextEncoder().encode(text);
    return new TextDecoder().decode(
      fromStart ? b.slice(Math.max(0, n - 1)) : b.slice(Math.max(0, b.length - n)),
    );
  }
  const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
  return (fromStart ? lines.slice(Math.max(0, n - 1)) : lines.slice(Math.max(0, lines.length - n))).join('');
}

export const tail: Applet = async (t) => {
  const p = getopt(t, obsoleteCount(t.args), {
    short: 'n:c:fFqvs:',
    long: [
      { name: 'lines', key: 'n', arg: 'required' },
      { name: 'bytes', key: 'c', arg: 'required' },
      { name: 'follow', key: 'f', arg: 'optional' },
      { name: 'quiet', key: 'q' },
      { name: 'verbose', key: 'v' },
      { name: 'sleep-interval', key: 's', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const bytes = p.opts.filter(([k]) => k === 'n' || k === 'c').pop()?.[0] === 'c';
  const raw = last(p, bytes ? 'c' : 'n') ?? '10';
  const fromStart = raw.startsWith('+');
  const n = parseCount(raw.replace(/^[-+]/, ''));
  if (n === null) {
    t.error(
      t.gnu ? `invalid number of ${bytes ? 'bytes' : 'lines'}: ${quote(raw)}` : `invalid number '${raw}'`,
    );
    return 1;
  }
  const follow = has(p, 'f') || has(p, 'F');
  const files = p.operands.length ? p.operands : ['-'];
  const headers = has(p, 'v') || (files.length > 1 && !has(p, 'q'));
  let status = 0;
  let first = true;
  const followed: Array<{ name: string; size: number }> = [];
  for (const f of files) {
    const text = await readInput(t, f, (a, e) =>
      t.gnu
        ? e.code === 'EISDIR'
          ? `error reading ${quoteFile(a)}: ${e.text}`
          : `cannot open ${quoteFile(a)} for reading: ${e.text}`
        : e.code === 'EISDIR'
          ? `read error: ${e.text}`
          : `can't open '${a}': ${e.text}`,
    );
    if (text === null) {
      status = 1;
      continue;
    }
    if (headers) t.out((first ? '' : '\n') + headerFor(f));
    first = false;
    t.out(tailText(text, n, fromStart, bytes));
    if (f !== '-') followed.push({ name: f, size: new TextEncoder().encode(text).length });
  }
  if (!t.gnu && files.length > 0 && followed.length === 0 && status) {
    t.error('no files');
  }
  if (!follow || followed.length === 0) return status;
  let current = followed[followed.length - 1].name;
  for (;;) {
    await t.ctx.sleep(FOLLOW_POLL_MS);
    for (const entry of followed) {
      let data: Uint8Array;
      try {
        data = t.ctx.fs.readFile(t.path(entry.name));
      } catch (e) {
        if (e instanceof FsError) continue;
        throw e;
      }
      if (data.length === entry.size) continue;
      if (data.length < entry.size) {
        t.error(`${entry.name}: file truncated`);
        entry.size = 0;
      }
      if (headers && current !== entry.name) t.out('\n' + headerFor(entry.name));
      current = entry.name;
      t.out(new TextDecoder().decode(data.slice(entry.size)));
      entry.size = data.length;
    }
  }
};
