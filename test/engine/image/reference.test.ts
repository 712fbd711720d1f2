import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/references.json';
import {
  familiarName,
  familiarString,
  parseNormalizedNamed,
  referenceString,
  withDefaultTag,
  type Dialect,
} from '../../../src/engine/image/reference';

interface Case {
  ref: string;
  cliError: string | null;
  daemonError: string | null;
}

function errorOf(ref: string, dialect: Dialect): string | null {
  try {
    parseNormalizedNamed(ref, dialect);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('references (recorded from docker CLI 28 and dockerd 20.10)', () => {
  it.each((fixtures as Case[]).map((c) => [c.ref.slice(0, 40), c] as const))('%s', (_n, c) => {
    // The CLI sends uppercase first components to the daemon as domains; the daemon then refuses them.
    const cliExpected = c.cliError?.startsWith('Error response from daemon: ') ? null : c.cliError;
    expect(errorOf(c.ref, 'cli')).toBe(cliExpected);
    expect(errorOf(c.ref, 'daemon')).toBe(c.daemonError);
  });
});

describe('normalization', () => {
  const cases: [string, string, string][] = [
    ['busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['busybox:1.36', 'docker.io/library/busybox:1.36', 'busybox:1.36'],
    ['library/busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['docker.io/library/busybox:latest', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['index.docker.io/busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['ghcr.io/org/app:tag', 'ghcr.io/org/app:tag', 'ghcr.io/org/app:tag'],
    ['localhost:5000/app', 'localhost:5000/app:latest', 'localhost:5000/app:latest'],
    ['localhost/app', 'localhost/app:latest', 'localhost/app:latest'],
    ['traefik/whoami', 'docker.io/traefik/whoami:latest', 'traefik/whoami:latest'],
    ['docker.io/library/a/b', 'docker.io/library/a/b:latest', 'library/a/b:latest'],
  ];
  it.each(cases)('%s', (input, full, familiar) => {
    const ref = withDefaultTag(parseNormalizedNamed(input));
    expect(referenceString(ref)).toBe(full);
    expect(familiarString(ref)).toBe(familiar);
  });

  it('keeps digests', () => {
    const d = 'sha256:' + 'ab'.repeat(32);
    const ref = parseNormalizedNamed(`busybox@${d}`);
    expect(ref.digest).toBe(d);
    expect(ref.tag).toBeUndefined();
    expect(withDefaultTag(ref)).toBe(ref);
    expect(familiarName(ref)).toBe('busybox');
    expect(familiarString(ref)).toBe(`busybox@${d}`);
  });

  it('is an InvalidParameter engine error', () => {
    try {
      parseNormalizedNamed('Foo');
    } catch (e) {
      expect((e as { kind: string }).kind).toBe('InvalidParameter');
      return;
    }
    throw new Error('no error');
  });
});
