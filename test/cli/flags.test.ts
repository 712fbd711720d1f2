import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags, type FlagSpec } from '../../src/cli/flags';

const specs: FlagSpec[] = [
  { name: 'detach', short: 'd', type: 'bool', usage: '' },
  { name: 'interactive', short: 'i', type: 'bool', usage: '' },
  { name: 'tty', short: 't', type: 'bool', usage: '' },
  { name: 'publish', short: 'p', type: 'list', usage: '' },
  { name: 'env', short: 'e', type: 'list', usage: '' },
  { name: 'name', type: 'string', usage: '' },
  { name: 'time', short: 'T', type: 'int', usage: '' },
  { name: 'memory', short: 'm', type: 'bytes', usage: '' },
  { name: 'cpus', type: 'decimal', usage: '' },
  { name: 'filter', short: 'f', type: 'filter', usage: '' },
  { name: 'weight', type: 'uint16', usage: '' },
  { name: 'interval', type: 'duration', usage: '' },
  { name: 'tags', type: 'strings', usage: '' },
];

const run = (argv: string[], interspersed = false) => parseFlags(specs, argv, { interspersed });

describe('flag parsing as pflag does it', () => {
  it('reads short clusters, attached values and repeated lists', () => {
    const r = run(['-itd', '-p8080:80', '-p', '443:443', '-e', 'A=1', '--env=B=2', 'nginx', '-p', 'x']);
    expect(r.flags.bool('interactive') && r.flags.bool('tty') && r.flags.bool('detach')).toBe(true);
    expect(r.flags.list('publish')).toEqual(['8080:80', '443:443']);
    expect(r.flags.list('env')).toEqual(['A=1', 'B=2']);
    expect(r.args).toEqual(['nginx', '-p', 'x']);
  });

  it('keeps parsing flags after positionals when interspersed', () => {
    const r = run(['a', '--name', 'web', 'b'], true);
    expect(r.args).toEqual(['a', 'b']);
    expect(r.flags.string('name')).toBe('web');
  });

  it('takes bool values only with =, and -- ends the flags', () => {
    const r = run(['-d=false', '--tty=true', '--', '-i'], true);
    expect(r.flags.bool('detach')).toBe(false);
    expect(r.flags.bool('tty')).toBe(true);
    expect(r.flags.isSet('detach')).toBe(true);
    expect(r.args).toEqual(['-i']);
  });

  it('parses typed values like Docker (ints with base prefixes, sizes, CPUs, durations, CSV)', () => {
    const r = run([
      '-T',
      '0x10',
      '-m',
      '512m',
      '--cpus',
      '1.5',
      '--interval',
      '1m30s',
      '--tags',
      'a,b',
      '--weight',
      '0b11',
    ]);
    expect(r.flags.number('time')).toBe(16);
    expect(r.flags.number('memory')).toBe(512 * 1024 * 1024);
    expect(r.flags.number('cpus')).toBe(1_500_000_000);
    expect(r.flags.number('interval')).toBe(90e9);
    expect(r.flags.list('tags')).toEqual(['a', 'b']);
    expect(r.flags.number('weight')).toBe(3);
  });

  it.each([
    [['--bogus'], 'unknown flag: --bogus'],
    [['-dz'], "unknown shorthand flag: 'z' in -z"],
    [['-p'], "flag needs an argument: 'p' in -p"],
    [['--name'], 'flag needs an argument: --name'],
    [['---x'], 'bad flag syntax: ---x'],
    [
      ['-T', 'x'],
      'invalid argument "x" for "-T, --time" flag: strconv.ParseInt: parsing "x": invalid syntax',
    ],
    [
      ['-d=maybe'],
      'invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      ['-f', 'bad'],
      'invalid argument "bad" for "-f, --filter" flag: bad format of filter (expected name=value)',
    ],
    [['-m', '1x'], `invalid argument "1x" for "-m, --memory" flag: invalid suffix: 'x'`],
    [['--cpus', '1e-10'], 'invalid argument "1e-10" for "--cpus" flag: value is too precise'],
    [
      ['--weight', '70000'],
      'invalid argument "70000" for "--weight" flag: strconv.ParseUint: parsing "70000": value out of range',
    ],
    [['--interval', '5'], 'invalid argument "5" for "--interval" flag: time: missing unit in duration "5"'],
    [['-é'], "unknown shorthand flag: 'é' in -é"],
  ])('%j fails with %s', (argv, message) => {
    expect(() => run(argv)).toThrow(new FlagError(message));
  });

  it('sees --help and -h when the command does not declare them', () => {
    expect(run(['--help']).help).toBe(true);
    expect(run(['-dh']).help).toBe(true);
  });
});
