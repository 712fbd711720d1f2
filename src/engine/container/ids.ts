// Container and exec ids (moby pkg/stringid): 64 lowercase hex characters from the injected random
// source, never a short form that reads as a number; the short form is the first 12.
import type { Random } from '../world/types';

export const SHORT_ID_LENGTH = 12;

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function generateId(random: Random): string {
  for (;;) {
    const id = hex(random.bytes(32));
    if (!/^\d+$/.test(id.slice(0, SHORT_ID_LENGTH))) return id;
  }
}

export function truncateId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, SHORT_ID_LENGTH);
}
