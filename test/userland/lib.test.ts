// The shared pieces of the applets.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, RegexError, translate } from '../../src/userland/applets/lib/regex';
import { formatPrintf } from '../../src/userland/applets/lib/printf-format';
import { modeString, parseMode } from '../../src/userland/applets/lib/mode';
import { parse, UsageError } from '../../src/userland/applets/lib/getopt';
import { parseDate } from '../../src/userland/applets/lib/parse-date';
import { quote, quoteFile, quotef } from '../../src/userland/applets/lib/quote';
import { humanSize, parseCount } from '../../src/userland/applets/lib/numbers';
import { strftime, lsDate } from '../../src/userland/applets/lib/time';
import { fnmatch } from '../../src/userland/applets/lib/fnmatch';
import { T0 } from './helpers/context';

describe('POSIX regex translation', () => {
  const m = (re: string, s: string, ere = false): boolean => compile(re, ere, '').test(s);
  it('BRE: literal + ? ( ) { } |, GNU escapes for them, intervals and groups', () => {
    expect(m('a+', 'a+')).toBe(true);
    expect(m('a+', 'aa')).toBe(false);
    expect(m('a\\+', 'aa')).toBe(true);
    expect(m('\\(ab\\)\\{2\\}', 'abab')).toBe(true);
    expect(m('x\\|y', 'y')).toBe(true);
    expect(m('^*a', '*a')).toBe(true);
    expect(m('a$b', 'a$b')).toBe(true);
  });
  it('ERE: alternation, groups, back-references, literal { when not an interval', () => {
    expect(m('(ab)+$', 'xabab', true)).toBe(true);
    expect(m('a|b', 'b', true)).toBe(true);
    expect(m('(p)\\1', 'apple', true)).toBe(true);
    expect(m('a{', 'a{', true)).toBe(true);
  });
  it('bracket expressions with classes and literal ] and \\', () => {
    expect(m('^[[:upper:]][[:digit:]]$', 'A1')).toBe(true);
    expect(m('[]a]', ']')).toBe(true);
    expect(m('[\\]', '\\')).toBe(true);
    expect(m('[^[:space:]]', ' ')).toBe(false);
  });
  it('reports GNU errors', () => {
    expect(() => translate('a(', true)).toThrow(new RegexError('Unmatched ( or \\('));
    expect(() => translate('\\(a', false)).toThrow(RegexError);
    expect(() => translate('[a', false)).toThrow('Unmatched [, [^, [:, [., or [=');
  });
  it('never throws anything but RegexError on random patterns', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.boolean(), (re, ere) => {
        try {
          compile(re, ere, 'g');
        } catch (e) {
          expect(e).toBeInstanceOf(RegexError);
        }
      }),
    );
  });
});

describe('printf format', () => {
  it('reuses the format, pads, and converts like coreutils', () => {
    expect(formatPrintf('%s=%d\n', ['a', '1', 'b', '2']).text).toBe('a=1\nb=2\n');
    expect(formatPrintf('[%5s|%-5s|%05.1f|%x|%o|%c]', ['ab', 'cd', '3.14159', '255', '8', 'zed']).text).toBe(
      '[   ab|cd   |003.1|ff|10|z]',
    );
    expect(formatPrintf('%e %g %g', ['12345.678', '0.0001', '100000']).text).toBe(
      '1.234568e+04 0.0001 100000',
    );
    expect(formatPrintf('%d', ["'A"]).text).toBe('65');
    expect(formatPrintf('a\\tb\\x41\\101', []).text).toBe('a\tbAA');
    const bad = formatPrintf('%d', ['abc']);
    expect(bad).toMatchObject({ text: '0', badNumbers: ['abc'] });
  });
});

describe('modes', () => {
  it('parses octal and symbolic modes', () => {
    expect(parseMode('755', 0o644, 0o022, false)).toBe(0o755);
    expect(parseMode('u+x,g-r,o=', 0o644, 0o022, false)).toBe(0o700);
    expect(parseMode('+x', 0o644, 0o022, false)).toBe(0o755);
    expect(parseMode('a=r', 0o777, 0o022, false)).toBe(0o444);
    expect(parseMode('g=u', 0o640, 0o022, false)).toBe(0o660);
    expect(parseMode('+X', 0o644, 0o022, true)).toBe(0o755);
    expect(parseMode('+X', 0o644, 0o022, false)).toBe(0o644);
    expect(parseMode('u+s', 0o755, 0o022, false)).toBe(0o4755);
    expect(parseMode('999', 0, 0, false)).toBeNull();
    expect(parseMode('u+q', 0, 0, false)).toBeNull();
  });
  it('prints ls -l mode strings with special bits', () => {
    expect(modeString('dir', 0o1777)).toBe('drwxrwxrwt');
    expect(modeString('file', 0o4755)).toBe('-rwsr-xr-x');
    expect(modeString('file', 0o2644)).toBe('-rw-r-Sr--');
    expect(modeString('symlink', 0o777)).toBe('lrwxrwxrwx');
  });
});

describe('getopt', () => {
  const spec = {
    short: 'ab:c::',
    long: [
      { name: 'all', key: 'a' },
      { name: 'block', key: 'b', arg: 'required' as const },
    ],
  };
  it('clusters, attached and separate arguments, long prefixes, permutation, --', () => {
    expect(parse(['-ab', 'x', 'f', '--bl=y', '-cz', '-c', '--', '-a'], spec)).toEqual({
      opts: [
        ['a', undefined],
        ['b', 'x'],
        ['b', 'y'],
        ['c', 'z'],
        ['c', undefined],
      ],
      operands: ['f', '-a'],
    });
  });
  it('reports getopt_long errors', () => {
    expect(() => parse(['-z'], spec)).toThrow(new UsageError("invalid option -- 'z'"));
    expect(() => parse(['-b'], spec)).toThrow("option requires an argument -- 'b'");
    expect(() => parse(['--nope'], spec)).toThrow("unrecognized option '--nope'");
    expect(() => parse(['--all=1'], spec)).toThrow("option '--all' doesn't allow an argument");
  });
});

describe('dates and times', () => {
  it('parses the strings date -d accepts', () => {
    expect(parseDate('2024-03-05 07:08:09', T0)).toBe(Date.UTC(2024, 2, 5, 7, 8, 9));
    expect(parseDate('@86400', T0)).toBe(86_400_000);
    expect(parseDate('2 days ago', T0)).toBe(T0 - 2 * 86_400_000);
    expect(parseDate('+1 hour', T0)).toBe(T0 + 3_600_000);
    expect(parseDate('garbage', T0)).toBeNull();
  });
  it('formats with strftime in UTC and picks ls -l date styles', () => {
    expect(strftime('%a %b %e %H:%M:%S %Z %Y|%j|%u|%I%p', Date.UTC(2024, 2, 5, 17, 8, 9))).toBe(
      'Tue Mar  5 17:08:09 UTC 2024|065|2|05PM',
    );
    expect(lsDate(T0 - 86_400_000, T0)).toBe('Jan 14 10:30');
    expect(lsDate(Date.UTC(2023, 0, 1), T0)).toBe('Jan  1  2023');
  });
});

describe('quoting and numbers', () => {
  it('quotes file names as coreutils does in a UTF-8 locale', () => {
    expect(quoteFile('a')).toBe("'a'");
    expect(quoteFile("it's")).toBe('"it\'s"');
    expect(quotef('plain.txt')).toBe('plain.txt');
    expect(quotef('a b')).toBe("'a b'");
    expect(quote('x')).toBe('\u2018x\u2019');
  });
  it('human sizes round up like ls -h and counts accept suffixes', () => {
    expect(humanSize(1023)).toBe('1023');
    expect(humanSize(1024)).toBe('1.0K');
    expect(humanSize(4097)).toBe('4.1K');
    expect(humanSize(123456789)).toBe('118M');
    expect(parseCount('2K')).toBe(2048);
    expect(parseCount('x')).toBeNull();
  });
  it('matches globs as fnmatch', () => {
    expect(fnmatch('*.txt', 'a.txt')).toBe(true);
    expect(fnmatch('[!a]?', 'bc')).toBe(true);
    expect(fnmatch('A.TXT', 'a.txt', true)).toBe(true);
    expect(fnmatch('a.*', 'a.b/c')).toBe(true);
  });
});

describe('BusyBox date strings', () => {
  it('a date without a time keeps the time of day in BusyBox, midnight in GNU', () => {
    expect(parseDate('2021-01-01', T0)).toBe(Date.UTC(2021, 0, 1));
    expect(parseDate('2021-01-01', T0, true)).toBe(Date.UTC(2021, 0, 1, 10, 30, 0));
  });
});
