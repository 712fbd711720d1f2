// Query parameters read with Docker's rules (moby api/server/httputils).
import { InvalidParameter, System } from './errors';

export class Query {
  constructor(private readonly values: Record<string, string[]>) {}

  has(name: string): boolean {
    return (this.values[name]?.length ?? 0) > 0;
  }

  /** The first value, or undefined. */
  string(name: string): string | undefined {
    return this.values[name]?.[0];
  }

  /** Every value of a repeated parameter. */
  all(name: string): string[] {
    return this.values[name] ?? [];
  }

  /** httputils.BoolValue: true unless absent, empty, "0", "no", "false" or "none" (any case). */
  bool(name: string): boolean {
    const v = (this.string(name) ?? '').trim().toLowerCase();
    return !(v === '' || v === '0' || v === 'no' || v === 'false' || v === 'none');
  }

  /** httputils.BoolValueOrDefault: the default when the parameter is absent or empty. */
  boolOr(name: string, fallback: boolean): boolean {
    const v = this.string(name);
    return v === undefined || v === '' ? fallback : this.bool(name);
  }

  /** strconv.Atoi as the handlers call it; Docker answers 500 with Go's message on bad input. */
  int(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined || v === '') return undefined;
    if (!/^[+-]?\d+$/.test(v)) throw new System(`strconv.Atoi: parsing ${goQuote(v)}: invalid syntax`);
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new System(`strconv.Atoi: parsing ${goQuote(v)}: value out of range`);
    return n;
  }

  /** strconv.ParseInt for parameters Docker validates as 400 (e.g. `t` on stop). */
  intParam(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined || v === '') return undefined;
    if (!/^[+-]?\d+$/.test(v)) {
      throw new InvalidParameter(`strconv.Atoi: parsing ${goQuote(v)}: invalid syntax`);
    }
    return Number(v);
  }
}

/** Go's %q of a string (strconv.Quote), enough for the ASCII values of query parameters. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}
