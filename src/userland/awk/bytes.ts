// mawk and BusyBox awk work on bytes, not characters: length("é") is 2, substr can cut a UTF-8
// sequence, toupper changes only ASCII letters. awk keeps every string as one character per byte
// (latin1 of the UTF-8), converting on the way in (program, input, variables) and out.

import { bytesToLatin1, latin1ToBytes } from '../../engine/network/latin1';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Text as awk's byte string. */
export function toAwk(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text : bytesToLatin1(encoder.encode(text));
}

/** A byte string as text again (a cut UTF-8 sequence shows as U+FFFD, as on a terminal). */
export function fromAwk(bytes: string): string {
  return /^[\x00-\x7f]*$/.test(bytes) ? bytes : decoder.decode(latin1ToBytes(bytes));
}
