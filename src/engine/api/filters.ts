// Docker's `filters` query parameter (moby api/types/filters): `{"status":["running"],"label":["a=b"]}`,
// or the legacy `{"status":{"running":true}}`; checked against the filters a route accepts.
import { InvalidParameter, System } from './errors';
import { GoJsonError, decodeGo, T } from './gojson';

export class Filters {
  constructor(private readonly args: ReadonlyMap<string, readonly string[]> = new Map()) {}

  static parse(json: string | undefined): Filters {
    if (json === undefined || json === '') return new Filters();
    try {
      const current = decodeGo<Record<string, string[]> | null>(json, T.map(T.slice(T.string)), 'unmarshal');
      return Filters.from(current ?? {});
    } catch (first) {
      if (!(first instanceof GoJsonError)) throw first;
      if (!first.message.startsWith('json: cannot unmarshal')) throw new System(first.message);
      try {
        const legacy = decodeGo<Record<string, Record<string, boolean>> | null>(
          json,
          T.map(T.map(T.bool)),
          'unmarshal',
        );
        const args = new Map<string, string[]>();
        for (const [k, set] of Object.entries(legacy ?? {})) {
          args.set(
            k,
            Object.entries(set ?? {})
              .filter(([, on]) => on)
              .map(([v]) => v),
          );
        }
        return new Filters(args);
      } catch (err) {
        throw new System(err instanceof Error ? err.message : String(err));
      }
    }
  }

  static from(obj: Record<string, readonly string[]>): Filters {
    return new Filters(new Map(Object.entries(obj).map(([k, v]) => [k, [...(v ?? [])]])));
  }

  /** Docker's `Invalid filter 'bogus'` for a key the route does not accept. */
  validate(accepted: readonly string[]): this {
    for (const key of this.args.keys()) {
      if (!accepted.includes(key)) throw new InvalidParameter(`Invalid filter '${key}'`);
    }
    return this;
  }

  keys(): string[] {
    return [...this.args.keys()];
  }

  has(key: string): boolean {
    return this.args.has(key);
  }

  get(key: string): readonly string[] {
    return this.args.get(key) ?? [];
  }

  /** Docker's `filters.Args.ExactMatch`-style check: no values for the key, or one equals `value`. */
  matchExact(key: string, value: string): boolean {
    const vs = this.get(key);
    return vs.length === 0 || vs.includes(value);
  }

  /** The values of a boolean filter (`dangling`), with Docker's `Invalid filter 'dangling=[x]'`. */
  bool(key: string): boolean | undefined {
    const vs = this.get(key);
    if (vs.length === 0) return undefined;
    for (const v of vs) {
      if (!['true', 'false', '1', '0'].includes(v.toLowerCase())) {
        throw new InvalidParameter(`Invalid filter '${key}=[${v}]'`);
      }
    }
    return vs.some((v) => v.toLowerCase() === 'true' || v === '1');
  }

  toJSON(): Record<string, string[]> {
    return Object.fromEntries([...this.args].map(([k, v]) => [k, [...v]]));
  }
}
