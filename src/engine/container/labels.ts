// Docker's `label` filter: `key` (present) or `key=value` (equal), against a label set.
import type { Labels } from '../api/types';

export function labelMatches(spec: string, labels: Labels): boolean {
  const eq = spec.indexOf('=');
  if (eq < 0) return spec in labels;
  return labels[spec.slice(0, eq)] === spec.slice(eq + 1);
}
