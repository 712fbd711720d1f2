// Reading file operands (`-` is stdin). Each program words its open/read failures differently, so
// the caller supplies the wording; the reading itself is shared.

import { FsError } from '../../../engine/fs/types';
import type { Tool } from './tool';
import type { CharDevice } from '../../../engine/fs/devices';
import { streamBytes } from '../../../engine/process/stream-bytes';
import { deviceChunks } from './device-input';
import { endlessDeviceAt } from '../../../engine/fs/devices-stream';

/** The message (after `name: `) for a failed operand, or null to treat the operand as empty. */
export type Wording = (arg: string, e: FsError) => string | null;

/** The operand's text, or null after printing the error. */
export async function readInput(t: Tool, arg: string, wording: Wording): Promise<string | null> {
  try {
    return await t.readOperand(arg);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    const message = wording(arg, e);
    if (message === null) return '';
    t.error(message);
    return null;
  }
}

/** Splits text into lines without their newlines; a final unterminated line is kept. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The endless device an operand names (errors are left to the reading that follows). */
function deviceOperand(t: Tool, arg: string): CharDevice | undefined {
  try {
    return endlessDeviceAt(t.ctx.fs, t.path(arg));
  } catch (e) {
    if (e instanceof FsError) return undefined;
    throw e;
  }
}

/**
 * An operand as a stream of chunks: an endless device read after read, a file in one chunk, stdin chunk by chunk as it arrives (so
 * `yes | head`, `tail -f log | grep x` and typing into `cat` work). Null after printing the error.
 */
export async function openInput(
  t: Tool,
  arg: string,
  wording: Wording,
): Promise<AsyncIterable<string> | null> {
  if (arg === '-') {
    const stdin = t.ctx.stdin;
    return {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const chunk = await stdin.read();
          if (chunk === null) return;
          yield chunk;
        }
      },
    };
  }
  const device = deviceOperand(t, arg);
  if (device) return deviceChunks(t.ctx, device);
  const text = await readInput(t, arg, wording);
  if (text === null) return null;
  return {
    async *[Symbol.asyncIterator]() {
      if (text !== '') yield text;
    },
  };
}

/** Lines of a chunk stream, each with its `\n` (the last one may lack it), as soon as they are complete. */
export async function* linesOf(source: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of source) {
    pending += chunk;
    let nl = pending.indexOf('\n');
    while (nl >= 0) {
      yield pending.slice(0, nl + 1);
      pending = pending.slice(nl + 1);
      nl = pending.indexOf('\n');
    }
  }
  if (pending !== '') yield pending;
}

/** The first `limit` bytes of a chunk stream (all of it when shorter), reading no further than needed. */
export async function takeBytes(source: AsyncIterable<string>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  if (limit > 0) {
    for await (const chunk of source) {
      const bytes = streamBytes(chunk);
      parts.push(bytes.subarray(0, limit - size));
      size += Math.min(bytes.length, limit - size);
      if (size >= limit) break;
    }
  }
  return joinBytes(parts);
}

/** The concatenation of byte arrays. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The first `limit` bytes of an operand (an endless device is read no further); null after printing the error. */
export async function readPrefix(t: Tool, arg: string, limit: number, wording: Wording): Promise<Uint8Array | null> {
  const input = await openInput(t, arg, wording);
  return input === null ? null : takeBytes(input, limit);
}
