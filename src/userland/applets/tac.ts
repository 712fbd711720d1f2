// tac(1) (lines in reverse order) and rev(1) (characters of each line reversed).

import type { Applet } from './lib/applet';
import { getopt } from './lib/getopt';
import { readInput } from './lib/input';
import { quoteFile } from './lib/quote';

export const tac: Applet = async (t) => {
  const p = getopt(t, t.args, { short: '' });
  if (!p) return 1;
  let status = 0;
  for (const f of p.operands.length ? p.operands : ['-']) {
    const text = await readInput(t, f, (a, e) =>
      t.gnu ? `failed to open ${quoteFile(a)} for reading: ${e.text}` : `${a}: ${e.text}`,
    );
    if (text === null) {
      status = 1;
      continue;
    }
    // An unterminated last line is printed first, glued to the next one, as GNU tac does.
    t.out(
      text
        .split(/(?<=\n)/)
        .filter((l) => l !== '')
        .reverse()
        .join(''),
    );
  }
  return status;
};

export const rev: Applet = async (t) => {
  let status = 0;
  for (const f of t.args.length ? t.args : ['-']) {
    const text = await readInput(t, f, (a, e) =>
      t.gnu
        ? e.code === 'EISDIR'
          ? `${a}: 0: ${e.text}`
          : `cannot open ${a}: ${e.text}`
        : e.code === 'EISDIR'
          ? null
          : `${a}: ${e.text}`,
    );
    if (text === null) {
      status = 1;
      continue;
    }
    const parts = text.split('\n');
    t.out(parts.map((l) => [...l].reverse().join('')).join('\n'));
  }
  return status;
};
