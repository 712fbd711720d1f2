// Lexer of Go's text/template (delimiters {{ }}, trim markers `{{- ` and ` -}}`), producing the tokens
// the parser needs, with Go's error texts (`bad character U+007D '}'`, `unclosed action`, …).

export type TokType =
  | 'text'
  | 'left'
  | 'right'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'string'
  | 'rawstring'
  | 'char'
  | 'number'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'pipe'
  | 'lparen'
  | 'rparen'
  | 'declare'
  | 'assign'
  | 'comma'
  | 'space'
  | 'eof';

export interface Token {
  type: TokType;
  value: string;
  pos: number;
  line: number;
}

export class TemplateError extends Error {
  /** What an execution had written before it failed (Go's template writes as it goes). */
  partial?: string;
}

const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue',
]);

function badChar(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  return `bad character U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

export function lex(input: string): Token[] {
  const toks: Token[] = [];
  let pos = 0;
  let line = 1;
  const lineAt = (p: number) => 1 + (input.slice(0, p).match(/\n/g)?.length ?? 0);
  const fail = (msg: string, at: number = pos): never => {
    throw new TemplateError(`template: :${lineAt(at)}: ${msg}`);
  };
  while (pos < input.length) {
    const open = input.indexOf('{{', pos);
    let textEnd = open < 0 ? input.length : open;
    const trimLeft = open >= 0 && /^\{\{-[ \t\r\n]/.test(input.slice(open, open + 4));
    let text = input.slice(pos, textEnd);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text) toks.push({ type: 'text', value: text, pos, line: lineAt(pos) });
    if (open < 0) break;
    line = lineAt(open);
    toks.push({ type: 'left', value: '{{', pos: open, line });
    pos = open + (trimLeft ? 3 : 2);
    if (input.startsWith('/*', pos)) {
      const close = input.indexOf('*/', pos);
      if (close < 0) fail('unclosed comment');
      pos = close + 2;
      const rest = input.slice(pos);
      const m = /^( -)?\}\}/.exec(rest);
      if (!m) fail('comment ends before closing delimiter');
      pos += (m as RegExpExecArray)[0].length;
      toks.pop();
      if ((m as RegExpExecArray)[1]) {
        const ws = /^[ \t\r\n]*/.exec(input.slice(pos)) as RegExpExecArray;
        pos += ws[0].length;
      }
      continue;
    }
    let parenDepth = 0;
    // Inside an action.
    for (;;) {
      if (pos >= input.length) fail('unclosed action', open);
      const rest = input.slice(pos);
      if (/^[ \t\r\n]-\}\}/.test(rest) || rest.startsWith('}}')) {
        if (parenDepth > 0) fail('unclosed left paren');
        const trimRight = !rest.startsWith('}}');
        toks.push({ type: 'right', value: '}}', pos, line: lineAt(pos) });
        pos += trimRight ? 4 : 2;
        if (trimRight) {
          const ws = /^[ \t\r\n]*/.exec(input.slice(pos)) as RegExpExecArray;
          pos += ws[0].length;
        }
        break;
      }
      const ch = String.fromCodePoint(rest.codePointAt(0) as number);
      const at = pos;
      const l = lineAt(pos);
      const push = (type: TokType, value: string) => {
        toks.push({ type, value, pos: at, line: l });
        pos += value.length;
      };
      let m: RegExpExecArray | null;
      if ((m = /^[ \t\r\n]+/.exec(rest))) {
        const before = /[ \t\r\n]-\}\}$/.test(rest.slice(0, m[0].length + 3)) ? m[0].length - 1 : m[0].length;
        if (before > 0) push('space', m[0].slice(0, before));
        else push('space', '');
      } else if (ch === '|') push('pipe', '|');
      else if (ch === '(') {
        parenDepth++;
        push('lparen', '(');
      } else if (ch === ')') {
        parenDepth--;
        if (parenDepth < 0) fail(`unexpected right paren`);
        push('rparen', ')');
      } else if (rest.startsWith(':=')) push('declare', ':=');
      else if (ch === '=') push('assign', '=');
      else if (ch === ',') push('comma', ',');
      else if (ch === '"') {
        m = /^"(?:[^"\\\n]|\\.)*"/.exec(rest);
        if (!m) fail('unterminated quoted string');
        push('string', (m as RegExpExecArray)[0]);
      } else if (ch === '`') {
        const close = rest.indexOf('`', 1);
        if (close < 0) fail('unterminated raw quoted string');
        push('rawstring', rest.slice(0, close + 1));
      } else if (ch === "'") {
        m = /^'(?:[^'\\\n]|\\.[^']*)'/.exec(rest);
        if (!m) fail('unterminated character constant');
        push('char', (m as RegExpExecArray)[0]);
      } else if ((m = /^\$[\p{L}\p{N}_]*/u.exec(rest))) push('variable', m[0]);
      else if ((m = /^\.[\p{L}_][\p{L}\p{N}_]*/u.exec(rest))) push('field', m[0]);
      else if (ch === '.' && !/^\.\d/.test(rest)) push('dot', '.');
      else if (
        (m =
          /^[+-]?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?i?)/.exec(
            rest,
          ))
      ) {
        if (/^[\p{L}_]/u.test(rest.slice(m[0].length)))
          fail(`bad number syntax: "${rest.slice(0, m[0].length + 1)}"`);
        push('number', m[0]);
      } else if ((m = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest))) {
        const w = m[0];
        push(
          w === 'true' || w === 'false'
            ? 'bool'
            : w === 'nil'
              ? 'nil'
              : KEYWORDS.has(w)
                ? 'keyword'
                : 'identifier',
          w,
        );
      } else fail(badChar(ch));
    }
    textEnd = pos;
  }
  toks.push({ type: 'eof', value: '', pos: input.length, line: lineAt(input.length) });
  return toks;
}
