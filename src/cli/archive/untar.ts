// Reading a ustar/GNU tar stream (what GET /containers/{id}/archive returns) for `docker cp`.

import type { TarEntry } from './tar';

const dec = new TextDecoder();

function field(b: Uint8Array, off: number, len: number): string {
  const s = b.subarray(off, off + len);
  const end = s.indexOf(0);
  return dec.decode(end < 0 ? s : s.subarray(0, end));
}

function octal(b: Uint8Array, off: number, len: number): number {
  const s = field(b, off, len).trim();
  return s ? parseInt(s, 8) : 0;
}

export function readTar(bytes: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | null = null;
  let longLink: string | null = null;
  while (off + 512 <= bytes.length) {
    const h = bytes.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const size = octal(h, 124, 12);
    const flag = String.fromCharCode(h[156] || 48);
    const data = bytes.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (flag === 'L') {
      longName = dec.decode(data).replace(/\0+$/, '');
      continue;
    }
    if (flag === 'K') {
      longLink = dec.decode(data).replace(/\0+$/, '');
      continue;
    }
    if (flag === 'x' || flag === 'g') {
      const path = /\d+ path=([^\n]*)\n/.exec(dec.decode(data));
      if (path && flag === 'x') longName = path[1];
      continue;
    }
    const prefix = field(h, 345, 155);
    let path = longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    path = path.replace(/\/+$/, '');
    const mode = octal(h, 100, 8);
    const linkTarget = longLink ?? field(h, 157, 100);
    longName = null;
    longLink = null;
    if (flag === '5') out.push({ path, type: 'dir', mode });
    else if (flag === '2') out.push({ path, type: 'symlink', mode, linkTarget });
    else if (flag === '0' || flag === '\0' || flag === '7')
      out.push({ path, type: 'file', mode, data: data.slice() });
  }
  return out;
}
