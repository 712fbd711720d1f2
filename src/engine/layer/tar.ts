// A tar writer and reader: ustar headers, PAX extended headers for long names as Go's archive/tar
// writes them (Docker's layers, `docker save`, `docker export`), and GNU long names on read.

export type TarType = 'file' | 'hardlink' | 'symlink' | 'chardev' | 'blockdev' | 'dir' | 'fifo';

export interface TarRecord {
  /** Path inside the archive, without leading slash; directories end with '/'. */
  name: string;
  type: TarType;
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch. */
  mtime: number;
  data?: Uint8Array;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
  uname?: string;
  gname?: string;
}

const FLAG: Record<TarType, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  chardev: '3',
  blockdev: '4',
  dir: '5',
  fifo: '6',
};
const TYPE_OF_FLAG: Record<string, TarType> = Object.fromEntries(Object.entries(FLAG).map(([k, v]) => [v, k as TarType]));

const enc = new TextEncoder();
const dec = new TextDecoder();

function putString(block: Uint8Array, off: number, len: number, s: string): void {
  // ASCII fast path: headers are mostly octal numbers and plain names.
  if (/^[\x00-\x7f]*$/.test(s)) {
    const n = Math.min(len, s.length);
    for (let i = 0; i < n; i++) block[off + i] = s.charCodeAt(i);
    return;
  }
  block.set(enc.encode(s).subarray(0, len), off);
}

function byteLength(s: string): number {
  return /^[\x00-\x7f]*$/.test(s) ? s.length : enc.encode(s).length;
}

function putOctal(block: Uint8Array, off: number, len: number, n: number): void {
  putString(block, off, len, n.toString(8).padStart(len - 1, '0') + '\0');
}

/** Splits a long name into ustar prefix (≤155) and name (≤100) at a slash, as Go does. */
function splitUstar(name: string): [string, string] | null {
  const bytes = byteLength(name);
  if (bytes <= 100) return ['', name];
  if (bytes > 256) return null;
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (byteLength(prefix) <= 155 && byteLength(rest) <= 100 && rest.length > 0) return [prefix, rest];
  }
  return null;
}

function header(rec: TarRecord, flag: string, size: number, name: string, prefix: string, linkname: string): Uint8Array {
  const h = new Uint8Array(512);
  putString(h, 0, 100, name);
  putOctal(h, 100, 8, rec.mode & 0o7777);
  putOctal(h, 108, 8, rec.uid);
  putOctal(h, 116, 8, rec.gid);
  putOctal(h, 124, 12, size);
  putOctal(h, 136, 12, Math.max(0, Math.floor(rec.mtime)));
  h.fill(0x20, 148, 156);
  putString(h, 156, 1, flag);
  putString(h, 157, 100, linkname);
  putString(h, 257, 6, 'ustar\0');
  putString(h, 263, 2, '00');
  putString(h, 265, 32, rec.uname ?? '');
  putString(h, 297, 32, rec.gname ?? '');
  putOctal(h, 329, 8, rec.devmajor ?? 0);
  putOctal(h, 337, 8, rec.devminor ?? 0);
  putString(h, 345, 155, prefix);
  let sum = 0;
  for (const b of h) sum += b;
  putString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

function paxRecord(key: string, value: string): string {
  const bodyLen = enc.encode(` ${key}=${value}\n`).length;
  let n = bodyLen + 1;
  while (String(n).length + bodyLen !== n) n = String(n).length + bodyLen;
  return `${n} ${key}=${value}\n`;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rem = data.length % 512;
  return rem === 0 ? [data] : [data, new Uint8Array(512 - rem)];
}

export function writeTar(records: Iterable<TarRecord>): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const rec of records) {
    const data = rec.type === 'file' ? (rec.data ?? new Uint8Array(0)) : new Uint8Array(0);
    const link = rec.linkname ?? '';
    const split = splitUstar(rec.name);
    const longLink = byteLength(link) > 100;
    if (!split || longLink) {
      let pax = '';
      if (!split) pax += paxRecord('path', rec.name);
      if (longLink) pax += paxRecord('linkpath', link);
      const body = enc.encode(pax);
      const paxName = `PaxHeaders.0/${rec.name.replace(/\/$/, '').split('/').pop() ?? ''}`.slice(0, 99);
      chunks.push(header({ ...rec, uname: '', gname: '' }, 'x', body.length, paxName, '', ''), ...padded(body));
    }
    const [prefix, name] = split ?? ['', rec.name.slice(0, 100)];
    chunks.push(header(rec, FLAG[rec.type], data.length, name, prefix, longLink ? link.slice(0, 100) : link));
    if (data.length) chunks.push(...padded(data));
  }
  chunks.push(new Uint8Array(1024));
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function getString(b: Uint8Array, off: number, len: number): string {
  const end = b.subarray(off, off + len).indexOf(0);
  return dec.decode(b.subarray(off, end < 0 ? off + len : off + end));
}

function getOctal(b: Uint8Array, off: number, len: number): number {
  const s = getString(b, off, len).trim();
  return s ? parseInt(s, 8) : 0;
}

function parsePax(body: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const sp = body.indexOf(0x20, i);
    if (sp < 0) break;
    const len = parseInt(dec.decode(body.subarray(i, sp)), 10);
    if (!(len > 0)) break;
    const kv = dec.decode(body.subarray(sp + 1, i + len - 1));
    const eq = kv.indexOf('=');
    out[kv.slice(0, eq)] = kv.slice(eq + 1);
    i += len;
  }
  return out;
}

export class TarFormatError extends Error {}

/** Reads every record; throws TarFormatError on a bad checksum or truncated data. */
export function readTar(bytes: Uint8Array): TarRecord[] {
  const out: TarRecord[] = [];
  let off = 0;
  let pax: Record<string, string> = {};
  let longName: string | null = null;
  let longLink: string | null = null;
  while (off < bytes.length) {
    // A partial header block is a truncated archive, as Go's archive/tar reads it.
    if (off + 512 > bytes.length) throw new TarFormatError('unexpected EOF');
    const h = bytes.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
    if (sum !== getOctal(h, 148, 8)) throw new TarFormatError('archive/tar: invalid tar header');
    const flag = String.fromCharCode(h[156] || 0x30);
    const size = pax.size ? parseInt(pax.size, 10) : getOctal(h, 124, 12);
    const dataStart = off + 512;
    if (dataStart + size > bytes.length) throw new TarFormatError('unexpected EOF');
    const data = bytes.slice(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / 512) * 512;
    if (flag === 'x') {
      pax = { ...pax, ...parsePax(data) };
      continue;
    }
    if (flag === 'g') continue;
    if (flag === 'L' || flag === 'K') {
      const s = getString(data, 0, data.length);
      if (flag === 'L') longName = s;
      else longLink = s;
      continue;
    }
    const prefix = getString(h, 345, 155);
    const rawName = getString(h, 0, 100);
    const type = TYPE_OF_FLAG[flag === '\0' ? '0' : flag] ?? (flag === '7' ? 'file' : undefined);
    if (!type) throw new TarFormatError(`archive/tar: unsupported type flag ${flag}`);
    out.push({
      name: pax.path ?? longName ?? (prefix ? `${prefix}/${rawName}` : rawName),
      type,
      mode: getOctal(h, 100, 8),
      uid: pax.uid ? parseInt(pax.uid, 10) : getOctal(h, 108, 8),
      gid: pax.gid ? parseInt(pax.gid, 10) : getOctal(h, 116, 8),
      mtime: pax.mtime ? Math.floor(parseFloat(pax.mtime)) : getOctal(h, 136, 12),
      data: type === 'file' ? data : undefined,
      linkname: pax.linkpath ?? longLink ?? getString(h, 157, 100),
      devmajor: getOctal(h, 329, 8),
      devminor: getOctal(h, 337, 8),
      uname: getString(h, 265, 32),
      gname: getString(h, 297, 32),
    });
    pax = {};
    longName = longLink = null;
  }
  return out;
}
