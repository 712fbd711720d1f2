// Bytes on the string streams. Binary producers (tar, gzip, `docker save`, `docker export`) write one
// character per byte (latin1); text producers write Unicode text, which a file would hold as UTF-8.
// Reading a stream as bytes tells them apart: a NUL or a C1 control (U+0080–U+009F, never in text)
// means latin1 bytes; otherwise the text is encoded as UTF-8. Writing bytes does the reverse: text
// that is valid UTF-8 without NULs is written decoded, anything else as latin1.

import type { Tool } from '../applets/lib/tool';
import { FsError } from '../../engine/fs/types';
import { bytesToLatin1, latin1ToBytes } from '../../engine/network/latin1';

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

/** All of stdin, as bytes. */
export async function readStdinBytes(t: Tool): Promise<Uint8Array> {
  return streamBytes(await t.readStdin());
}

/** A file operand's bytes (`-` is stdin); throws FsError (EISDIR for a directory). */
export async function readOperandBytes(t: Tool, arg: string): Promise<Uint8Array> {
  if (arg === '-') return readStdinBytes(t);
  const p = t.path(arg);
  if (t.ctx.fs.stat(p).type === 'dir') throw new FsError('EISDIR', arg, 'read');
  return t.ctx.fs.readFile(p);
}
