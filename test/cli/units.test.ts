import { describe, expect, it } from 'vitest';
import { bytesSize, humanDuration, humanSize } from '../../src/cli/format/units';
import { tabwrite } from '../../src/cli/format/tabwriter';

describe('go-units rendering', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [1234, '1.234kB'],
    [4260000, '4.26MB'],
    [1984132, '1.984MB'],
    [1e12, '1TB'],
  ])('HumanSize(%d) = %s', (n, s) => expect(humanSize(n)).toBe(s));

  it('HumanSizeWithPrecision(3) and BytesSize', () => {
    expect(humanSize(1984132, 3)).toBe('1.98MB');
    expect(humanSize(1883, 3)).toBe('1.88kB');
    expect(bytesSize(413696)).toBe('404KiB');
    expect(bytesSize(23.54 * 1024 ** 3)).toBe('23.54GiB');
  });

  it.each([
    [500, 'Less than a second'],
    [1000, '1 second'],
    [3000, '3 seconds'],
    [60_000, 'About a minute'],
    [119_000, 'About a minute'],
    [120_000, '2 minutes'],
    [3_000_000, '50 minutes'],
    [3_600_000 * 0.6, '36 minutes'],
    [3_600_000 * 1.2, 'About an hour'],
    [3_600_000 * 2, '2 hours'],
    [3_600_000 * 24 * 3, '3 days'],
    [3_600_000 * 24 * 20, '2 weeks'],
    [3_600_000 * 24 * 90, '3 months'],
    [3_600_000 * 24 * 800, '2 years'],
  ])('HumanDuration(%d ms) = %s', (ms, s) => expect(humanDuration(ms)).toBe(s));
});

describe('tabwriter (minwidth 10, padding 3)', () => {
  it('pads columns to the widest cell plus 3, at least 10, and leaves the last cell alone', () => {
    expect(tabwrite('A\tBB\tC\nlonger-cell\tx\tlast\n')).toBe(
      'A             BB        C\nlonger-cell   x         last\n',
    );
  });

  it('computes widths per block of adjacent lines having the column', () => {
    expect(tabwrite('a\tb\nno tabs here\nccccccccccccc\td\n')).toBe(
      'a         b\nno tabs here\nccccccccccccc   d\n',
    );
  });

  it('counts runes, not UTF-16 units', () => {
    expect(tabwrite('"sh -c…"\tx\n"abc"\ty\n')).toBe('"sh -c…"   x\n"abc"      y\n');
  });
});
