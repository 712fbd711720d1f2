// How BuildKit writes history `created_by` strings: Go's %v and %q of slices, maps and structs.

import { formatGoDuration } from './dockerfile/go-duration';
import { goQuote } from './dockerfile/go-quote';
import type { HealthConfig } from './dockerfile/instructions/types';

/** `%v` of a []string: `[a b c]`. */
export function goSliceV(values: readonly string[]): string {
  return `[${values.join(' ')}]`;
}

/** `%q` of a []string: `["a" "b"]`. */
export function goSliceQ(values: readonly string[]): string {
  return `[${values.map(goQuote).join(' ')}]`;
}

/** `%v` of a map[string]struct{}: `map[443/tcp:{} 80/tcp:{}]` (keys sorted, as fmt prints maps). */
export function goSetV(keys: Iterable<string>): string {
  return `map[${[...keys]
    .sort()
    .map((k) => `${k}:{}`)
    .join(' ')}]`;
}

/** `%+v` of BuildKit's HealthcheckConfig. */
export function goHealthcheckV(h: HealthConfig): string {
  const d = (ns: number | undefined) => formatGoDuration(ns ?? 0);
  return (
    `{Test:${goSliceV(h.Test)} Interval:${d(h.Interval)} Timeout:${d(h.Timeout)} ` +
    `StartPeriod:${d(h.StartPeriod)} StartInterval:${d(h.StartInterval)} Retries:${h.Retries ?? 0}}`
  );
}
