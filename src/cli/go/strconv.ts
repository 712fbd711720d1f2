// Go's strconv as the docker CLI's flag values use it: the same accepted syntaxes (base prefixes,
// underscores) and the same error texts, so flag errors read exactly as Docker prints them.

export class NumError extends Error {
  constructor(fn: string, input: string, reason: 'invalid syntax' | 'value out of range') {
    super(`strconv.${fn}: parsing ${quote(input)}: ${reason}`);
  }
}

/** Digits of `s` in base 0 (Go's prefixes 0x, 0o, 0b, leading 0 = octal, underscores between digits), or null. */
function parseDigits(s: string): bigint | null {
  let base = 10;
  let body = s;
  const lower = s.toLowerCase();
  if (lower.startsWith('0x')) [base, body] = [16, s.slice(2)];
  else if (lower.startsWith('0o')) [base, body] = [8, s.slice(2)];
  else if (lower.startsWith('0b')) [base, body] = [2, s.slice(2)];
  else if (s.length > 1 && s.startsWith('0')) [base, body] = [8, s.slice(1)];
  const hasPrefix = body !== s;
  if (body.includes('_')) {
    // Underscores only between digits, or right after a base prefix.
    const ok = /^_?[0-9a-zA-Z]+(_[0-9a-zA-Z]+)*$/.test(body) && (hasPrefix || !body.startsWith('_'));
    if (!ok) return null;
    body = body.replace(/_/g, '');
  }
  if (body === '') return null;
  let n = 0n;
  const b = BigInt(base);
  for (const ch of body.toLowerCase()) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return null;
    n = n * b + BigInt(d);
  }
  return n;
}

/** strconv.ParseInt(s, 0, bits). */
export function parseInt64(s: string, bits = 64): number {
  let neg = false;
  let body = s;
  if (body.startsWith('+') || body.startsWith('-')) {
    neg = body.startsWith('-');
    body = body.slice(1);
  }
  const n = parseDigits(body);
  if (n === null) throw new NumError('ParseInt', s, 'invalid syntax');
  const limit = 1n << BigInt(bits - 1);
  if ((!neg && n >= limit) || (neg && n > limit)) throw new NumError('ParseInt', s, 'value out of range');
  return Number(neg ? -n : n);
}

/** strconv.ParseUint(s, 0, bits). */
export function parseUint(s: string, bits = 64): number {
  const n = parseDigits(s);
  if (n === null) throw new NumError('ParseUint', s, 'invalid syntax');
  if (n >= 1n << BigInt(bits)) throw new NumError('ParseUint', s, 'value out of range');
  return Number(n);
}

/** strconv.ParseBool. */
export function parseBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new NumError('ParseBool', s, 'invalid syntax');
}

/** strconv.ParseFloat(s, 64), Go syntax (no hex floats with p exponents beyond what JS reads). */
export function parseFloat64(s: string): number {
  const body = s.replace(/_/g, '');
  if (/^[+-]?(inf|infinity)$/i.test(body)) return body.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(body)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body))
    throw new NumError('ParseFloat', s, 'invalid syntax');
  const v = Number(body);
  if (!Number.isFinite(v)) throw new NumError('ParseFloat', s, 'value out of range');
  return v;
}

const ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
};

function escapeChar(ch: string, q: string): string {
  if (ch === q) return `\\${q}`;
  const esc = ESCAPES[ch];
  if (esc) return esc;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp >= 0x80 && cp < 0xa0) return `\\u${cp.toString(16).padStart(4, '0')}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  return ch;
}

/** Go's %q / strconv.Quote for a string. */
export function quote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeChar(ch, '"');
  return out + '"';
}

/** Go's %q for a rune (single quotes). */
export function quoteRune(ch: string): string {
  return `'${escapeChar(ch, "'")}'`;
}
