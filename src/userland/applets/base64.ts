// base64: encodes a file or stdin (lines wrapped at -w COLS, 76 by default, 0 for none) or decodes
// it with -d (newlines ignored; coreutils stops at an invalid character, BusyBox skips it).

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { errText } from './lib/tool';
import { getopt, has, last } from './lib/getopt';
import { usage } from './lib/usage';
import { readOperandBytes } from '../archive/bytes';
import { bytesForStream } from '../../engine/process/stream-bytes';
import { encodeBase64 } from '../../engine/fs/base64';

/** For decoding, which (unlike engine/fs/base64's strict decoder) is lenient as each tool is. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encode(bytes: Uint8Array, wrap: number): string {
  const s = encodeBase64(bytes);
  if (s === '') return '';
  if (wrap <= 0) return s;
  return s.replace(new RegExp(`.{1,${wrap}}`, 'g'), '$&\n');
}

/** Decoded bytes and the error that stopped decoding, if any. */
function decode(text: string, gnu: boolean): { bytes: Uint8Array; error: string | null } {
  const out: number[] = [];
  let group: number[] = [];
  let pad = 0;
  let error: string | null = null;
  for (const c of text) {
    if (c === '\n') continue;
    const v = ALPHABET.indexOf(c);
    if (c === '=') pad++;
    else if (v < 0 || pad > 0) {
      if (!gnu) continue;
      error = 'invalid input';
      break;
    } else group.push(v);
    if (group.length + pad === 4) {
      const n = (group[0] << 18) | (group[1] << 12) | ((group[2] ?? 0) << 6) | (group[3] ?? 0);
      out.push((n >> 16) & 255);
      if (group.length > 2) out.push((n >> 8) & 255);
      if (group.length > 3) out.push(n & 255);
      group = [];
      pad = 0;
    }
  }
  if (!error && group.length) {
    if (gnu) {
      // coreutils still writes the bytes of an incomplete last group.
      const n = (group[0] << 18) | ((group[1] ?? 0) << 12) | ((group[2] ?? 0) << 6);
      if (group.length > 1) out.push((n >> 16) & 255);
      if (group.length > 2) out.push((n >> 8) & 255);
      error = 'invalid input';
    } else error = 'truncated input';
  }
  return { bytes: Uint8Array.from(out), error };
}

function operand(t: Tool, operands: string[]): string | number {
  if (operands.length > 1) return usage(t, `extra operand ‘${operands[1]}’`);
  return operands[0] ?? '-';
}

export const base64: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'dw:i',
    long: [
      { name: 'decode', key: 'd' },
      { name: 'wrap', key: 'w', arg: 'required' },
      { name: 'ignore-garbage', key: 'i' },
    ],
  });
  if (!p) return 1;
  const arg = operand(t, p.operands);
  if (typeof arg === 'number') return arg;
  let bytes: Uint8Array;
  try {
    bytes = await readOperandBytes(t, arg);
  } catch (e) {
    t.error(`${arg}: ${errText(e)}`);
    return 1;
  }
  if (!has(p, 'd')) {
    const wrap = Number(last(p, 'w') ?? 76);
    if (!Number.isInteger(wrap) || wrap < 0) {
      t.error(t.gnu ? `invalid wrap size: ‘${last(p, 'w')}’` : `invalid number '${last(p, 'w')}'`);
      return 1;
    }
    t.out(encode(bytes, wrap));
    return 0;
  }
  const text = new TextDecoder().decode(bytes);
  const d = decode(has(p, 'i') ? text.replace(/[^A-Za-z0-9+/=\n]/g, '') : text, t.gnu);
  t.out(bytesForStream(d.bytes));
  if (d.error) {
    t.error(d.error);
    return 1;
  }
  return 0;
};
