// awk's tokens. A `/` starts a regular expression where an operand is expected and divides after
// one; newlines are tokens (they end statements), except after a backslash.

import { ESCAPES } from './escape';

export type TokenKind =
  'num' | 'str' | 'regex' | 'name' | 'funcname' | 'builtin' | 'keyword' | 'op' | 'nl' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

export class AwkSyntaxError extends Error {
  constructor(
    readonly line: number,
    /** What the parser stopped at (`}`, `end of file`…). */
    readonly near: string,
  ) {
    super(`syntax error at or near ${near}`);
  }
}

const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'function',
  'func',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'in',
  'print',
  'printf',
  'getline',
]);

export const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'tolower',
  'toupper',
  'int',
  'sqrt',
  'exp',
  'log',
  'sin',
  'cos',
  'atan2',
  'rand',
  'srand',
  'system',
  'close',
  'fflush',
]);

// Longest first.
const OPS = [
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '**',
  '==',
  '<=',
  '>=',
  '!=',
  '++',
  '--',
  '&&',
  '||',
  '>>',
  '!~',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
];

/** After these tokens a `/` divides; elsewhere it opens a regular expression. */
function operandEnds(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num' || t.kind === 'str' || t.kind === 'name' || t.kind === 'builtin' || t.kind === 'regex')
    return true;
  return (
    t.kind === 'op' &&
    (t.text === ')' || t.text === ']' || t.text === '$' || t.text === '++' || t.text === '--')
  );
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  const push = (kind: TokenKind, text: string): void => {
    out.push({ kind, text, line });
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      push('nl', '\n');
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(src.slice(i));
    if (num) {
      push('num', num[0]);
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z_0-9]*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      i += w.length;
      if (KEYWORDS.has(w)) push('keyword', w === 'func' ? 'function' : w);
      else if (BUILTINS.has(w)) push('builtin', w);
      else push(src[i] === '(' ? 'funcname' : 'name', w);
      continue;
    }
    if (c === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length || src[i] === '\n')
          throw new AwkSyntaxError(line, 'runaway string constant "' + s.slice(0, 10) + ' ...');
        const d = src[i];
        if (d === '"') break;
        if (d === '\\') {
          const e = src[i + 1];
          const oct = /^[0-7]{1,3}/.exec(src.slice(i + 1));
          if (oct) {
            s += String.fromCharCode(parseInt(oct[0], 8));
            i += 1 + oct[0].length;
          } else if (e === '\n') {
            i += 2;
            line++;
          } else {
            s += e in ESCAPES ? ESCAPES[e] : '\\' + e;
            i += 2;
          }
          continue;
        }
        s += d;
        i++;
      }
      i++;
      push('str', s);
      continue;
    }
    if (c === '/' && !operandEnds(out[out.length - 1])) {
      let re = '';
      let inBracket = false;
      i++;
      for (;;) {
        if (i >= src.length || src[i] === '\n')
          throw new AwkSyntaxError(line, 'runaway regular expression /' + re.slice(0, 10) + ' ...');
        const d = src[i];
        if (d === '/' && !inBracket) break;
        if (d === '\\' && src[i + 1] === '/') {
          re += '/';
          i += 2;
          continue;
        }
        if (d === '\\') {
          re += d + (src[i + 1] ?? '');
          i += 2;
          continue;
        }
        if (d === '[') inBracket = true;
        else if (d === ']') inBracket = false;
        re += d;
        i++;
      }
      i++;
      push('regex', re);
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(line, c);
    push('op', op === '**' ? '^' : op);
    i += op.length;
  }
  push('eof', 'end of file');
  return out;
}
