// Reading operands and stdin as bytes (see engine/process/stream-bytes.ts for how bytes travel on
// the string streams).

import type { Tool } from '../applets/lib/tool';
import { FsError } from '../../engine/fs/types';
import { streamBytes } from '../../engine/process/stream-bytes';

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
