// cat(1): concatenate files; -n -b -s -E -T -A -v (nonprinting shown as ^X / M-X).

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { linesOf, openInput } from './lib/input';
import { quotef } from './lib/quote';

function showNonprinting(text: string, tabs: boolean): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '\n' || (ch === '\t' && !tabs)) out += ch;
    else if (c < 32) out += '^' + String.fromCharCode(c + 64);
    else if (c === 127) out += '^?';
    else out += ch;
  }
  return out;
}

export const cat: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: t.gnu ? 'AbeEnstTuv' : 'nbvteA',
    long: [
      { name: 'show-all', key: 'A' },
      { name: 'number-nonblank', key: 'b' },
      { name: 'show-ends', key: 'E' },
      { name: 'number', key: 'n' },
      { name: 'squeeze-blank', key: 's' },
      { name: 'show-tabs', key: 'T' },
      { name: 'show-nonprinting', key: 'v' },
    ],
  });
  if (!p) return 1;
  const o = (k: string): boolean => has(p, k);
  const ends = o('E') || o('A') || o('e');
  const tabs = o('T') || o('A') || o('t');
  const nonprint = o('v') || o('A') || o('e') || o('t');
  const numberNonblank = o('b');
  const number = o('n') || numberNonblank;
  const transform = number || ends || tabs || nonprint || o('s');
  let status = 0;
  let lineNo = 0;
  let prevBlank = false;
  for (const arg of p.operands.length ? p.operands : ['-']) {
    const input = await openInput(t, arg, (a, e) =>
      t.gnu
        ? `${quotef(a)}: ${e.text}`
        : e.code === 'EISDIR'
          ? `read error: ${e.text}`
          : `can't open '${a}': ${e.text}`,
    );
    if (input === null) {
      status = 1;
      continue;
    }
    if (!transform) {
      for await (const chunk of input) t.out(chunk);
      continue;
    }
    for await (const raw of linesOf(input)) {
      const terminated = raw.endsWith('\n');
      const line = terminated ? raw.slice(0, -1) : raw;
      // BusyBox numbers through nl(1)'s code, which ends every line, even an unterminated last one.
      const eol = terminated || (number && !t.gnu);
      const blank = line === '';
      if (o('s') && blank && prevBlank) continue;
      prevBlank = blank;
      let shown = line;
      if (nonprint) shown = showNonprinting(shown, tabs);
      if (tabs) shown = shown.replace(/\t/g, '^I');
      if (number && !(numberNonblank && blank)) shown = `${String(++lineNo).padStart(6)}\t${shown}`;
      t.out(shown + (eol ? (ends ? '$\n' : '\n') : ''));
    }
  }
  return status;
};
