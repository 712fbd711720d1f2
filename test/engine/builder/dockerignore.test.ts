import { describe, expect, it } from 'vitest';
import { PatternMatcher, readDockerignore } from '../../../src/engine/builder/dockerignore';

describe('readDockerignore', () => {
  it('drops comments and blanks, cleans paths, strips a leading slash, keeps exceptions', () => {
    const text =
      'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! \n./b/../c/\n  spaced  \n';
    expect(readDockerignore(text)).toEqual([
      'test1',
      'test2',
      'a/file/here',
      'lastfile',
      '!inverted/abs/path',
      '!',
      '!',
      'c',
      'spaced',
    ]);
  });

  it('only treats # at the first column as a comment', () => {
    expect(readDockerignore(' #notcomment\n#comment\n')).toEqual(['#notcomment']);
  });
});

// [patterns, path, ignored]
const CASES: [string[], string, boolean][] = [
  [['*'], 'fileutils.go', true],
  [['*.go'], 'fileutils.go', true],
  [['*.go'], 'dir/fileutils.go', false],
  [['**/*.go'], 'dir/sub/fileutils.go', true],
  [['**/*.go'], 'fileutils.go', true],
  [['**'], 'anything/at/all', true],
  [['**/'], 'anything', true],
  [['dir/**'], 'dir/a/b', true],
  [['dir/**'], 'dirx/a', false],
  [['**/node_modules'], 'a/b/node_modules/x/y.js', true],
  [['node_modules'], 'node_modules/lodash/index.js', true],
  [['node_modules'], 'src/node_modules/x', false],
  [['a/**/b'], 'a/b', true],
  [['a/**/b'], 'a/x/y/b', true],
  [['a/**/b'], 'a/x/y/c', false],
  [['?.txt'], 'a.txt', true],
  [['?.txt'], 'ab.txt', false],
  [['?.txt'], '/.txt', false],
  [['[a-c].log'], 'b.log', true],
  [['[a-c].log'], 'd.log', false],
  [['[^a].log'], 'a.log', false],
  [['[^a].log'], 'b.log', true],
  [['\\*.md'], '*.md', true],
  [['\\*.md'], 'x.md', false],
  [['file.(go)'], 'file.(go)', true],
  [['a+b'], 'a+b', true],
  [['*', '!keep.txt'], 'keep.txt', false],
  [['*', '!keep.txt'], 'other.txt', true],
  [['*.md', '!README.md'], 'README.md', false],
  [['*.md', '!README.md', 'README.md'], 'README.md', true],
  [['docs', '!docs/keep.md'], 'docs/keep.md', false],
  [['docs', '!docs/keep.md'], 'docs/other.md', true],
  [['!x', 'x'], 'x', true],
  [['./build/'], 'build/out.bin', true],
  [['/secret'], 'secret', true],
  [['.git'], '.git/HEAD', true],
  [['*/temp*'], 'somedir/temporary.txt', true],
  [['*/*/temp*'], 'a/b/temp.txt', true],
  [['temp?'], 'temp1', true],
];

describe('PatternMatcher (moby/patternmatcher semantics)', () => {
  it.each(CASES)('.dockerignore %j on %s → %s', (patterns, path, ignored) => {
    expect(new PatternMatcher(readDockerignore(patterns.join('\n'))).ignores(path)).toBe(ignored);
  });

  it('gives the same answer walking with parent results as checking parents each time', () => {
    const m = new PatternMatcher(['docs', '!docs/keep.md', '**/*.tmp']);
    const top = m.matches('docs');
    expect(top.ignored).toBe(true);
    expect(m.matches('docs/keep.md', top.info).ignored).toBe(false);
    expect(m.matches('docs/other.md', top.info).ignored).toBe(true);
    const src = m.matches('src');
    expect(m.matches('src/a.tmp', src.info).ignored).toBe(true);
  });

  it('does not strip a leading slash itself (readDockerignore does)', () => {
    expect(new PatternMatcher(['/secret']).ignores('secret')).toBe(false);
  });

  it('rejects a lone ! and malformed patterns', () => {
    expect(() => new PatternMatcher(['!'])).toThrow('illegal exclusion pattern: "!"');
    expect(() => new PatternMatcher(['[a-'])).toThrow('syntax error in pattern');
    expect(() => new PatternMatcher(['[]a]'])).toThrow('syntax error in pattern');
    expect(new PatternMatcher(['*', '!a']).exclusions).toBe(true);
  });

  it('never ignores the context root', () => {
    expect(new PatternMatcher(['*']).ignores('.')).toBe(false);
  });
});
