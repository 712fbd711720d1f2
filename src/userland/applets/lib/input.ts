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
