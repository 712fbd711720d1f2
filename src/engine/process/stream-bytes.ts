// Bytes on the string streams of processes. Binary producers (tar, gzip, `docker save`, `docker
// export`) write one character per byte (latin1); text producers write Unicode text, which a file
// holds as UTF-8. Reading a stream as bytes tells them apart: a NUL or a C1 control (U+0080–U+009F,
// never in text) means latin1 bytes; otherwise the text is encoded as UTF-8. Writing bytes does the
// reverse: bytes that are UTF-8 text without NULs travel decoded, anything else as latin1.
// (For whoever writes a stream to a file or reads a file into one: `> f`, `< f`.)

import { bytesToLatin1, latin1ToBytes } from '../network/latin1';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes a stream's text stands for. */
export function streamBytes(s: string): Uint8Array {
  return /[\u0000\u0080-\u009f]/.test(s) && !/[^\u0000-\u00ff]/.test(s) ? latin1ToBytes(s) : utf8.encode(s);
}

/** How bytes travel on a stream: decoded when they are text, latin1 otherwise. */
export function bytesForStream(bytes: Uint8Array): string {
  if (!bytes.includes(0)) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      // not text
    }
  }
  return bytesToLatin1(bytes);
}
