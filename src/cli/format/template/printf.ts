// A subset of Go's fmt.Sprintf for templates' `printf`: verbs v s d q t f e g x X c o b %, with
// flags, width and precision, and Go's %!verb(type=value) texts for mismatches.

import { quote } from '../../go/strconv';
import { goFloat, goTypeName, printValue } from './values';

function pad(s: string, width: number | undefined, left: boolean, zero: boolean): string {
  if (width === undefined) return s;
  const len = [...s].length;
  if (len >= width) return s;
  if (left) return s + ' '.repeat(width - len);
  if (zero) {
    const sign = /^[+-]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(width - len) + s.slice(sign.length);
  }
  return ' '.repeat(width - len) + s;
}

export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?([a-zA-Z%])?/gy;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    re.lastIndex = pct;
    const m = re.exec(format) as RegExpExecArray;
    i = re.lastIndex;
    const [, flags, w, p, verb] = m;
    if (verb === undefined) {
      out += '%!(NOVERB)';
      continue;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    const width = w === undefined ? undefined : w === '*' ? Number(args[argi++]) : Number(w);
    const prec =
      p === undefined ? (m[0].includes('.') ? 0 : undefined) : p === '*' ? Number(args[argi++]) : Number(p);
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[argi++];
    const left = flags.includes('-');
    const zero = flags.includes('0') && !left;
    const plus = flags.includes('+');
    const bad = () => `%!${verb}(${goTypeName(a)}=${printValue(a)})`;
    let s: string;
    switch (verb) {
      case 'v':
      case 's':
        if (verb === 's' && typeof a !== 'string' && typeof a !== 'object') {
          s = bad();
          break;
        }
        s = printValue(a);
        if (prec !== undefined) s = [...s].slice(0, prec).join('');
        break;
      case 'q':
        s = typeof a === 'string' ? quote(a) : bad();
        break;
      case 't':
        s = typeof a === 'boolean' ? String(a) : bad();
        break;
      case 'd':
        s = typeof a === 'number' && Number.isInteger(a) ? (plus && a >= 0 ? '+' : '') + String(a) : bad();
        break;
      case 'c':
        s = typeof a === 'number' ? String.fromCodePoint(a) : bad();
        break;
      case 'x':
      case 'X':
      case 'o':
      case 'b': {
        const base = verb === 'o' ? 8 : verb === 'b' ? 2 : 16;
        if (typeof a === 'number' && Number.isInteger(a)) s = a.toString(base);
        else if (typeof a === 'string' && base === 16)
          s = Array.from(new TextEncoder().encode(a), (b) => b.toString(16).padStart(2, '0')).join('');
        else s = bad();
        if (verb === 'X') s = s.toUpperCase();
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'g':
        if (typeof a !== 'number') {
          s = bad();
          break;
        }
        s =
          verb === 'e'
            ? a.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2')
            : verb === 'g'
              ? prec === undefined
                ? goFloat(a)
                : String(Number(a.toPrecision(prec)))
              : a.toFixed(prec ?? 6);
        if (plus && a >= 0) s = '+' + s;
        break;
      default:
        s = `%!${verb}(${goTypeName(a)}=${printValue(a)})`;
    }
    out += pad(s, width, left, zero && verb !== 's' && verb !== 'v');
  }
  if (argi < args.length) {
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => `${goTypeName(a)}=${printValue(a)}`)
      .join(', ')})`;
  }
  return out;
}
