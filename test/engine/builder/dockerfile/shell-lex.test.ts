import { describe, expect, it } from 'vitest';
import { ShellLex } from '../../../../src/engine/builder/dockerfile/shell-lex';

const env = new Map([
  ['PWD', '/home'],
  ['SHELL', 'bash'],
  ['EMPTY', ''],
  ['FILE', 'archive.tar.gz'],
]);
const lex = new ShellLex();

describe('shell word processing (BuildKit semantics)', () => {
  it.each([
    ['hello', 'hello'],
    ["he'll'o", 'hello'],
    ["he\\'llo", "he'llo"],
    ['abc\\tdef', 'abctdef'],
    ['"abc\\tdef"', 'abc\\tdef'],
    ["'abc\\tdef'", 'abc\\tdef'],
    ['hello\\', 'hello'],
    ['hello\\\\', 'hello\\'],
    ['"hel\'lo"', "hel'lo"],
    ["'hello\\'", 'hello\\'],
    ['$.', '$.'],
    ['he$1x', 'hex'],
    ['he$PWD', 'he/home'],
    ['he\\$PWD', 'he$PWD'],
    ['he\\\\$PWD', 'he\\/home'],
    ['"he\\$PWD"', 'he$PWD'],
    ['\\${}', '${}'],
    ['he${hi}xx', 'hexx'],
    ['he${XXX:-000}xx', 'he000xx'],
    ['he${PWD:-000}xx', 'he/homexx'],
    ['he${XXX:-${PWD:-yyy}}xx', 'he/homexx'],
    ['he${PWD:+${SHELL}}xx', 'hebashxx'],
    ['he${XXX:+000}xx', 'hexx'],
    ['${EMPTY-set}|${EMPTY:-null}', '|null'],
    ['${EMPTY+set}|${EMPTY:+null}', 'set|'],
    ["'he${XX}'", 'he${XX}'],
    ['"he\'$PWD\'"', "he'/home'"],
    ['he${PWD:+${PWD}:}xx', 'he/home:xx'],
    ['he${XXX:-\\$PWD:}xx', 'he$PWD:xx'],
    ['${aaa}}', '}'],
    ['${aaa:-bbb {foo}', 'bbb {foo'],
    ["안'녕'하세요", '안녕하세요'],
    ['${FILE%.*}|${FILE%%.*}|${FILE#*.}|${FILE##*.}', 'archive.tar|archive|tar.gz|gz'],
    ['${FILE/a/A}|${FILE//a/A}', 'Archive.tar.gz|Archive.tAr.gz'],
  ])('%s → %s', (word, expected) => {
    expect(lex.processWord(word, env)).toBe(expected);
  });

  it.each([
    ["he'llo", 'unexpected end of statement while looking for matching single-quote'],
    ['"hello', 'unexpected end of statement while looking for matching double-quote'],
    ['${}', 'syntax error: bad substitution'],
    ['he${.}', 'unsupported modifier (.) in substitution'],
    ['he${PWD', 'unsupported modifier (\ufffd) in substitution'],
    ['he${PWD:-x', "syntax error: missing '}'"],
    ['he${PWD:=000}xx', 'unsupported modifier (:=) in substitution'],
    ['${:-bbb}', 'syntax error: bad substitution'],
    ['${NOPE?must be set}', 'NOPE: must be set'],
    ['${EMPTY:?}', 'EMPTY: is not allowed to be empty'],
  ])('%s fails', (word, message) => {
    expect(() => lex.processWord(word, env)).toThrow(message);
  });

  it('wraps errors like BuildKit: failed to process "<word>": …', () => {
    expect(() => lex.processWord('${}', env)).toThrow(
      'failed to process "${}": syntax error: bad substitution',
    );
  });

  it('splits words after substitution, keeping quoted spaces', () => {
    const e = new Map([['V', 'a b']]);
    expect(lex.processWords('x $V "c d" \'e f\'', e)).toEqual(['x', 'a', 'b', 'c d', 'e f']);
  });

  it('leaves unset references as written with skipUnsetEnv', () => {
    const l = new ShellLex({ skipUnsetEnv: true });
    expect(l.processWord('$A ${B} ${C:-x} $PWD', env)).toBe('$A ${B} ${C:-x} /home');
  });

  it('uses a backtick escape token when the Dockerfile says so', () => {
    const l = new ShellLex({ escapeToken: '`' });
    expect(l.processWord('c:\\dir `$PWD', env)).toBe('c:\\dir $PWD');
  });

  it('reports matched and unmatched names', () => {
    const r = lex.process('$PWD $NOPE ${SHELL:-x}', env);
    expect([...r.matched].sort()).toEqual(['PWD', 'SHELL']);
    expect([...r.unmatched]).toEqual(['NOPE']);
  });
});
