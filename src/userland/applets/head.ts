// head(1): first lines (-n N, -N, -n -N all but the last N) or bytes (-c N) of each file.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has, last } from './lib/getopt';
import { linesOf, openInput, takeBytes } from './lib/input';
import { bytesForStream } from '../../engine/process/stream-bytes';
import { quote, quoteFile } from './lib/quote';
import { parseCount } from './lib/numbers';

/** `-5` → `-n 5` (the obsolete form both head and tail accept as the first argument). */
export function obsoleteCount(args: string[]): string[] {
  if (args.length && /^-\d+$/.test(args[0])) return ['-n', args[0].slice(1), ...args.slice(1)];
  return args;
}

export function headerFor(name: string): string {
  return `==> ${name === '-' ? 'standard input' : name} <==\n`;
}

export function takeLines(text: string, n: number, fromEnd: boolean): string {
  const lines = text.split(/(?<=\n)/);
  return fromEnd ? lines.slice(0, Math.max(0, lines.length - n)).join('') : lines.slice(0, n).join('');
}

function invalid(t: Tool, what: 'lines' | 'bytes', v: string): number {
  t.error(t.gnu ? `invalid number of ${what}: ${quote(v)}` : `invalid number '${v}'`);
  return 1;
}

export const head: Applet = async (t) => {
  const p = getopt(t, obsoleteCount(t.args), {
    short: 'n:c:qv',
    long: [
      { name: 'lines', key: 'n', arg: 'required' },
      { name: 'bytes', key: 'c', arg: 'required' },
      { name: 'quiet', key: 'q' },
      { name: 'silent', key: 'q' },
      { name: 'verbose', key: 'v' },
    ],
  });
  if (!p) return 1;
  const byBytes = p.opts.filter(([k]) => k === 'n' || k === 'c').pop()?.[0] === 'c';
  const raw = last(p, byBytes ? 'c' : 'n') ?? '10';
  const fromEnd = raw.startsWith('-');
  const n = parseCount(raw.replace(/^[-+]/, ''));
  if (n === null) return invalid(t, byBytes ? 'bytes' : 'lines', raw);
  const files = p.operands.length ? p.operands : ['-'];
  const headers = has(p, 'v') || (files.length > 1 && !has(p, 'q'));
  let status = 0;
  let first = true;
  for (const f of files) {
    const input = await openInput(t, f, (a, e) =>
      t.gnu
        ? e.code === 'EISDIR'
          ? `error reading ${quoteFile(a)}: ${e.text}`
          : `cannot open ${quoteFile(a)} for reading: ${e.text}`
        : e.code === 'EISDIR'
          ? `${a}: Input/output error`
          : `${a}: ${e.text}`,
    );
    if (input === null) {
      status = 1;
      continue;
    }
    if (headers) t.out((first ? '' : '\n') + headerFor(f));
    first = false;
    if (!fromEnd && !byBytes) {
      // Stop reading once N lines are out, so an endless producer (`yes | head`) ends with SIGPIPE.
      let left = n;
      if (left > 0) {
        for await (const line of linesOf(input)) {
          t.out(line);
          if (--left === 0) break;
        }
      }
      continue;
    }
    if (byBytes && !fromEnd) {
      // Bytes, not characters; stop reading at N so /dev/zero or `yes |` end.
      t.out(bytesForStream(await takeBytes(input, n)));
      continue;
    }
    let text = '';
    for await (const chunk of input) text += chunk;
    if (byBytes) {
      const bytes = new TextEncoder().encode(text);
      t.out(new TextDecoder().decode(bytes.slice(0, Math.max(0, bytes.length - n))));
    } else t.out(takeLines(text, n, true));
  }
  return status;
};
