// The `/vX.Y` prefix of API paths and Docker's checks on it (moby api/server/middleware/version.go).
import { InvalidParameter } from './errors';

export const API_VERSION = '1.41';
export const MIN_API_VERSION = '1.12';

/** Compares dotted versions as moby's versions.Compare does. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.parseInt(pa[i] ?? '0', 10) || 0;
    const y = Number.parseInt(pb[i] ?? '0', 10) || 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export class VersionTooOld extends Error {
  override name = 'VersionTooOld';
}

/**
 * Splits `/v1.41/containers/json` into the version and `/containers/json`; without a prefix the
 * version is the engine's. Too new is Docker's 400 JSON error; too old is its plain-text 400.
 */
export function splitVersion(path: string): { version: string; path: string } {
  const m = /^\/v([0-9][0-9.]*)(\/.*)$/.exec(path);
  if (!m) return { version: API_VERSION, path };
  const version = m[1];
  if (compareVersions(version, API_VERSION) > 0) {
    throw new InvalidParameter(
      `client version ${version} is too new. Maximum supported API version is ${API_VERSION}`,
    );
  }
  if (compareVersions(version, MIN_API_VERSION) < 0) {
    throw new VersionTooOld(
      `client version ${version} is too old. Minimum supported API version is ${MIN_API_VERSION}, please upgrade your client to a newer version`,
    );
  }
  return { version, path: m[2] };
}
