import { describe, expect, it } from 'vitest';
import { humanDuration, rfc3339Nano } from '../../../src/engine/container/time';

describe('humanDuration (go-units)', () => {
  const cases: [number, string][] = [
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1000, '1 second'],
    [59_999, '59 seconds'],
    [60_000, 'About a minute'],
    [119_999, 'About a minute'],
    [120_000, '2 minutes'],
    [59 * 60_000, '59 minutes'],
    [60 * 60_000, 'About an hour'],
    [90 * 60_000, '2 hours'],
    [47 * 3_600_000, '47 hours'],
    [48 * 3_600_000, '2 days'],
    [14 * 24 * 3_600_000, '2 weeks'],
    [60 * 24 * 3_600_000, '2 months'],
    [2 * 365 * 24 * 3_600_000, '2 years'],
  ];
  for (const [ms, text] of cases) it(`${ms} ms → ${text}`, () => expect(humanDuration(ms)).toBe(text));
});

describe('rfc3339Nano', () => {
  it('trims trailing zeros and omits a whole-second fraction', () => {
    expect(rfc3339Nano(Date.UTC(2026, 10, 23, 9, 15, 0, 200))).toBe('2026-11-23T09:15:00.2Z');
    expect(rfc3339Nano(Date.UTC(2026, 10, 23, 9, 15, 0, 0))).toBe('2026-11-23T09:15:00Z');
    expect(rfc3339Nano(null)).toBe('0001-01-01T00:00:00Z');
  });
});
