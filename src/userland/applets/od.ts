// od(1): octal dump; default -t o2, -c, -x (hex shorts), -b, -t TYPE (o1 o2 x1 x2 d1 d2 u1 c a), -A RADIX, -An.
// xxd(1): hex dump with ASCII, 16 bytes per line in groups of 2 (-p plain, -c cols, -g group).

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { joinBytes, readInput, readPrefix } from './lib/input';
import { parseCount } from './lib/numbers';
import type { FsError } from '../../engine/fs/types';
import { streamBytes } from '../../engine/process/stream-bytes';

const C_ESC: Record<number, string> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
};

function cell(type: string, bytes: Uint8Array, at: number): string {
  const size = Number(type.slice(1)) || (type === 'c' || type === 'a' ? 1 : 2);
  if (type === 'c') {
    const b = bytes[at];
    if (C_ESC[b]) return C_ESC[b].padStart(4);
    if (b >= 32 && b < 127) return String.fromCharCode(b).padStart(4);
    return b.toString(8).padStart(3, '0').padStart(4);
  }
  let v = 0;
  for (let k = size - 1; k >= 0; k--) v = v * 256 + (bytes[at + k] ?? 0);
  const kind = type[0];
  if (kind === 'x') return ' ' + v.toString(16).padStart(size * 2, '0');
  if (kind === 'o') return ' ' + v.toString(8).padStart(size === 1 ? 3 : size === 2 ? 6 : 11, '0');
  if (kind === 'u') return String(v).padStart(size === 1 ? 4 : size === 2 ? 6 : 11);
  const signed = v >= 2 ** (size * 8 - 1) ? v - 2 ** (size * 8) : v;
  return String(signed).padStart(size === 1 ? 5 : size === 2 ? 7 : 12);
}

export const od: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'cxbdoA:t:vN:',
    long: [
      { name: 'format', key: 't', arg: 'required' },
      { name: 'address-radix', key: 'A', arg: 'required' },
      { name: 'read-bytes', key: 'N', arg: 'required' },
    ],
  });
  if (!p) return 1;
  const types: string[] = [];
  for (const [k, v] of p.opts) {
    if (k === 'c') types.push('c');
    if (k === 'x') types.push('x2');
    if (k === 'b') types.push('o1');
    if (k === 'd') types.push('u2');
    if (k === 'o') types.push('o2');
    if (k === 't')
      types.push(
        v!
          .replace(/^([doux])$/, '$14')
          .replace(/^([doux])C$/, '$11')
          .replace(/^([doux])S$/, '$12'),
      );
  }
  if (types.length === 0) types.push('o2');
  const radix = last(p, 'A') ?? 'o';
  // -N: read no more than N bytes in all (what makes `od -N4 /dev/urandom` end).
  const limit = last(p, 'N') === undefined ? undefined : parseCount(last(p, 'N')!);
  if (limit === null) {
    t.error(t.gnu ? `invalid -N argument '${last(p, 'N')}'` : `invalid number '${last(p, 'N')}'`);
    return 1;
  }
  const wording = (a: string, e: FsError): string => `${a}: ${e.text}`;
  const parts: Uint8Array[] = [];
  let size = 0;
  let status = 0;
  for (const f of p.operands.length ? p.operands : ['-']) {
    if (limit !== undefined && size >= limit) break;
    const read =
      limit === undefined ? await readInput(t, f, wording) : await readPrefix(t, f, limit - size, wording);
    if (read === null) status = 1;
    else {
      parts.push(typeof read === 'string' ? streamBytes(read) : read);
      size += parts[parts.length - 1].length;
    }
  }
  const bytes = joinBytes(parts);
  const addr = (n: number): string =>
    radix === 'n'
      ? ''
      : radix === 'x'
        ? n.toString(16).padStart(6, '0')
        : radix === 'd'
          ? String(n).padStart(7, '0')
          : n.toString(8).padStart(7, '0');
  let out = '';
  for (let off = 0; off < bytes.length; off += 16) {
    types.forEach((type, ti) => {
      const size = Number(type.slice(1)) || (type === 'c' ? 1 : 2);
      let line = ti === 0 ? addr(off) : ' '.repeat(addr(off).length);
      for (let i = off; i < Math.min(off + 16, bytes.length); i += size) line += cell(type, bytes, i);
      out += line + '\n';
    });
  }
  if (radix !== 'n') out += addr(bytes.length) + '\n';
  t.out(out);
  return status;
};

export const xxd: Applet = async (t) => {
  const p = getopt(t, t.args, { short: 'pc:g:l:s:u' });
  if (!p) return 1;
  const text = await readInput(t, p.operands[0] ?? '-', (a, e) => `${a}: ${e.text}`);
  if (text === null) return 2;
  let bytes = new TextEncoder().encode(text);
  const skip = Number(last(p, 's') ?? 0);
  const len = last(p, 'l');
  bytes = bytes.slice(skip, len !== undefined ? skip + Number(len) : undefined);
  const hex = (b: number): string =>
    (has(p, 'u') ? b.toString(16).toUpperCase() : b.toString(16)).padStart(2, '0');
  if (has(p, 'p')) {
    const cols = Number(last(p, 'c') ?? 30);
    let out = '';
    for (let i = 0; i < bytes.length; i += cols)
      out += [...bytes.slice(i, i + cols)].map(hex).join('') + '\n';
    t.out(out);
    return 0;
  }
  const cols = Number(last(p, 'c') ?? 16);
  const group = Number(last(p, 'g') ?? 2);
  const width = Math.ceil(cols / group) * (group * 2 + 1);
  let out = '';
  for (let off = 0; off < bytes.length; off += cols) {
    const chunk = bytes.slice(off, off + cols);
    let h = '';
    for (let i = 0; i < chunk.length; i++) h += hex(chunk[i]) + ((i + 1) % group === 0 ? ' ' : '');
    const ascii = [...chunk].map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    out += `${(off + skip).toString(16).padStart(8, '0')}: ${h.padEnd(width)} ${ascii}\n`;
  }
  t.out(out);
  return 0;
};
