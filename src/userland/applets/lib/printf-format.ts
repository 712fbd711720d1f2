// printf(1)'s format engine: the format is reused until the arguments are consumed; conversions
// d i o u x X f F e E g G c s b %, flags `-+ #0`, width and precision (digits or `*`).

import { unescape } from './escapes';

export interface Formatted {
  text: string;
  /** Arguments that were not numbers (printed as 0; printf exits 1). */
  badNumbers: string[];
}

function toNumber(arg: string, bad: string[]): number {
  if (/^['"]/.test(arg)) return arg.length > 1 ? arg.codePointAt(1)! : 0;
  const s = arg.trim();
  if (s === '') return 0;
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(s)) return parseInt(s, 16);
  if (/^[-+]?0[0-7]+$/.test(s)) return parseInt(s, 8);
  const n = Number(s);
  if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) {
    bad.push(arg);
    const lead = /^[-+]?\d+/.exec(s);
    return lead ? Number(lead[0]) : 0;
  }
  return n;
}

function pad(body: string, flags: string, width: number, numeric: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(body) ? body[0] : '';
    const prefix = /^[-+ ]?0[xX]/.test(body) ? body.slice(0, sign.length + 2) : sign;
    return prefix + body.slice(prefix.length).padStart(width - prefix.length, '0');
  }
  return body.padStart(width);
}

function cFloat(conv: string, n: number, prec: number | undefined, flags: string): string {
  const p = prec ?? 6;
  let s: string;
  const lower = conv.toLowerCase();
  if (!Number.isFinite(n)) s = Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
  else if (lower === 'f') s = n.toFixed(p);
  else if (lower === 'e') s = n.toExponential(p).replace(/e([-+])(\d)$/, 'e$10$2');
  else {
    const P = p === 0 ? 1 : p;
    const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
    if (exp < -4 || exp >= P) {
      s = n.toExponential(P - 1).replace(/e([-+])(\d)$/, 'e$10$2');
      if (!flags.includes('#')) s = s.replace(/\.?0+e/, 'e');
    } else {
      s = n.toFixed(Math.max(0, P - 1 - exp));
      if (!flags.includes('#') && s.includes('.')) s = s.replace(/\.?0+$/, '');
    }
  }
  if (conv === conv.toUpperCase()) s = s.toUpperCase();
  if (n >= 0 && flags.includes('+')) s = '+' + s;
  else if (n >= 0 && flags.includes(' ')) s = ' ' + s;
  return s;
}

function cInt(conv: string, n: number, prec: number | undefined, flags: string): string {
  let v = Math.trunc(n);
  let digits: string;
  if (conv === 'd' || conv === 'i') digits = String(Math.abs(v));
  else {
    if (v < 0) v = Number(BigInt.asUintN(64, BigInt(v)));
    digits = conv === 'o' ? v.toString(8) : conv === 'u' ? String(v) : v.toString(16);
    if (conv === 'X') digits = digits.toUpperCase();
  }
  if (prec !== undefined) digits = prec === 0 && v === 0 ? '' : digits.padStart(prec, '0');
  let sign = '';
  if ((conv === 'd' || conv === 'i') && v < 0) sign = '-';
  else if ((conv === 'd' || conv === 'i') && flags.includes('+')) sign = '+';
  else if ((conv === 'd' || conv === 'i') && flags.includes(' ')) sign = ' ';
  if (flags.includes('#') && v !== 0) {
    if (conv === 'x') sign += '0x';
    if (conv === 'X') sign += '0X';
    if (conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
  }
  return sign + digits;
}

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXfFeEgGcsb%])/y;

/** Formats all of `args` with `format`, reusing it as printf(1) does. */
/** `missingIsBad`: BusyBox reports a numeric conversion without an argument as `invalid number ''`. */
export function formatPrintf(
  format: string,
  args: string[],
  missingIsBad = false,
): Formatted & { stop: boolean } {
  const bad: string[] = [];
  let text = '';
  let ai = 0;
  const next = (): string | undefined => (ai < args.length ? args[ai++] : undefined);
  do {
    const before = ai;
    let i = 0;
    while (i < format.length) {
      const c = format[i];
      if (c === '\\') {
        const m = /^\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)?/.exec(
          format.slice(i),
        )![0];
        const u = unescape(m, false);
        if (u.stop) return { text, badNumbers: bad, stop: true };
        text += u.text;
        i += m.length;
        continue;
      }
      if (c !== '%') {
        text += c;
        i++;
        continue;
      }
      SPEC.lastIndex = i;
      const m = SPEC.exec(format);
      if (!m) {
        text += c;
        i++;
        continue;
      }
      i = SPEC.lastIndex;
      const [, flags, w, pr, conv] = m;
      if (conv === '%') {
        text += '%';
        continue;
      }
      const width = w === '*' ? toNumber(next() ?? '0', bad) : Number(w ?? 0);
      const prec = pr === undefined ? undefined : pr === '*' ? toNumber(next() ?? '0', bad) : Number(pr || 0);
      const arg = next();
      if (arg === undefined && missingIsBad && ai > 0 && !'sbc'.includes(conv)) bad.push('');
      let body: string;
      let numeric = true;
      if (conv === 's' || conv === 'b' || conv === 'c') {
        numeric = false;
        let s = arg ?? '';
        if (conv === 'b') {
          const u = unescape(s, true);
          s = u.text;
          if (u.stop) return { text: text + pad(s, flags, width, false), badNumbers: bad, stop: true };
        }
        if (conv === 'c') s = [...s][0] ?? '\0';
        body = prec !== undefined && conv !== 'c' ? s.slice(0, prec) : s;
      } else if ('diouxX'.includes(conv)) body = cInt(conv, toNumber(arg ?? '0', bad), prec, flags);
      else body = cFloat(conv, toNumber(arg ?? '0', bad), prec, flags);
      text += pad(
        body,
        prec !== undefined && 'diouxX'.includes(conv) ? flags.replace('0', '') : flags,
        width,
        numeric,
      );
    }
    if (ai === before) break;
  } while (ai < args.length);
  return { text, badNumbers: bad, stop: false };
}
