// `since`/`until` query values in Docker's forms (moby api/types/time): seconds[.nanos], RFC 3339,
// or a Go duration counted back from now. Used by events and logs.
import { InvalidParameter } from './errors';

/** Docker's timestamp forms for since/until: seconds[.nanos], RFC 3339, or a Go duration ago. */
export function parseTimestamp(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const duration = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(value);
  if (duration) {
    const unit = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 }[duration[2]] ?? 1;
    return now - Number(duration[1]) * unit;
  }
  const t = Date.parse(value);
  if (!Number.isNaN(t)) return t / 1000;
  throw new InvalidParameter(`failed to parse value as time or duration: "${value}"`);
}
