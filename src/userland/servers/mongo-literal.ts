// The JavaScript mongosh evaluates, as far as students type it: `show dbs`, `use x`, and chains
// `db.runCommand({…})`, `db.items.insertOne({ a: 1, b: 'x' })`, `db.items.find({ a: { $gt: 0 } })`
// with object, array, string, number, boolean, null and ObjectId('…') literals.
import type { MongoDoc, MongoValue } from './mongo-value';

export type Statement =
  | { kind: 'show'; what: string }
  | { kind: 'use'; db: string }
  /** `then`: what follows the call, a field read (`.name`, args null) or a method (`.limit(2)`). */
  | { kind: 'call'; path: string[]; args: MongoValue[]; then: Step[] }
  | { kind: 'value'; path: string[] };

export interface Step {
  name: string;
  args: MongoValue[] | null;
}

export class ShellSyntaxError extends Error {}

class Reader {
  i = 0;
  constructor(readonly src: string) {}
  ws(): void {
    while (this.i < this.src.length && /\s/.test(this.src[this.i])) this.i++;
  }
  peek(): string {
    this.ws();
    return this.src[this.i] ?? '';
  }
  eat(ch: string): void {
    if (this.peek() !== ch) throw new ShellSyntaxError(`Unexpected token (${this.position()})`);
    this.i++;
  }
  ident(): string {
    this.ws();
    const m = /^[A-Za-z_$][\w$]*/.exec(this.src.slice(this.i));
    if (!m) throw new ShellSyntaxError(`Unexpected token (${this.position()})`);
    this.i += m[0].length;
    return m[0];
  }
  position(): string {
    const before = this.src.slice(0, this.i).split('\n');
    return `${before.length}:${before[before.length - 1].length}`;
  }
  value(): MongoValue {
    const c = this.peek();
    if (c === '{') return this.object();
    if (c === '[') {
      this.i++;
      return this.list(']');
    }
    if (c === "'" || c === '"') return this.string();
    const num = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(this.src.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const word = this.ident();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (word === 'ObjectId') {
      this.eat('(');
      const hex = this.string();
      this.eat(')');
      return { $oid: hex };
    }
    throw new ShellSyntaxError(`${word} is not defined`);
  }
  /** Comma-separated values up to `close` (an array's items, a call's arguments), `close` eaten. */
  list(close: string): MongoValue[] {
    const items: MongoValue[] = [];
    while (this.peek() !== close) {
      items.push(this.value());
      if (this.peek() === ',') this.i++;
      else break;
    }
    this.eat(close);
    return items;
  }
  string(): string {
    const q = this.src[this.i++];
    let out = '';
    while (this.i < this.src.length && this.src[this.i] !== q) {
      if (this.src[this.i] === '\\') this.i++;
      out += this.src[this.i++];
    }
    this.eat(q);
    return out;
  }
  object(): MongoDoc {
    this.eat('{');
    const doc: MongoDoc = {};
    while (this.peek() !== '}') {
      const key = this.peek() === "'" || this.peek() === '"' ? this.string() : this.ident();
      this.eat(':');
      doc[key] = this.value();
      if (this.peek() === ',') this.i++;
      else break;
    }
    this.eat('}');
    return doc;
  }
}

/** Splits a script into statements and parses each; throws ShellSyntaxError. */
export function parseShell(src: string): Statement[] {
  const out: Statement[] = [];
  for (const line of src.split(/\n/)) {
    const r = new Reader(line);
    while (r.peek() !== '') {
      const path = [r.ident()];
      const word = /^\s+([^\s;]+)/.exec(r.src.slice(r.i));
      if ((path[0] === 'use' || path[0] === 'show') && word) {
        r.i += word[0].length;
        out.push(path[0] === 'use' ? { kind: 'use', db: word[1] } : { kind: 'show', what: word[1] });
        if (r.peek() === ';') r.i++;
        continue;
      }
      while (r.peek() === '.') {
        r.i++;
        path.push(r.ident());
      }
      if (r.peek() === '(') {
        r.i++;
        const args = r.list(')');
        const then: Step[] = [];
        while (r.peek() === '.') {
          r.i++;
          const name = r.ident();
          const open = r.peek() === '(';
          if (open) r.i++;
          then.push({ name, args: open ? r.list(')') : null });
        }
        out.push({ kind: 'call', path, args, then });
      } else out.push({ kind: 'value', path });
      if (r.peek() === ';') r.i++;
      else if (r.peek() !== '') throw new ShellSyntaxError(`Missing semicolon. (${r.position()})`);
    }
  }
  return out;
}
