// awk's values: numbers, strings, and "strnums" (input fields, -v assignments, split() elements,
// uninitialised variables) that compare as numbers when they look like numbers.

import { awkSprintf } from './format';

export class StrNum {
  constructor(
    readonly s: string,
    /** Looks like a number: compares numerically against numbers and other numeric strnums. */
    readonly numeric: boolean,
  ) {}
}

export type Value = number | string | StrNum;

/** An uninitialised variable: "" as a string, 0 as a number. */
export const UNINIT = new StrNum('', true);

const NUMERIC = /^[ \t\n]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t\n]*$/;
const LEADING = /^[ \t\n]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

export function strnum(s: string): StrNum {
  return new StrNum(s, NUMERIC.test(s));
}

/** The numeric value (a string's longest numeric prefix, as strtod reads it). */
export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  const s = typeof v === 'string' ? v : v.s;
  const m = LEADING.exec(s);
  return m ? Number(m[0]) : 0;
}

/**
 * The string value; numbers that are not integers up to `maxInt` go through `convfmt` (CONVFMT, or
 * OFMT for print). mawk's integers stop at 2^31 - 1; BusyBox prints any exact integer as one.
 */
export function toStr(v: Value, convfmt: string, maxInt = 1e16): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrNum) return v.s;
  if (Number.isInteger(v) && Math.abs(v) <= maxInt) return String(v);
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  return awkSprintf(convfmt, [v], convfmt);
}

function numeric(v: Value): boolean {
  return typeof v === 'number' || (v instanceof StrNum && v.numeric);
}

/** -1, 0 or 1: numerically when both sides are numeric, else as strings. */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (numeric(a) && numeric(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toStr(a, convfmt);
  const y = toStr(b, convfmt);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function truthy(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return v.numeric ? toNum(v) !== 0 : v.s !== '';
}
