// Image references parsed like github.com/distribution/reference (ParseNormalizedNamed): `busybox`,
// `library/busybox:1.36`, `docker.io/library/busybox:latest`, `ghcr.io/org/app:tag`,
// `localhost:5000/app`, `name@sha256:…`. Two dialects differ only in wording and in how an uppercase
// first component is read: 'cli' is the current library (docker CLI 28), 'daemon' the one vendored by
// dockerd 20.10 (the engine we imitate answers API calls with its words).
import { InvalidParameter } from '../api/errors';

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;

const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const namePat = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;
const REFERENCE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const DIGEST_ALGOS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export type Dialect = 'cli' | 'daemon';

export interface Reference {
  /** Registry host (and port): `docker.io`, `ghcr.io`, `localhost:5000`. */
  domain: string;
  /** Repository path inside the registry: `library/busybox`, `org/app`. */
  path: string;
  tag?: string;
  /** `sha256:<hex>` */
  digest?: string;
}

export class InvalidReference extends InvalidParameter {}

function splitDockerDomain(name: string, dialect: Dialect): [string, string] {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = i < 0 ? '' : name.slice(0, i);
  const notDomain =
    i === -1 ||
    (!/[.:]/.test(first) && first !== 'localhost' && (dialect === 'daemon' || first.toLowerCase() === first));
  if (notDomain) {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_PREFIX + remainder;
  return [domain, remainder];
}

/** distribution/reference.Parse on a normalized `domain/path[:tag][@digest]` string. */
function parse(s: string, dialect: Dialect): Reference {
  const m = REFERENCE.exec(s);
  if (!m) {
    if (s === '') throw new InvalidReference('repository name must have at least one component');
    if (REFERENCE.test(s.toLowerCase())) {
      throw new InvalidReference(
        dialect === 'daemon'
          ? 'invalid reference format: repository name must be lowercase'
          : 'repository name must be lowercase',
      );
    }
    throw new InvalidReference('invalid reference format');
  }
  const name = m[1];
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    throw new InvalidReference(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  }
  const slash = name.indexOf('/');
  const ref: Reference = { domain: name.slice(0, slash), path: name.slice(slash + 1) };
  if (m[2]) ref.tag = m[2];
  if (m[3]) {
    const [algo, hex] = m[3].split(':');
    const len = DIGEST_ALGOS[algo];
    if (!len) throw new InvalidReference('unsupported digest algorithm');
    if (hex.length !== len || /[A-F]/.test(hex)) throw new InvalidReference('invalid checksum digest format');
    ref.digest = m[3];
  }
  return ref;
}

/** ParseNormalizedNamed: a user-typed name → a fully qualified reference. Throws InvalidReference. */
export function parseNormalizedNamed(s: string, dialect: Dialect = 'cli'): Reference {
  if (IDENTIFIER.test(s)) {
    throw new InvalidReference(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, remainder] = splitDockerDomain(s, dialect);
  const colon = remainder.indexOf(':');
  const remoteName = colon > -1 ? remainder.slice(0, colon) : remainder;
  if (remoteName.toLowerCase() !== remoteName) {
    throw new InvalidReference(
      dialect === 'daemon'
        ? 'invalid reference format: repository name must be lowercase'
        : `invalid reference format: repository name (${remoteName}) must be lowercase`,
    );
  }
  return parse(`${domain}/${remainder}`, dialect);
}

/** `docker.io/library/busybox` */
export function fullName(ref: Reference): string {
  return `${ref.domain}/${ref.path}`;
}

/** FamiliarName: `busybox`, `user/app`, `ghcr.io/org/app`. */
export function familiarName(ref: Reference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return fullName(ref);
  return ref.path.startsWith(OFFICIAL_PREFIX) && !ref.path.slice(OFFICIAL_PREFIX.length).includes('/')
    ? ref.path.slice(OFFICIAL_PREFIX.length)
    : ref.path;
}

function suffix(ref: Reference): string {
  return `${ref.tag ? ':' + ref.tag : ''}${ref.digest ? '@' + ref.digest : ''}`;
}

/** FamiliarString: `busybox:1.36`, `ghcr.io/org/app@sha256:…`. */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + suffix(ref);
}

/** The canonical string: `docker.io/library/busybox:latest`. */
export function referenceString(ref: Reference): string {
  return fullName(ref) + suffix(ref);
}

/** TagNameOnly: adds `latest` when the reference has neither tag nor digest. */
export function withDefaultTag(ref: Reference): Reference {
  return ref.tag || ref.digest ? ref : { ...ref, tag: 'latest' };
}

/** The repository path Docker's pull messages show (`Pulling from library/busybox`, `… from org/app`). */
export function pullPath(ref: Reference): string {
  return ref.path;
}

/** Parses, or returns null when `s` is not a valid reference (for lookups that fall back to IDs). */
export function tryParse(s: string, dialect: Dialect = 'cli'): Reference | null {
  try {
    return parseNormalizedNamed(s, dialect);
  } catch {
    return null;
  }
}
