// awk's printf/sprintf: C conversions over awk values. Each conversion is formatted by printf(1)'s
// engine (one spec, one argument); %c prints a number as its character and a string's first one.

import { formatPrintf } from '../applets/lib/printf-format';
import { toNum, toStr, type Value } from './values';

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXfFeEgGcs%])/y;

export function awkSprintf(format: string, args: Value[], convfmt: string): string {
  let out = '';
  let ai = 0;
  const next = (): Value => (ai < args.length ? args[ai++] : '');
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    SPEC.lastIndex = pct;
    const m = SPEC.exec(format);
    if (!m) {
      out += '%';
      i = pct + 1;
      continue;
    }
    i = SPEC.lastIndex;
    const [, flags, w, pr, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const width = w === '*' ? String(Math.trunc(toNum(next()))) : (w ?? '');
    const prec = pr === undefined ? '' : '.' + (pr === '*' ? String(Math.trunc(toNum(next()))) : pr);
    const arg = next();
    let spec = `%${flags}${width}${prec}`;
    let text: string;
    if (conv === 'c') {
      spec += 's';
      text =
        // One byte: a number's low byte, a string's first (NUL for an empty one).
        typeof arg === 'number'
          ? String.fromCharCode(Math.trunc(arg) & 255)
          : (toStr(arg, convfmt)[0] ?? '\0');
    } else if (conv === 's') {
      spec += 's';
      text = toStr(arg, convfmt);
    } else {
      spec += conv;
      text = String(toNum(arg));
    }
    // printf(1)'s engine reads backslashes in its format: the spec has none, the text is an argument.
    out += formatPrintf(spec, [text]).text;
  }
  return out;
}
