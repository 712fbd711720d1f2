// Python's tokenizer for the subset Baleine runs: logical lines with INDENT/DEDENT, names, numbers,
// strings (with r/f/b prefixes, triple quotes), operators; implicit line joining inside brackets.
import { PySyntaxError } from './errors';

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'eof';

export interface Token {
  kind: TokenKind;
  value: string;
  line: number;
  /** Column (0-based) of the token's first character. */
  col: number;
  /** For strings: the prefix letters (lower case), e.g. 'f', 'rb'. */
  prefix?: string;
}

const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
  '@',
  '&',
  '|',
  '^',
  '~',
];

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

function unescape(body: string, line: number): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i === body.length - 1) {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n in ESCAPES) out += ESCAPES[n];
    else if (n === 'x' || n === 'u') {
      const len = n === 'x' ? 2 : 4;
      const hex = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex))
        throw new PySyntaxError(
          `(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\${n}${'X'.repeat(len)} escape`,
          line,
          0,
        );
      out += String.fromCodePoint(parseInt(hex, 16));
      i += len;
    } else out += `\\${n}`;
  }
  return out;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const indents = [0];
  let depth = 0;
  let line = 1;
  let i = 0;
  let atLineStart = true;
  let lineStart = 0;
  const push = (kind: TokenKind, value: string, prefix?: string) =>
    tokens.push({ kind, value, line, col: i - lineStart, prefix });
  while (i < source.length) {
    if (atLineStart && depth === 0) {
      let col = 0;
      let j = i;
      while (j < source.length && (source[j] === ' ' || source[j] === '\t')) {
        col = source[j] === '\t' ? col + 8 - (col % 8) : col + 1;
        j++;
      }
      const c = source[j];
      if (c === '\n' || c === '#' || c === '\r' || j >= source.length) {
        // Blank or comment-only line: no indentation change.
        i = j;
        while (i < source.length && source[i] !== '\n') i++;
        if (i < source.length) {
          i++;
          line++;
          lineStart = i;
        }
        continue;
      }
      if (col > indents[indents.length - 1]) {
        indents.push(col);
        push('indent', '');
      } else {
        while (col < indents[indents.length - 1]) {
          indents.pop();
          push('dedent', '');
        }
        if (col !== indents[indents.length - 1])
          throw new PySyntaxError(
            'unindent does not match any outer indentation level',
            line,
            col,
            'IndentationError',
          );
      }
      i = j;
      atLineStart = false;
    }
    const c = source[i];
    if (c === '\n') {
      if (depth === 0) {
        push('newline', '');
        atLineStart = true;
      }
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && source[i + 1] === '\n') {
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    const str = /^([rRfFbBuU]{0,2})('''|"""|'|")/.exec(source.slice(i, i + 5));
    if (str && (str[1] === '' || /^[a-zA-Z]+$/.test(str[1]))) {
      const prefix = str[1].toLowerCase();
      const quote = str[2];
      let j = i + str[0].length;
      const startLine = line;
      const startCol = lineStart;
      let body = '';
      for (;;) {
        if (j >= source.length || (quote.length === 1 && source[j] === '\n')) {
          const what = quote.length === 3 ? 'triple-quoted string literal' : 'string literal';
          throw new PySyntaxError(`unterminated ${what} (detected at line ${line})`, startLine, i - startCol);
        }
        if (source.startsWith(quote, j)) break;
        if (source[j] === '\\' && j + 1 < source.length) {
          if (source[j + 1] === '\n') {
            line++;
            lineStart = j + 2;
          }
          body += source[j] + source[j + 1];
          j += 2;
          continue;
        }
        if (source[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
        body += source[j++];
      }
      const value = prefix.includes('r') ? body : unescape(body, startLine);
      tokens.push({ kind: 'string', value, line: startLine, col: i - startCol, prefix });
      i = j + quote.length;
      continue;
    }
    const num =
      /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*)?\.?\d[\d_]*([eE][+-]?\d+)?j?|\d[\d_]*\.)/.exec(
        source.slice(i),
      );
    if (num && num[0] !== '.' && /[\d]/.test(num[0])) {
      push('number', num[0].replace(/_/g, ''));
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/.exec(source.slice(i));
    if (name) {
      push('name', name[0]);
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      if ('([{'.includes(op)) depth++;
      if (')]}'.includes(op)) {
        if (depth === 0) throw new PySyntaxError(`unmatched '${op}'`, line, i - lineStart);
        depth--;
      }
      push('op', op);
      i += op.length;
      continue;
    }
    throw new PySyntaxError(
      `invalid character '${c}' (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
      line,
      i - lineStart,
    );
  }
  if (depth > 0) {
    const open = [...tokens].reverse().find((t) => t.kind === 'op' && '([{'.includes(t.value))!;
    throw new PySyntaxError(`'${open.value}' was never closed`, open.line, open.col);
  }
  if (!atLineStart) push('newline', '');
  while (indents.length > 1) {
    indents.pop();
    push('dedent', '');
  }
  push('eof', '');
  return tokens;
}
