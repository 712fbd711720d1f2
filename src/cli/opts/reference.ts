// Image references as distribution/reference reads them: familiar names (`busybox`), the default tag,
// and Docker's errors (`invalid reference format`, `… must be lowercase`).

export interface ImageRef {
  /** Repository as given, without tag/digest (`busybox`, `localhost:5000/app`). */
  repo: string;
  tag: string;
  digest: string;
}

const NAME =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

export function parseReference(s: string): ImageRef {
  let rest = s;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest))
      throw new Error('invalid reference format');
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new Error('invalid reference format');
  }
  if (rest.length > 255)
    throw new Error('invalid reference format: repository name must not be more than 255 characters');
  if (!NAME.test(rest)) {
    if (NAME.test(rest.toLowerCase()))
      throw new Error(`invalid reference format: repository name (${familiarPath(rest)}) must be lowercase`);
    throw new Error('invalid reference format');
  }
  return { repo: rest, tag, digest };
}

function familiarPath(repo: string): string {
  const first = repo.split('/')[0];
  const hasDomain =
    repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasDomain) return repo.slice(first.length + 1);
  return repo.includes('/') ? repo : `library/${repo}`;
}

/** `busybox` → `busybox:latest` (reference.TagNameOnly + FamiliarString). */
export function withDefaultTag(s: string): string {
  const r = parseReference(s);
  if (r.digest || r.tag) return s;
  return `${s}:latest`;
}

/** Fully qualified: `docker.io/library/busybox:latest`. */
export function fullyQualified(s: string): string {
  const r = parseReference(s);
  const first = r.repo.split('/')[0];
  const hasDomain =
    r.repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const name = hasDomain ? r.repo : `docker.io/${r.repo.includes('/') ? r.repo : `library/${r.repo}`}`;
  return `${name}${r.tag ? `:${r.tag}` : r.digest ? '' : ':latest'}${r.digest ? `@${r.digest}` : ''}`;
}
