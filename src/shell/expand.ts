// Word expansion (POSIX 2.6): tilde, parameters, command substitution, arithmetic, field splitting,
// pathname expansion, quote removal.
import type { FileSystem } from '../engine/fs/types';
import type { List, Word, WordPart } from './ast';
import { evaluateArith, type ArithVars } from './arith';
import { ShellError } from './errors';
import { expandPathname, hasGlob, patternSource, unescapePattern } from './glob';
import { parseExpansionText } from './parser';
import { braceExpand } from './brace';

export interface ExpandHost {
  readonly fs: FileSystem;
  readonly cwd: string;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** $1…$n */
  positional(): string[];
  special(name: string): string | undefined;
  commandSubst(body: List): Promise<string>;
  homeOf(user: string): string | undefined;
  readonly nounset: boolean;
  readonly noglob: boolean;
  /** bash's `{a,b}` and `{1..3}` (busybox ash has none). */
  readonly braceExpansion: boolean;
  /** The prefix errors print with (`bash`, `sh`). */
  errorName(name: string, message: string): string;
}

type Seg = { text: string; quoted: boolean; split: boolean } | { brk: true };

interface Field {
  text: string;
  pat: string;
  glob: boolean;
  keep: boolean;
}

const GLOB_CHARS = /[*?[\\]/;

function escapePat(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => '\\' + c);
}

export class Expander {
  constructor(private readonly host: ExpandHost) {}

  /** Full expansion into fields (command arguments, for-lists). */
  async fields(words: Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w of words) {
      for (const b of this.host.braceExpansion ? braceExpand(w) : [w]) out.push(...(await this.wordFields(b)));
    }
    return out;
  }

  async wordFields(word: Word): Promise<string[]> {
    const segs = await this.parts(word.parts, false);
    const fields = this.split(segs);
    const out: string[] = [];
    for (const f of fields) {
      if (f.glob && !this.host.noglob && hasGlob(f.pat)) {
        const matches = expandPathname(this.host.fs, this.host.cwd, f.pat);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(f.text);
    }
    return out;
  }

  /** Expansion without splitting or globbing (assignments, case words, redirection targets). */
  async string(word: Word): Promise<string> {
    const segs = await this.parts(word.parts, false);
    return segs.map((s) => ('brk' in s ? ' ' : s.text)).join('');
  }

  /** A pattern (case, ${X%p}): quoted characters are escaped so they match literally. */
  async pattern(word: Word): Promise<string> {
    const segs = await this.parts(word.parts, false);
    return segs.map((s) => ('brk' in s ? ' ' : s.quoted ? escapePat(s.text) : s.text)).join('');
  }

  /** Here-document body (unquoted delimiter): $ and ` expansions, no quote removal. */
  async heredoc(body: string): Promise<string> {
    return this.string(parseExpansionText(body, true));
  }

  async arith(text: string): Promise<string> {
    const expr = await this.string(parseExpansionText(text, false));
    return String(evaluateArith(expr, this.arithVars()));
  }

  arithVars(): ArithVars {
    return {
      get: (n) => this.host.getVar(n),
      set: (n, v) => this.host.setVar(n, v),
    };
  }

  private async parts(parts: WordPart[], inDq: boolean): Promise<Seg[]> {
    const out: Seg[] = [];
    for (const p of parts) {
      switch (p.k) {
        case 'lit':
          out.push({ text: p.text, quoted: inDq, split: false });
          break;
        case 'sq':
        case 'esc':
          out.push({ text: p.text, quoted: true, split: false });
          break;
        case 'dq': {
          const onlyAt = p.parts.length > 0 && p.parts.every((q) => q.k === 'param' && q.name === '@' && !q.op);
          if (!onlyAt) out.push({ text: '', quoted: true, split: false });
          out.push(...(await this.parts(p.parts, true)));
          break;
        }
        case 'tilde': {
          const home = p.user === '' ? this.host.getVar('HOME') : this.host.homeOf(p.user);
          out.push(home === undefined ? { text: '~' + p.user, quoted: false, split: false } : { text: home, quoted: true, split: false });
          break;
        }
        case 'cmd': {
          const text = await this.host.commandSubst(p.body);
          out.push({ text, quoted: inDq, split: !inDq });
          break;
        }
        case 'arith':
          out.push({ text: await this.arith(p.text), quoted: inDq, split: !inDq });
          break;
        case 'length': {
          const n = p.name === '@' || p.name === '*' ? this.host.positional().length : [...(this.lookup(p.name) ?? '')].length;
          out.push({ text: String(n), quoted: inDq, split: !inDq });
          break;
        }
        case 'param':
          out.push(...(await this.param(p, inDq)));
          break;
      }
    }
    return out;
  }

  private lookup(name: string): string | undefined {
    const special = this.host.special(name);
    if (special !== undefined) return special;
    if (/^\d+$/.test(name)) return name === '0' ? this.host.special('0') : this.host.positional()[Number(name) - 1];
    const v = this.host.getVar(name);
    if (v === undefined && this.host.nounset && name !== '@' && name !== '*') {
      throw new ShellError(this.host.errorName(name, 'unbound variable'), 1, true).inAsh(`${name}: parameter not set`);
    }
    return v;
  }

  private async param(p: Extract<WordPart, { k: 'param' }>, inDq: boolean): Promise<Seg[]> {
    const { name } = p;
    if ((name === '@' || name === '*') && !p.op) {
      const params = this.host.positional();
      if (name === '@' && inDq) {
        const out: Seg[] = [];
        params.forEach((v, i) => {
          if (i > 0) out.push({ brk: true });
          out.push({ text: v, quoted: true, split: false });
        });
        return out;
      }
      if (inDq) {
        const sep = (this.host.getVar('IFS') ?? ' ').slice(0, 1);
        return [{ text: params.join(sep), quoted: true, split: false }];
      }
      const out: Seg[] = [];
      params.forEach((v, i) => {
        if (i > 0) out.push({ brk: true });
        out.push({ text: v, quoted: false, split: true });
      });
      return out;
    }
    const value = this.lookupForOp(name, p.op);
    const unsetOrNull = value === undefined || (p.colon && value === '');
    const wrap = (text: string): Seg[] => [{ text, quoted: inDq, split: !inDq }];
    switch (p.op) {
      case undefined:
        return wrap(value ?? '');
      case '-':
        return unsetOrNull ? this.parts(p.arg!.parts, inDq) : wrap(value!);
      case '+':
        return unsetOrNull ? [] : this.parts(p.arg!.parts, inDq);
      case '=': {
        if (!unsetOrNull) return wrap(value!);
        if (!/^[A-Za-z_]/.test(name)) throw new ShellError(this.host.errorName(`$${name}`, 'cannot assign in this way'));
        const v = await this.string(p.arg!);
        this.host.setVar(name, v);
        return wrap(v);
      }
      case '?': {
        if (!unsetOrNull) return wrap(value!);
        const msg = await this.string(p.arg!);
        throw new ShellError(this.host.errorName(name, msg || (p.colon ? 'parameter null or not set' : 'parameter not set')), 1, true);
      }
      case '%':
      case '%%':
      case '#':
      case '##':
        return wrap(removePattern(value ?? '', await this.pattern(p.arg!), p.op));
      case '/':
      case '//':
        return wrap(await this.replace(value ?? '', p.arg!, p.op === '//'));
      case ':':
        return wrap(await this.substring(value ?? '', p.arg!));
    }
    return wrap(value ?? '');
  }

  private lookupForOp(name: string, op: string | undefined): string | undefined {
    if (op === '-' || op === '=' || op === '?' || op === '+') {
      const special = this.host.special(name);
      if (special !== undefined) return special;
      if (/^\d+$/.test(name)) return name === '0' ? this.host.special('0') : this.host.positional()[Number(name) - 1];
      return this.host.getVar(name);
    }
    return this.lookup(name);
  }

  private async replace(value: string, arg: Word, all: boolean): Promise<string> {
    const full = await this.pattern(arg);
    let sep = -1;
    for (let i = 0; i < full.length; i++) {
      if (full[i] === '\\') i++;
      else if (full[i] === '/') {
        sep = i;
        break;
      }
    }
    let pat = sep < 0 ? full : full.slice(0, sep);
    const repl = sep < 0 ? '' : unescapePattern(full.slice(sep + 1));
    let anchor = '';
    if (pat.startsWith('#') || pat.startsWith('%')) {
      anchor = pat[0];
      pat = pat.slice(1);
    }
    if (pat === '') return value;
    const src = patternSource(pat);
    const re = new RegExp(anchor === '#' ? `^(?:${src})` : anchor === '%' ? `(?:${src})$` : src, all && !anchor ? 'gu' : 'u');
    // Shell patterns match the longest string: make * greedy is the default of [^]*.
    return value.replace(re, () => repl);
  }

  private async substring(value: string, arg: Word): Promise<string> {
    const text = await this.string(arg);
    const [offText, lenText] = splitTopColon(text);
    const chars = [...value];
    let off = Number(evaluateArith(offText, this.arithVars()));
    if (off < 0) off = Math.max(0, chars.length + off);
    if (lenText === undefined) return chars.slice(off).join('');
    let len = Number(evaluateArith(lenText, this.arithVars()));
    if (len < 0) {
      len = chars.length + len - off;
      if (len < 0) throw new ShellError(this.host.errorName(lenText.trim(), 'substring expression < 0'));
    }
    return chars.slice(off, off + len).join('');
  }

  private split(segs: Seg[]): Field[] {
    const ifs = this.host.getVar('IFS') ?? ' \t\n';
    const ifsWhite: string[] = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n');
    const fields: Field[] = [];
    let cur: Field | null = null;
    const ensure = (): Field => (cur ??= { text: '', pat: '', glob: false, keep: false });
    const end = () => {
      if (cur && (cur.text !== '' || cur.keep)) fields.push(cur);
      cur = null;
    };
    for (const s of segs) {
      if ('brk' in s) {
        end();
        continue;
      }
      if (s.quoted) {
        const f = ensure();
        f.text += s.text;
        f.pat += escapePat(s.text);
        f.keep = true;
        continue;
      }
      if (!s.split) {
        const f = ensure();
        f.text += s.text;
        f.pat += s.text;
        if (GLOB_CHARS.test(s.text)) f.glob = true;
        continue;
      }
      for (const c of s.text) {
        if (ifs.includes(c)) {
          if (ifsWhite.includes(c)) end();
          else {
            ensure().keep = true;
            end();
          }
          continue;
        }
        const f = ensure();
        f.text += c;
        f.pat += c === '\\' ? '\\\\' : c;
        if (c === '*' || c === '?' || c === '[') f.glob = true;
      }
    }
    end();
    return fields;
  }
}

function splitTopColon(text: string): [string, string | undefined] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '?' && depth === 0) depth += 1000;
    else if (c === ':' && depth >= 1000) depth -= 1000;
    else if (c === ':' && depth === 0) return [text.slice(0, i), text.slice(i + 1)];
  }
  return [text, undefined];
}

/** ${v%p} ${v%%p} ${v#p} ${v##p} */
export function removePattern(value: string, pattern: string, op: '%' | '%%' | '#' | '##'): string {
  const re = new RegExp(`^${patternSource(pattern)}$`, 'u');
  const chars = [...value];
  const n = chars.length;
  if (op === '#' || op === '##') {
    const lengths = op === '#' ? range(0, n) : range(0, n).reverse();
    for (const len of lengths) if (re.test(chars.slice(0, len).join(''))) return chars.slice(len).join('');
  } else {
    const starts = op === '%' ? range(0, n).reverse() : range(0, n);
    for (const start of starts) if (re.test(chars.slice(start).join(''))) return chars.slice(0, start).join('');
  }
  return value;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
