// A gzip member as GNU gzip writes it (RFC 1952): header with the file's name and mtime (OS 3, Unix),
// the data deflated at level 6, then CRC-32 and length. pako supplies deflate and inflate.

import { deflateRaw, ungzip } from 'pako';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function le32(n: number): number[] {
  return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
}

export function gzipBytes(data: Uint8Array, name?: string, mtime = 0): Uint8Array {
  const nameBytes = name ? [...new TextEncoder().encode(name), 0] : [];
  const head = [0x1f, 0x8b, 8, name ? 8 : 0, ...le32(mtime), 0, 3, ...nameBytes];
  const body = deflateRaw(data, { level: 6 });
  const out = new Uint8Array(head.length + body.length + 8);
  out.set(head);
  out.set(body, head.length);
  out.set([...le32(crc32(data)), ...le32(data.length)], head.length + body.length);
  return out;
}

/** Bytes of a member that are not deflated data: header (with the name) and trailer. */
export function memberOverhead(member: Uint8Array): number {
  const named = (member[3] & 8) !== 0;
  return (named ? member.indexOf(0, 10) + 1 : 10) + 8;
}

/** Decompresses, or null when the data is not gzip (wrong magic or corrupt). */
export function gunzipBytes(data: Uint8Array): Uint8Array | null {
  if (data.length < 2 || data[0] !== 0x1f || data[1] !== 0x8b) return null;
  try {
    return ungzip(data);
  } catch {
    return null;
  }
}
