// Lexer and recursive-descent parser for the POSIX shell grammar (with heredocs, $(…), `…`, $((…)),
// ${…} forms, functions, case). The lexer is driven by the parser because the shell's tokens depend
// on context (reserved words, case patterns, here-documents).
import type {
  AndOr,
  ArithCommand,
  Assign,
  CondCommand,
  Case,
  CaseItem,
  Command,
  For,
  If,
  List,
  ListItem,
  ParamOp,
  Pipeline,
  Redir,
  RedirOp,
  SimpleCommand,
  While,
  Word,
  WordPart,
} from './ast';
import { ShellSyntaxError } from './errors';

type Token =
  | { t: 'word'; word: Word; start: number }
  | { t: 'op'; v: string; fd: number | null; start: number }
  | { t: 'nl'; start: number }
  | { t: 'eof'; start: number };

const OPERATORS = [
  ';;&', '<<-', '<<<', '&>>',
  '&&', '||', ';;', ';&', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '|&',
  '|', '&', ';', '(', ')', '<', '>',
];
const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '<&', '>&', '&>', '&>>', '<<', '<<-', '<<<']);
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!']);
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SPECIAL_PARAMS = new Set(['?', '$', '#', '@', '*', '!', '-', '0']);

interface PendingHeredoc {
  redir: Redir;
  delimiter: string;
  strip: boolean;
}

export class Parser {
  pos = 0;
  private peeked: Token | null = null;
  private heredocs: PendingHeredoc[] = [];

  constructor(
    readonly src: string,
    start = 0,
  ) {
    this.pos = start;
  }

  /** Parse a whole program. */
  static parse(src: string): List {
    const p = new Parser(src);
    const list = p.parseList(new Set());
    const tok = p.peek();
    if (tok.t !== 'eof') throw p.unexpected(tok);
    return list;
  }

  lineAt(pos: number): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === '\n') line++;
    return line;
  }

  // ---------- errors ----------

  private error(detail: ShellSyntaxError['detail'], incomplete: boolean, at = this.pos): ShellSyntaxError {
    return new ShellSyntaxError(detail, incomplete, this.lineAt(at));
  }

  unexpected(tok: Token, expecting?: string): ShellSyntaxError {
    if (tok.t === 'eof') return this.error({ kind: 'eof', expecting }, true, tok.start);
    if (tok.t === 'nl') return this.error({ kind: 'token', token: 'newline' }, false, tok.start);
    if (tok.t === 'op') return this.error({ kind: 'token', token: tok.v }, false, tok.start);
    return this.error({ kind: 'token', token: tok.word.raw }, false, tok.start);
  }

  // ---------- lexer ----------

  peek(): Token {
    if (!this.peeked) this.peeked = this.lex();
    return this.peeked;
  }

  next(): Token {
    const t = this.peek();
    this.peeked = null;
    return t;
  }

  private isReserved(tok: Token, word: string): boolean {
    return tok.t === 'word' && tok.word.raw === word && tok.word.parts.length === 1 && tok.word.parts[0].k === 'lit';
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private lex(): Token {
    this.skipBlanks();
    const start = this.pos;
    if (this.pos >= this.src.length) {
      if (this.src.endsWith('\\') && !this.src.endsWith('\\\\')) throw this.error({ kind: 'eof' }, true);
      return { t: 'eof', start };
    }
    const c = this.src[this.pos];
    if (c === '\n') {
      this.pos++;
      this.readHeredocBodies();
      return { t: 'nl', start };
    }
    // IO_NUMBER: digits directly followed by < or >
    const io = /^(\d+)(?=[<>])/.exec(this.src.slice(this.pos, this.pos + 12));
    if (io) {
      this.pos += io[1].length;
      const op = this.readOperator()!;
      return { t: 'op', v: op, fd: Number(io[1]), start };
    }
    const op = this.readOperator();
    if (op) return { t: 'op', v: op, fd: null, start };
    const word = this.readWord();
    return { t: 'word', word, start };
  }

  private readOperator(): string | null {
    for (const op of OPERATORS) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return op;
      }
    }
    return null;
  }

  private readHeredocBodies(): void {
    const pending = this.heredocs;
    this.heredocs = [];
    for (const h of pending) {
      const lines: string[] = [];
      let found = false;
      while (this.pos < this.src.length) {
        let end = this.src.indexOf('\n', this.pos);
        if (end < 0) end = this.src.length;
        let line = this.src.slice(this.pos, end);
        this.pos = Math.min(end + 1, this.src.length);
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delimiter) {
          found = true;
          break;
        }
        lines.push(line);
      }
      if (!found) throw this.error({ kind: 'message', text: `here-document delimited by end-of-file (wanted \`${h.delimiter}')` }, true);
      h.redir.heredoc!.body = lines.map((l) => l + '\n').join('');
    }
  }

  /** Reads one word in unquoted context. */
  private readWord(): Word {
    const start = this.pos;
    const parts = this.readParts((c) => META.has(c), false);
    if (this.pos === start) {
      // A lone character the lexer could not place (cannot happen with META complete); consume it.
      this.pos++;
      return { parts: [{ k: 'lit', text: this.src[start] }], raw: this.src[start] };
    }
    return { parts, raw: this.src.slice(start, this.pos) };
  }

  /**
   * Reads word parts until `stop(c)` is true at an unquoted position. `inBrace`: inside ${…}, where
   * spaces are literal and a `}` ends the word.
   */
  private readParts(stop: (c: string) => boolean, inBrace: boolean): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ k: 'lit', text: lit });
      lit = '';
    };
    const wordStart = this.pos;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (stop(c)) break;
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        if (n === undefined) {
          this.pos++;
          lit += '\\';
          continue;
        }
        this.pos += 2;
        if (n === '\n') continue;
        flush();
        parts.push({ k: 'esc', text: n });
        continue;
      }
      if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw this.error({ kind: 'quote', quote: "'" }, true);
        flush();
        parts.push({ k: 'sq', text: this.src.slice(this.pos + 1, end) });
        this.pos = end + 1;
        continue;
      }
      if (c === '"') {
        flush();
        this.pos++;
        parts.push({ k: 'dq', parts: this.readDoubleQuoted() });
        continue;
      }
      if (c === '`') {
        flush();
        parts.push(this.readBackquote());
        continue;
      }
      if (c === '$') {
        const part = this.readDollar(false);
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
      }
      if (c === '~' && this.pos === wordStart && !inBrace) {
        const m = /^~([A-Za-z0-9_.-]*)(?=\/|$|[\s;&|<>()])/.exec(this.src.slice(this.pos));
        if (m) {
          flush();
          parts.push({ k: 'tilde', user: m[1] });
          this.pos += m[0].length;
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    return parts;
  }

  private readDoubleQuoted(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ k: 'lit', text: lit });
      lit = '';
    };
    for (;;) {
      if (this.pos >= this.src.length) throw this.error({ kind: 'quote', quote: '"' }, true);
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          continue;
        }
        if (n === '$' || n === '`' || n === '"' || n === '\\') {
          flush();
          parts.push({ k: 'esc', text: n });
          this.pos += 2;
          continue;
        }
        lit += c;
        this.pos++;
        continue;
      }
      if (c === '`') {
        flush();
        parts.push(this.readBackquote());
        continue;
      }
      if (c === '$') {
        const part = this.readDollar(true);
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    return parts;
  }

  private readBackquote(): WordPart {
    const start = this.pos;
    this.pos++;
    let inner = '';
    for (;;) {
      if (this.pos >= this.src.length) throw this.error({ kind: 'quote', quote: '`' }, true);
      const c = this.src[this.pos];
      if (c === '`') {
        this.pos++;
        break;
      }
      if (c === '\\' && '$`\\'.includes(this.src[this.pos + 1] ?? '')) {
        inner += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      inner += c;
      this.pos++;
    }
    const body = parseNested(inner, this.lineAt(start));
    return { k: 'cmd', body, source: inner };
  }

  /** After a `$`: returns the expansion part, or null when the `$` is literal. */
  private readDollar(quoted: boolean): WordPart | null {
    const s = this.src;
    const n = s[this.pos + 1];
    if (n === '(' && s[this.pos + 2] === '(') {
      const end = this.findArithEnd(this.pos + 3);
      if (end >= 0) {
        const text = s.slice(this.pos + 3, end);
        this.pos = end + 2;
        return { k: 'arith', text };
      }
    }
    if (n === '(') {
      const start = this.pos;
      const sub = new Parser(s, this.pos + 2);
      const body = sub.parseList(new Set());
      const tok = sub.peek();
      if (tok.t === 'eof') throw this.error({ kind: 'quote', quote: ')' }, true);
      if (!(tok.t === 'op' && tok.v === ')')) throw sub.unexpected(tok);
      sub.next();
      this.pos = sub.pos;
      return { k: 'cmd', body, source: s.slice(start + 2, this.pos - 1) };
    }
    if (n === '{') return this.readBraceParam();
    if (n === "'" && !quoted) {
      const { text, end } = ansiC(s, this.pos + 2);
      if (end < 0) throw this.error({ kind: 'quote', quote: "'" }, true);
      this.pos = end;
      return { k: 'sq', text };
    }
    if (n !== undefined && (SPECIAL_PARAMS.has(n) || /[1-9]/.test(n))) {
      this.pos += 2;
      return { k: 'param', name: n };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.pos + 1, this.pos + 257));
    if (m) {
      this.pos += 1 + m[0].length;
      return { k: 'param', name: m[0] };
    }
    return null;
  }

  private findArithEnd(from: number): number {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else return this.src[i + 1] === ')' ? i : -1;
      }
    }
    if (this.src.length > 0) throw this.error({ kind: 'quote', quote: '))' }, true);
    return -1;
  }

  private readBraceParam(): WordPart {
    const s = this.src;
    const open = this.pos;
    this.pos += 2;
    if (s[this.pos] === '#' && s[this.pos + 1] !== '}' && !/^[:#%/=?+-]/.test(s[this.pos + 1] ?? '')) {
      this.pos++;
      const name = this.readParamName();
      if (!name || s[this.pos] !== '}') throw this.badSubstitution(open);
      this.pos++;
      return { k: 'length', name };
    }
    const name = this.readParamName();
    if (!name) {
      if (s.indexOf('}', this.pos) < 0) throw this.error({ kind: 'quote', quote: '}' }, true);
      throw this.badSubstitution(open);
    }
    if (s[this.pos] === '}') {
      this.pos++;
      return { k: 'param', name, braced: true };
    }
    let colon = false;
    let op: ParamOp | null = null;
    const rest = s.slice(this.pos, this.pos + 2);
    if (/^:[-=+?]/.test(rest)) {
      colon = true;
      op = rest[1] as ParamOp;
      this.pos += 2;
    } else if (rest.startsWith('%%') || rest.startsWith('##') || rest.startsWith('//')) {
      op = rest as ParamOp;
      this.pos += 2;
    } else if ('-=+?%#/:'.includes(s[this.pos] ?? '\0')) {
      op = s[this.pos] as ParamOp;
      this.pos++;
    }
    if (!op) {
      if (s.indexOf('}', this.pos) < 0) throw this.error({ kind: 'quote', quote: '}' }, true);
      throw this.badSubstitution(open);
    }
    const parts = this.readParts((c) => c === '}', true);
    if (s[this.pos] !== '}') throw this.error({ kind: 'quote', quote: '}' }, true);
    this.pos++;
    return { k: 'param', name, op, colon, arg: { parts, raw: '' }, braced: true };
  }

  private badSubstitution(open: number): ShellSyntaxError {
    let end = this.src.indexOf('}', open);
    if (end < 0) end = this.src.length - 1;
    return this.error({ kind: 'message', text: `${this.src.slice(open, end + 1)}: bad substitution` }, false);
  }

  private readParamName(): string {
    const s = this.src;
    const c = s[this.pos];
    if (c !== undefined && (SPECIAL_PARAMS.has(c) || /\d/.test(c))) {
      if (/\d/.test(c)) {
        const m = /^\d+/.exec(s.slice(this.pos))!;
        this.pos += m[0].length;
        return m[0];
      }
      this.pos++;
      return c;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.pos));
    if (!m) return '';
    this.pos += m[0].length;
    return m[0];
  }

  // ---------- grammar ----------

  private skipNewlines(): void {
    while (this.peek().t === 'nl') this.next();
  }

  /** A compound list: and-or lists separated by `;`, `&` or newlines, up to a terminator word/op. */
  parseList(terminators: Set<string>): List {
    const items: ListItem[] = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (tok.t === 'eof') break;
      if (tok.t === 'op' && (tok.v === ')' || tok.v === ';;' || tok.v === ';&' || tok.v === ';;&')) break;
      if (tok.t === 'word' && terminators.has(tok.word.raw) && this.isReserved(tok, tok.word.raw)) break;
      const start = tok.start;
      const cmd = this.parseAndOr();
      const sep = this.peek();
      let async = false;
      if (sep.t === 'op' && (sep.v === ';' || sep.v === '&')) {
        async = sep.v === '&';
        const end = sep.start;
        this.next();
        items.push({ cmd, async, source: this.src.slice(start, end).trim() });
        continue;
      }
      items.push({ cmd, async, source: this.src.slice(start, sep.start).trim() });
      if (sep.t === 'nl') continue;
      break;
    }
    return { items };
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'op' && (tok.v === '&&' || tok.v === '||')) {
        this.next();
        this.skipNewlines();
        rest.push({ op: tok.v, pipeline: this.parsePipeline() });
      } else break;
    }
    return { type: 'andor', first, rest };
  }

  private parsePipeline(): Pipeline {
    let bang = false;
    let timed = false;
    if (this.isReserved(this.peek(), 'time')) {
      this.next();
      timed = true;
    }
    if (this.isReserved(this.peek(), '!')) {
      this.next();
      bang = true;
    }
    const commands: Command[] = [this.parseCommand()];
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'op' && (tok.v === '|' || tok.v === '|&')) {
        this.next();
        this.skipNewlines();
        const cmd = this.parseCommand();
        if (tok.v === '|&') {
          const prev = commands[commands.length - 1];
          addRedir(prev, { fd: 2, op: '>&', target: { parts: [{ k: 'lit', text: '1' }], raw: '1' } });
        }
        commands.push(cmd);
      } else break;
    }
    return { type: 'pipeline', commands, bang, ...(timed ? { timed } : {}) };
  }

  private expectWord(word: string): void {
    const tok = this.peek();
    if (!this.isReserved(tok, word)) throw this.unexpected(tok, word);
    this.next();
  }

  private parseCommand(): Command {
    const tok = this.peek();
    if (tok.t === 'op' && tok.v === '(' && this.src[tok.start + 1] === '(') {
      const arith = this.tryArithCommand(tok.start);
      if (arith) return this.withRedirs(arith);
    }
    if (this.isReserved(tok, '[[')) return this.withRedirs(this.parseCond());
    if (tok.t === 'op' && tok.v === '(') {
      this.next();
      const body = this.parseList(new Set());
      const close = this.peek();
      if (!(close.t === 'op' && close.v === ')')) throw this.unexpected(close, ')');
      this.next();
      if (body.items.length === 0) throw this.unexpected(close);
      return this.withRedirs({ type: 'subshell' as const, body, redirs: [] as Redir[] });
    }
    if (tok.t === 'word' && tok.word.parts.length === 1 && tok.word.parts[0].k === 'lit') {
      switch (tok.word.raw) {
        case '{': {
          this.next();
          const body = this.parseBody(new Set(['}']));
          this.expectWord('}');
          return this.withRedirs({ type: 'group' as const, body, redirs: [] as Redir[] });
        }
        case 'if':
          return this.withRedirs(this.parseIf());
        case 'while':
        case 'until':
          return this.withRedirs(this.parseWhile(tok.word.raw === 'until'));
        case 'for':
          return this.withRedirs(this.parseFor());
        case 'case':
          return this.withRedirs(this.parseCase());
        case 'then':
        case 'else':
        case 'elif':
        case 'fi':
        case 'do':
        case 'done':
        case 'esac':
        case '}':
        case 'in':
          throw this.unexpected(tok);
        case 'function': {
          this.next();
          const nameTok = this.next();
          if (nameTok.t !== 'word') throw this.unexpected(nameTok);
          const after = this.peek();
          if (after.t === 'op' && after.v === '(') {
            this.next();
            const close = this.next();
            if (!(close.t === 'op' && close.v === ')')) throw this.unexpected(close);
          }
          return this.parseFunctionBody(nameTok.word.raw, tok.start);
        }
      }
    }
    return this.parseSimple();
  }

  /** `(( expr ))`, when the text up to the matching `))` balances; else null (a nested subshell). */
  private tryArithCommand(start: number): ArithCommand | null {
    let depth = 0;
    for (let i = start + 2; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\n') return null;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else if (this.src[i + 1] === ')') {
          this.peeked = null;
          this.pos = i + 2;
          return { type: 'arith', text: this.src.slice(start + 2, i), redirs: [], line: this.lineAt(start) };
        } else return null;
      }
    }
    return null;
  }

  private parseCond(): CondCommand {
    const start = this.next();
    const tokens: CondCommand['tokens'] = [];
    for (;;) {
      const tok = this.next();
      if (tok.t === 'eof') throw this.unexpected(tok, ']]');
      if (tok.t === 'nl') {
        if (tokens.length === 0) continue;
        throw this.error({ kind: 'token', token: 'newline' }, false, tok.start);
      }
      if (tok.t === 'word') {
        if (tok.word.raw === ']]' && tok.word.parts.length === 1 && tok.word.parts[0].k === 'lit') break;
        tokens.push({ word: tok.word });
        continue;
      }
      if (['&&', '||', '(', ')', '<', '>'].includes(tok.v)) {
        tokens.push({ op: tok.v });
        continue;
      }
      throw this.unexpected(tok);
    }
    if (tokens.length === 0) throw this.unexpected(this.peek());
    return { type: 'cond', tokens, redirs: [], line: this.lineAt(start.start) };
  }

  private parseBody(terminators: Set<string>): List {
    const body = this.parseList(terminators);
    if (body.items.length === 0) throw this.unexpected(this.peek(), [...terminators].pop());
    return body;
  }

  private parseFunctionBody(name: string, start: number): Command {
    this.skipNewlines();
    const bodyTok = this.peek();
    const isCompound =
      (bodyTok.t === 'op' && bodyTok.v === '(') ||
      (bodyTok.t === 'word' && ['{', 'if', 'while', 'until', 'for', 'case'].includes(bodyTok.word.raw));
    if (!isCompound) throw this.unexpected(bodyTok);
    const body = this.parseCommand();
    return { type: 'func', name, body, source: this.src.slice(start, this.pos).trim() };
  }

  private withRedirs<T extends { redirs: Redir[] }>(cmd: T): T {
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'op' && REDIR_OPS.has(tok.v)) cmd.redirs.push(this.parseRedir());
      else return cmd;
    }
  }

  private parseIf(): If {
    this.next();
    const clauses: If['clauses'] = [];
    let otherwise: List | null = null;
    const cond = this.parseBody(new Set(['then']));
    this.expectWord('then');
    clauses.push({ cond, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
    for (;;) {
      const tok = this.peek();
      if (this.isReserved(tok, 'elif')) {
        this.next();
        const c = this.parseBody(new Set(['then']));
        this.expectWord('then');
        clauses.push({ cond: c, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
      } else if (this.isReserved(tok, 'else')) {
        this.next();
        otherwise = this.parseBody(new Set(['fi']));
        this.expectWord('fi');
        break;
      } else {
        this.expectWord('fi');
        break;
      }
    }
    return { type: 'if', clauses, otherwise, redirs: [] };
  }

  private parseWhile(until: boolean): While {
    this.next();
    const cond = this.parseBody(new Set(['do']));
    this.expectWord('do');
    const body = this.parseBody(new Set(['done']));
    this.expectWord('done');
    return { type: 'while', until, cond, body, redirs: [] };
  }

  private parseFor(): For {
    this.next();
    const nameTok = this.next();
    if (nameTok.t !== 'word' || !NAME.test(nameTok.word.raw)) {
      const at = this.unexpected(nameTok);
      const token = nameTok.t === 'word' ? nameTok.word.raw : at.detail.kind === 'token' ? at.detail.token : null;
      throw this.error({ kind: 'badFor', token, incomplete: at.incomplete }, at.incomplete, nameTok.start);
    }
    let words: Word[] | null = null;
    let tok = this.peek();
    if (tok.t === 'op' && tok.v === ';') {
      this.next();
    } else {
      this.skipNewlines();
      tok = this.peek();
      if (this.isReserved(tok, 'in')) {
        this.next();
        words = [];
        for (;;) {
          const w = this.peek();
          if (w.t !== 'word') break;
          this.next();
          words.push(w.word);
        }
        const sep = this.next();
        if (!(sep.t === 'nl' || (sep.t === 'op' && sep.v === ';'))) throw this.unexpected(sep);
      }
    }
    this.skipNewlines();
    this.expectWord('do');
    const body = this.parseBody(new Set(['done']));
    this.expectWord('done');
    return { type: 'for', name: nameTok.word.raw, words, body, redirs: [] };
  }

  private parseCase(): Case {
    this.next();
    const wordTok = this.next();
    if (wordTok.t !== 'word') throw this.unexpected(wordTok);
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      let tok = this.peek();
      if (this.isReserved(tok, 'esac')) {
        this.next();
        break;
      }
      if (tok.t === 'op' && tok.v === '(') {
        this.next();
        tok = this.peek();
      }
      const patterns: Word[] = [];
      for (;;) {
        const p = this.next();
        if (p.t !== 'word') throw this.unexpected(p, ')');
        patterns.push(p.word);
        const sep = this.next();
        if (sep.t === 'op' && sep.v === '|') continue;
        if (sep.t === 'op' && sep.v === ')') break;
        throw this.unexpected(sep, ')');
      }
      const body = this.parseList(new Set(['esac']));
      const end = this.peek();
      let term: CaseItem['term'] = ';;';
      if (end.t === 'op' && (end.v === ';;' || end.v === ';&' || end.v === ';;&')) {
        term = end.v;
        this.next();
      } else if (!this.isReserved(end, 'esac')) throw this.unexpected(end, 'esac');
      items.push({ patterns, body, term });
    }
    return { type: 'case', word: wordTok.word, items, redirs: [] };
  }

  private parseRedir(): Redir {
    const opTok = this.next() as Extract<Token, { t: 'op' }>;
    const target = this.next();
    if (target.t !== 'word') throw this.unexpected(target);
    const redir: Redir = { fd: opTok.fd, op: opTok.v as RedirOp, target: target.word };
    if (opTok.v === '<<' || opTok.v === '<<-') {
      const quoted = target.word.parts.some((p) => p.k !== 'lit');
      const delimiter = target.word.parts
        .map((p) => (p.k === 'dq' ? p.parts.map((q) => ('text' in q ? q.text : '')).join('') : 'text' in p ? p.text : ''))
        .join('');
      redir.heredoc = { body: '', quoted };
      this.heredocs.push({ redir, delimiter, strip: opTok.v === '<<-' });
    }
    return redir;
  }

  private parseSimple(): Command {
    const first = this.peek();
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirs: [], line: this.lineAt(first.start) };
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'op' && REDIR_OPS.has(tok.v)) {
        cmd.redirs.push(this.parseRedir());
        continue;
      }
      if (tok.t !== 'word') break;
      if (cmd.words.length === 0) {
        const assign = asAssignment(tok.word);
        if (assign) {
          this.next();
          cmd.assigns.push(assign);
          continue;
        }
      }
      this.next();
      cmd.words.push(tok.word);
      if (cmd.words.length === 1 && cmd.assigns.length === 0 && cmd.redirs.length === 0) {
        const after = this.peek();
        if (after.t === 'op' && after.v === '(' && NAME_OR_FUNC.test(tok.word.raw)) {
          this.next();
          const close = this.next();
          if (!(close.t === 'op' && close.v === ')')) throw this.unexpected(close);
          return this.parseFunctionBody(tok.word.raw, tok.start);
        }
      }
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) throw this.unexpected(this.peek());
    return cmd;
  }
}

const NAME_OR_FUNC = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

function addRedir(cmd: Command, redir: Redir): void {
  if (cmd.type === 'func' || cmd.type === 'pipeline') return;
  cmd.redirs.push(redir);
}

function asAssignment(word: Word): Assign | null {
  const first = word.parts[0];
  if (!first || first.k !== 'lit') return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(first.text);
  if (!m) return null;
  const restText = first.text.slice(m[0].length);
  const parts: WordPart[] = restText ? [{ k: 'lit', text: restText }, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: m[1], append: m[2] === '+', value: { parts, raw: word.raw.slice(m[0].length) } };
}

function parseNested(src: string, _line: number): List {
  return Parser.parse(src);
}

/** Parse the text of a here-document or an arithmetic expression: `$` expansions and `\` escapes only. */
export function parseExpansionText(text: string, heredoc: boolean): Word {
  const p = new Parser(text);
  const parts: WordPart[] = [];
  let lit = '';
  while (p.pos < text.length) {
    const c = text[p.pos];
    if (c === '\\' && (heredoc ? '$`\\\n' : '$`\\').includes(text[p.pos + 1] ?? '\0')) {
      if (text[p.pos + 1] !== '\n') lit += text[p.pos + 1];
      p.pos += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      const part = (p as unknown as { readDollar(q: boolean): WordPart | null; readBackquote(): WordPart })[
        c === '$' ? 'readDollar' : 'readBackquote'
      ](true);
      if (part) {
        if (lit) parts.push({ k: 'lit', text: lit });
        lit = '';
        parts.push(part);
        continue;
      }
    }
    lit += c;
    p.pos++;
  }
  if (lit) parts.push({ k: 'lit', text: lit });
  return { parts: [{ k: 'dq', parts }], raw: text };
}

/** $'…' (ANSI-C quoting): returns the decoded text and the index after the closing quote, or -1. */
function ansiC(s: string, from: number): { text: string; end: number } {
  let out = '';
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === "'") return { text: out, end: i + 1 };
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1];
      if (n in map) {
        out += map[n];
        i++;
        continue;
      }
      const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1));
      if (oct) {
        out += String.fromCharCode(parseInt(oct[0], 8));
        i += oct[0].length;
        continue;
      }
      const hex = /^x([0-9a-fA-F]{1,2})/.exec(s.slice(i + 1));
      if (hex) {
        out += String.fromCharCode(parseInt(hex[1], 16));
        i += hex[0].length;
        continue;
      }
    }
    out += c;
  }
  return { text: out, end: -1 };
}

export { RESERVED };
