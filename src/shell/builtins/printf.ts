// printf FORMAT [ARGS…]: the format is reused until the arguments are consumed (POSIX).
import type { Shell } from '../interpreter';
import { interpretEscapes } from './echo';

export function formatPrintf(format: string, args: string[], onError: (msg: string) => void): { text: string; ok: boolean } {
  let out = '';
  let ok = true;
  let argi = 0;
  const next = (): string | undefined => args[argi++];
  const num = (conv: string): number => {
    const a = next();
    if (a === undefined || a === '') return 0;
    if (/^['"]/.test(a)) return a.codePointAt(1) ?? 0;
    const v = /^[-+]?0[xX][0-9a-fA-F]+$/.test(a) ? parseInt(a, 16) : /^[-+]?0[0-7]+$/.test(a) && conv !== 'f' ? parseInt(a, 8) : Number(a);
    if (Number.isNaN(v) || (conv !== 'f' && conv !== 'e' && conv !== 'g' && !/^[-+]?(0[xX][0-9a-fA-F]+|\d+)$/.test(a.trim()))) {
      onError(`${a}: invalid number`);
      ok = false;
      const lead = /^[-+]?\d+/.exec(a);
      return lead ? Number(lead[0]) : 0;
    }
    return v;
  };
  do {
    const startArg = argi;
    for (let i = 0; i < format.length; i++) {
      const c = format[i];
      if (c === '\\') {
        const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(format.slice(i))!;
        const esc = m[1];
        if (/^[0-7]/.test(esc)) out += String.fromCharCode(parseInt(esc, 8));
        else out += interpretEscapes('\\' + esc).text;
        i += m[0].length - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsbfeEgGq%])/.exec(format.slice(i));
      if (!m) {
        out += c;
        continue;
      }
      i += m[0].length - 1;
      const [, flags, widthSpec, precSpec, conv] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const width = widthSpec === '*' ? num('d') : widthSpec ? Number(widthSpec) : 0;
      const prec = precSpec === '*' ? num('d') : precSpec !== undefined ? Number(precSpec || '0') : undefined;
      let body: string;
      switch (conv) {
        case 's':
          body = next() ?? '';
          if (prec !== undefined) body = body.slice(0, prec);
          break;
        case 'b': {
          const r = interpretEscapes(next() ?? '');
          body = r.text;
          break;
        }
        case 'q':
          body = quote(next() ?? '');
          break;
        case 'c':
          body = (next() ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i': {
          const v = Math.trunc(num(conv));
          body = Math.abs(v).toString();
          if (prec !== undefined) body = body.padStart(prec, '0');
          body = (v < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
          break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
          let v = Math.trunc(num(conv));
          if (v < 0) v = Number(BigInt.asUintN(64, BigInt(v)));
          body = v.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
          if (conv === 'X') body = body.toUpperCase();
          if (prec !== undefined) body = body.padStart(prec, '0');
          if (flags.includes('#') && v !== 0) body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + body;
          break;
        }
        default: {
          const v = num('f');
          const p = prec ?? 6;
          if (conv === 'f') body = v.toFixed(p);
          else if (conv === 'e' || conv === 'E') body = expo(v, p, conv === 'E');
          else body = general(v, p === 0 ? 1 : p, conv === 'G');
          if (v >= 0 && flags.includes('+')) body = '+' + body;
        }
      }
      if (body.length < width) {
        if (flags.includes('-')) body = body.padEnd(width);
        else if (flags.includes('0') && /[diouxXfeEgG]/.test(conv) && prec === undefined) {
          const sign = /^[-+ ]/.test(body) ? body[0] : '';
          body = sign + body.slice(sign.length).padStart(width - sign.length, '0');
        } else body = body.padStart(width);
      }
      out += body;
    }
    if (argi === startArg) break;
  } while (argi < args.length);
  return { text: out, ok };
}

function expo(v: number, p: number, upper: boolean): string {
  const s = v.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
  return upper ? s.toUpperCase() : s;
}

function general(v: number, p: number, upper: boolean): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  let s: string;
  if (exp < -4 || exp >= p) s = expo(v, p - 1, false).replace(/\.?0+e/, 'e');
  else s = v.toFixed(Math.max(0, p - 1 - exp)).replace(/\.?0+$/, '');
  return upper ? s.toUpperCase() : s;
}

function quote(s: string): string {
  if (s === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return s.replace(/[^A-Za-z0-9_@%+=:,./-]/g, (c) => '\\' + c);
}

export function printf(sh: Shell, argv: string[]): number {
  let args = argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    sh.error('printf: usage: printf [-v var] format [arguments]');
    return 2;
  }
  const { text, ok } = formatPrintf(args[0], args.slice(1), (msg) => sh.error(`printf: ${msg}`));
  sh.stdout.write(text);
  return ok ? 0 : 1;
}
