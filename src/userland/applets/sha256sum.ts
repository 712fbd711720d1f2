// sha256sum and md5sum: `HASH  FILE` for each operand (stdin is `-`), and `-c` to check a list of
// them, with coreutils' and BusyBox's own wording of failures.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { errText } from './lib/tool';
import { sha256Hex } from '../../engine/world/hasher-sha256';
import { md5Hex } from '../archive/md5';
import { readOperandBytes } from '../archive/bytes';
import { splitLines } from './lib/input';
import { getopt, has } from './lib/getopt';

type Digest = (data: Uint8Array) => string;

/** The hash of an operand, or null after printing why it cannot be read. */
async function hashOf(t: Tool, digest: Digest, arg: string): Promise<string | null> {
  try {
    return digest(await readOperandBytes(t, arg));
  } catch (e) {
    const text = errText(e);
    if (t.gnu) t.error(`${arg}: ${text}`);
    else t.error(text === 'Is a directory' ? `can't read '${arg}': ${text}` : `can't open '${arg}': ${text}`);
    return null;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

async function check(
  t: Tool,
  digest: Digest,
  length: number,
  lists: string[],
  quiet: boolean,
): Promise<number> {
  let status = 0;
  const line = new RegExp(`^([0-9a-fA-F]{${length}}) [ *](.+)$`);
  for (const list of lists) {
    let text: string;
    try {
      text = list === '-' ? await t.readStdin() : t.ctx.fs.readText(t.path(list));
    } catch (e) {
      t.error(t.gnu ? `${list}: ${errText(e)}` : `can't open '${list}': ${errText(e)}`);
      status = 1;
      continue;
    }
    let checked = 0;
    let failed = 0;
    let unreadable = 0;
    let formatted = 0;
    for (const l of splitLines(text)) {
      const m = line.exec(l);
      if (!m) {
        // BusyBox counts a line it cannot read as a failed checksum.
        if (!t.gnu) {
          failed++;
          checked++;
        }
        continue;
      }
      formatted++;
      checked++;
      const [, want, name] = m;
      const got = await hashOf(t, digest, name);
      if (got === null && t.gnu) {
        unreadable++;
        t.out(`${name}: FAILED open or read\n`);
      } else if (got !== want.toLowerCase()) {
        failed++;
        if (!quiet) t.out(`${name}: FAILED\n`);
      } else if (!quiet) t.out(`${name}: OK\n`);
    }
    if (t.gnu && formatted === 0) {
      t.error(`${list === '-' ? "'standard input'" : list}: no properly formatted checksum lines found`);
      status = 1;
      continue;
    }
    if (t.gnu) {
      if (unreadable) t.error(`WARNING: ${plural(unreadable, 'listed file')} could not be read`);
      if (failed) t.error(`WARNING: ${plural(failed, 'computed checksum')} did NOT match`);
    } else if (failed) t.error(`WARNING: ${failed} of ${checked} computed checksums did NOT match`);
    if (failed || unreadable) status = 1;
  }
  return status;
}

function checksum(digest: Digest, length: number): Applet {
  return async (t) => {
    const p = getopt(t, t.args, {
      short: 'cswbt',
      long: [
        { name: 'check', key: 'c' },
        { name: 'status', key: 's' },
        { name: 'warn', key: 'w' },
        { name: 'quiet', key: 'q' },
        { name: 'binary', key: 'b' },
        { name: 'text', key: 't' },
      ],
    });
    if (!p) return 1;
    const operands = p.operands;
    if (operands.length === 0) operands.push('-');
    if (has(p, 'c')) return check(t, digest, length, operands, has(p, 's'));
    let status = 0;
    for (const arg of operands) {
      const hash = await hashOf(t, digest, arg);
      if (hash === null) status = 1;
      else t.out(`${hash}  ${arg}\n`);
    }
    return status;
  };
}

export const sha256sum = checksum(sha256Hex, 64);
export const md5sum = checksum(md5Hex, 32);
