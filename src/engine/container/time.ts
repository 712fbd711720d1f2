// Go's time formatting and go-units' HumanDuration, as the daemon uses them in inspect and `ps`.
import { rfc3339Nano as imageTime } from '../image/config';

/** Go's zero time.Time as RFC 3339 (inspect shows it for a container never started or never stopped). */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/** time.RFC3339Nano in UTC (the image store's formatter), Go's zero time for null. */
export function rfc3339Nano(ms: number | null): string {
  return ms === null ? GO_ZERO_TIME : imageTime(ms);
}

/** go-units HumanDuration (docker/go-units/duration.go), from milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / 3_600_000 / 24 / 365)} years`;
}
