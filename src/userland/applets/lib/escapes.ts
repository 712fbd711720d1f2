// Backslash escapes of echo -e, printf's format and printf %b (coreutils print_esc).

export interface Unescaped {
  text: string;
  /** `\c` was met: print nothing more. */
  stop: boolean;
}

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/**
 * `octalZero`: echo and %b read `\0nnn` (up to 3 digits after the 0); printf's format reads `\nnn`.
 */
export function unescape(s: string, octalZero: boolean): Unescaped {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    const n = s[++i];
    if (n in SIMPLE) text += SIMPLE[n];
    else if (n === 'c') return { text, stop: true };
    else if (n === 'x' && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))![0];
      text += String.fromCharCode(parseInt(m, 16));
      i += m.length;
    } else if (octalZero ? n === '0' : /[0-7]/.test(n)) {
      const digits = /^[0-7]{0,3}/.exec(s.slice(octalZero ? i + 1 : i))![0].slice(0, 3);
      text += String.fromCharCode(parseInt(digits || '0', 8) & 255);
      i += octalZero ? digits.length : digits.length - 1;
    } else if ((n === 'u' || n === 'U') && !octalZero) {
      const m = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(s.slice(i + 1));
      if (!m) text += '\\' + n;
      else {
        text += String.fromCodePoint(parseInt(m[0], 16));
        i += m[0].length;
      }
    } else text += '\\' + n;
  }
  return { text, stop: false };
}
