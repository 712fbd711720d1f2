import { describe, expect, it } from 'vitest';
import { compareSteps, normaliseText } from './normalise';

describe('golden normalisation', () => {
  it('masks ids, digests, times, durations, sizes and ephemeral ports', () => {
    expect(
      normaliseText('Deleted: sha256:6c324169c4a2a9c3cbd3bef8f31e687590d2f0678415c8722812009351db0063'),
    ).toBe('Deleted: sha256:<digest>');
    expect(normaliseText('container 3b966f4d513f is using its referenced image bf094598bfdd')).toBe(
      'container <short-id> is using its referenced image <short-id>',
    );
    expect(
      normaliseText(
        'Container 691a938fff0266fa1c91490b8e36d1ccf378fc1e7445f135fe881b8a2f1114e5 is already paused',
      ),
    ).toBe('Container <id> is already paused');
    expect(normaliseText('Exited (0) 3 seconds ago')).toBe('Exited (0) <duration> ago');
    expect(normaliseText('Up About a minute')).toBe('Up <duration>');
    expect(normaliseText('busybox  latest  1.98MB')).toBe('busybox  latest  <size>');
    expect(normaliseText('80/tcp -> 0.0.0.0:49153')).toBe('80/tcp -> 0.0.0.0:<port>');
    expect(normaliseText('80/tcp -> 0.0.0.0:18080')).toBe('80/tcp -> 0.0.0.0:18080');
    expect(normaliseText('2026-11-23T09:00:56.123456789Z')).toBe('<time>');
    expect(normaliseText('"2026-11-23 09:00:42.646947137 +0000 UTC"')).toBe('"<time>"');
    expect(normaliseText('"2026-11-23 09:00:42 +0000 UTC"')).toBe('"<time>"');
  });

  it('collapses table padding only when a variable-width value was masked', () => {
    const real =
      'REPOSITORY   TAG       CREATED             SIZE\nbusybox      latest    About an hour ago   1.98MB\n';
    const sim = 'REPOSITORY   TAG       CREATED       SIZE\nbusybox      latest    2 years ago   4.26MB\n';
    expect(normaliseText(real)).toBe(normaliseText(sim));
    expect(normaliseText('NAMES     IMAGE\ng-a       busybox\n')).toBe(
      'NAMES     IMAGE\ng-a       busybox\n',
    );
  });

  it('matches equal steps after normalisation and reports the first differing field', () => {
    const rec = { cmd: 'docker create busybox', stdout: 'a'.repeat(64) + '\n', stderr: '', exit: 0 };
    expect(compareSteps(rec, { ...rec, stdout: 'b'.repeat(64) + '\n' })).toEqual({ match: true });
    expect(compareSteps(rec, { ...rec, exit: 1 })).toMatchObject({ match: false, field: 'exit' });
    expect(compareSteps(rec, { ...rec, stderr: 'oops' })).toMatchObject({
      match: false,
      field: 'stderr',
      actual: 'oops',
    });
    expect(compareSteps(rec, undefined)).toMatchObject({ match: false });
  });
});
