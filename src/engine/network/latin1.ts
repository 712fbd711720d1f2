// Bytes on the string-based Connection: one character per byte (latin1), for servers that speak bytes
// (the Engine API socket, the Hub's hosts) so that binary bodies survive and lengths count bytes.

export function latin1ToBytes(chunk: string): Uint8Array {
  const out = new Uint8Array(chunk.length);
  for (let i = 0; i < chunk.length; i++) out[i] = chunk.charCodeAt(i) & 0xff;
  return out;
}

export function bytesToLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}
