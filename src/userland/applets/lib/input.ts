// Reading file operands (`-` is stdin). Each program words its open/read failures differently, so
// the caller supplies the wording; the reading itself is shared.

import { FsError } from '../../../engine/fs/types';
import type { Tool } from './tool';

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

/**
 * An operand as a stream of chunks: a file in one chunk, stdin chunk by chunk as it arrives (so
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
