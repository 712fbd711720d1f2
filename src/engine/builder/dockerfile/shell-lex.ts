// Word processing for Dockerfile instructions, as BuildKit's shell lexer does it: quotes, the escape
// token, and variable substitution ($VAR, ${VAR}, ${VAR:-x}, ${VAR:+x}, ${VAR-x}, ${VAR+x}, ${VAR?x},
// ${VAR#p}, ${VAR%p}, ${VAR/p/r}). It is not a shell: no command substitution, no globbing.

import { goQuote } from './go-quote';
import { isSpace } from './unicode';

export type Env = ReadonlyMap<string, string>;

export interface LexOptions {
  /** The Dockerfile's escape token: `\` or a backtick. */
  escapeToken?: string;
  /** Keep quote characters in the output. */
  rawQuotes?: boolean;
  /** Keep escape tokens in the output. */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters (heredoc bodies). */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written. */
  skipUnsetEnv?: boolean;
}

export interface WordResult {
  /** The processed text, with inner spacing kept. */
  result: string;
  /** The processed text split into words (quotes keep spaces inside a word). */
  words: string[];
  /** Names referenced that were set. */
  matched: Set<string>;
  /** Names referenced that were not set. */
  unmatched: Set<string>;
}

export class LexError extends Error {
  override name = 'LexError';
}

const EOF = null;
type Ch = string | null;

class WordAccumulator {
  word = '';
  words: string[] = [];
  inWord = false;

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else this.addRaw(ch);
  }
  addRaw(s: string): void {
    this.word += s;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  getWords(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class ShellWord {
  private pos = 0;
  private readonly chars: string[];
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  private rawEscapes: boolean;
  private readonly escape: string;

  constructor(
    source: string,
    private readonly env: Env,
    private readonly opts: LexOptions,
  ) {
    this.chars = [...source];
    this.rawEscapes = !!opts.rawEscapes;
    this.escape = opts.escapeToken ?? '\\';
  }

  private peek(): Ch {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }
  private next(): Ch {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  processStopOn(stop: Ch, rawEscapes: boolean): [string, string[]] {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.scan(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private scan(stop: Ch): [string, string[]] {
    let result = '';
    const words = new WordAccumulator();
    for (let ch = this.peek(); ch !== EOF; ch = this.peek()) {
      if (stop !== EOF && ch === stop) {
        this.next();
        return [result, words.getWords()];
      }
      if (ch === '$' || (!this.opts.skipProcessQuotes && (ch === "'" || ch === '"'))) {
        const piece =
          ch === '$' ? this.processDollar() : ch === "'" ? this.singleQuote() : this.doubleQuote();
        result += piece;
        if (ch === '$') words.addString(piece);
        else words.addRaw(piece);
        continue;
      }
      let c = this.next()!;
      if (c === this.escape) {
        if (this.rawEscapes) {
          words.addRaw(c);
          result += c;
        }
        const escaped = this.next();
        if (escaped === EOF) break;
        c = escaped;
        words.addRaw(c);
      } else words.addChar(c);
      result += c;
    }
    if (stop !== EOF) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    return [result, words.getWords()];
  }

  private singleQuote(): string {
    let result = '';
    const open = this.next()!;
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const ch = this.next();
      if (ch === EOF)
        throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private doubleQuote(): string {
    let result = '';
    const open = this.next()!;
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const p = this.peek();
      if (p === EOF)
        throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        this.next();
        if (this.opts.rawQuotes) result += '"';
        return result;
      }
      if (p === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next()!;
      if (ch === this.escape) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.escape) ch = this.next()!;
      }
      result += ch;
    }
  }

  private lookup(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.lookup(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let modifier = ch ?? '\ufffd';
    let nullIsUnset = false;
    switch (ch) {
      case '}': {
        const value = this.lookup(name);
        if (value === undefined && this.opts.skipUnsetEnv) return `\${${name}}`;
        return value ?? '';
      }
      case ':':
        nullIsUnset = true;
        ch = this.next();
        modifier += ch ?? '\ufffd';
        return this.modifier(name, ch, modifier, nullIsUnset);
      case '+':
      case '-':
      case '?':
      case '#':
      case '%':
        return this.modifier(name, ch, modifier, nullIsUnset);
      case '/':
        return this.replace(name);
      default:
        throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
  }

  private stopOnBrace(rawEscapes: boolean, missing: string, stop: string): string {
    try {
      return this.processStopOn(stop, rawEscapes)[0];
    } catch (err) {
      if (this.peek() === EOF) throw new LexError(missing);
      throw err;
    }
  }

  private modifier(name: string, ch: Ch, modifier: string, nullIsUnset: boolean): string {
    const rawEscapes = ch === '#' || ch === '%';
    let word = this.stopOnBrace(rawEscapes, "syntax error: missing '}'", '}');
    const value = this.lookup(name);
    if (this.opts.skipUnsetEnv && value === undefined) return `\${${name}${modifier}${word}}`;
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unset ? word : value!;
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined) throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '')
          throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case '%':
      case '#': {
        const greedy = word.startsWith(ch);
        if (greedy) word = word.slice(1);
        return ch === '%' ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy);
      }
      default:
        throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
  }

  private replace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const pattern = this.stopOnBrace(true, "syntax error: missing '/' in ${}", '/');
    const replacement = this.stopOnBrace(true, "syntax error: missing '}'", '}');
    const value = this.lookup(name);
    if (this.opts.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
    const re = shellPatternToRegex(pattern, true, false, all);
    return (value ?? '').replace(re, () => replacement);
  }

  private processName(): string {
    let name = '';
    for (let ch = this.peek(); ch !== EOF; ch = this.peek()) {
      if (name === '' && /^\p{Nd}$/u.test(ch)) {
        while (this.peek() !== EOF && /^\p{Nd}$/u.test(this.peek()!)) name += this.next();
        return name;
      }
      if (name === '' && '@*#?-$!0'.includes(ch)) return this.next()!;
      if (!/^[\p{L}\p{Nd}_]$/u.test(ch)) break;
      name += this.next();
    }
    return name;
  }
}

/** A shell wildcard pattern (`*`, `?`, `\` escapes; no brackets) as a regular expression. */
function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const chars = [...pattern];
  let out = anchored ? '^' : '';
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i];
    if (tok === '*') out += greedy ? '.*' : '.*?';
    else if (tok === '?') out += '.';
    else if (tok === '\\') {
      const nextCh = chars[i + 1];
      if (nextCh === '}' || nextCh === '/') continue;
      i++;
      if (nextCh !== '*' && nextCh !== '?' && nextCh !== '\\') {
        throw new LexError(
          `invalid pattern (${pattern}) in substitution: invalid escape '\\${nextCh ?? ''}'`,
        );
      }
      out += '\\' + nextCh;
    } else if ('[]{}.+()|^$'.includes(tok)) out += '\\' + tok;
    else out += tok;
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegex(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

function reversePattern(pattern: string): string {
  const chars = [...pattern];
  const out: string[] = new Array<string>(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last;) {
    const at = last - i;
    if (chars[i] === '\\' && i !== last) {
      out[at - 1] = chars[i];
      out[at] = chars[i + 1];
      i += 2;
    } else {
      out[at] = chars[i];
      i++;
    }
  }
  return out.join('');
}

function reverse(s: string): string {
  return [...s].reverse().join('');
}

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}

/** BuildKit's shell.Lex: one configuration, many words. */
export class ShellLex {
  constructor(readonly opts: LexOptions = {}) {}

  process(word: string, env: Env): WordResult {
    const sw = new ShellWord(word, env, this.opts);
    try {
      const [result, words] = sw.processStopOn(EOF, !!this.opts.rawEscapes);
      return { result, words, matched: sw.matched, unmatched: sw.unmatched };
    } catch (err) {
      if (err instanceof LexError) throw new LexError(`failed to process ${goQuote(word)}: ${err.message}`);
      throw err;
    }
  }

  processWord(word: string, env: Env): string {
    return this.process(word, env).result;
  }

  processWords(word: string, env: Env): string[] {
    return this.process(word, env).words;
  }
}

/** Env map from KEY=VALUE strings (a later key overrides an earlier one). */
export function envFromList(list: readonly string[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const e of list) {
    const i = e.indexOf('=');
    if (i < 0) env.set(e, '');
    else env.set(e.slice(0, i), e.slice(i + 1));
  }
  return env;
}
