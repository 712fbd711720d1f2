// JSON decoding with Go's encoding/json behaviour and error messages, because Docker's API answers
// bad bodies with them verbatim (`invalid character 'b' looking for beginning of object key string`,
// `json: cannot unmarshal number into Go struct field ContainerConfigWrapper.Image of type string`).
// Go matches struct fields case-insensitively, drops unknown fields and ignores null: so does `decode`.

export class GoJsonError extends Error {
  override name = 'GoJsonError';
}

/** How the body is read: a json.Decoder (request bodies) or json.Unmarshal (query parameters). */
export type JsonMode = 'decoder' | 'unmarshal';

/** Go's quoteChar: the offending character as `'x'`. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c);
  return `'${q.slice(1, -1)}'`;
}

class Scanner {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly mode: JsonMode,
  ) {}

  parseTop(): unknown {
    this.ws();
    if (this.i >= this.s.length)
      throw new GoJsonError(this.mode === 'decoder' ? 'EOF' : 'unexpected end of JSON input');
    const v = this.value('looking for beginning of value');
    if (this.mode === 'unmarshal') {
      this.ws();
      if (this.i < this.s.length) this.fail('after top-level value');
    }
    return v;
  }

  private eof(): never {
    throw new GoJsonError(this.mode === 'decoder' ? 'unexpected EOF' : 'unexpected end of JSON input');
  }

  private fail(context: string): never {
    if (this.i >= this.s.length) this.eof();
    const c = String.fromCodePoint(this.s.codePointAt(this.i) ?? 0);
    throw new GoJsonError(`invalid character ${quoteChar(c)} ${context}`);
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i])) this.i++;
  }

  private value(context: string): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === undefined) this.eof();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (c === 't') return this.literal('true', true);
    if (c === 'f') return this.literal('false', false);
    if (c === 'n') return this.literal('null', null);
    this.fail(context);
  }

  private literal(word: string, v: unknown): unknown {
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.i >= this.s.length) this.eof();
      if (this.s[this.i] !== word[k]) this.fail(`in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    return v;
  }

  private number(): number {
    const start = this.i;
    const digit = () => this.i < this.s.length && this.s[this.i] >= '0' && this.s[this.i] <= '9';
    if (this.s[this.i] === '-') {
      this.i++;
      if (this.i >= this.s.length) this.eof();
      if (!digit()) this.fail('in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (digit()) this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (this.i >= this.s.length) this.eof();
      if (!digit()) this.fail('after decimal point in numeric literal');
      while (digit()) this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (this.i >= this.s.length) this.eof();
      if (!digit()) this.fail('in exponent of numeric literal');
      while (digit()) this.i++;
    }
    return Number(this.s.slice(start, this.i));
  }

  private string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) this.eof();
      const c = this.s[this.i];
      if (c === '"') break;
      if (c < ' ') this.fail('in string literal');
      if (c === '\\') {
        this.i++;
        if (this.i >= this.s.length) this.eof();
        const e = this.s[this.i];
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            this.i++;
            if (this.i >= this.s.length) this.eof();
            if (!/[0-9a-fA-F]/.test(this.s[this.i])) this.fail('in \\u hexadecimal character escape');
          }
        } else if (!'"\\/bfnrt'.includes(e)) {
          this.fail('in string escape code');
        }
      }
      this.i++;
    }
    this.i++;
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }

  private object(): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = {};
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      const v = this.value('looking for beginning of value');
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      this.fail('after object key:value pair');
    }
  }

  private array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value('looking for beginning of value'));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      this.fail('after array element');
    }
  }
}

/** Parses JSON text, throwing Go's syntax error messages. */
export function parseGoJson(text: string, mode: JsonMode = 'decoder'): unknown {
  return new Scanner(text, mode).parseTop();
}

// --- Go types, for type errors and field normalisation ---------------------------------------

export type GoType =
  | { k: 'string' }
  | { k: 'int'; name: string; float?: boolean }
  | { k: 'bool' }
  | { k: 'any' }
  | { k: 'slice'; of: GoType }
  | { k: 'map'; of: GoType }
  | { k: 'struct'; name: string; fields: Record<string, GoType> }
  | { k: 'emptystruct' }
  /** strslice.StrSlice: a string or an array of strings. */
  | { k: 'strslice' };

export const T = {
  string: { k: 'string' } as GoType,
  int64: { k: 'int', name: 'int64' } as GoType,
  int: { k: 'int', name: 'int' } as GoType,
  uint16: { k: 'int', name: 'uint16' } as GoType,
  uint64: { k: 'int', name: 'uint64' } as GoType,
  float64: { k: 'int', name: 'float64', float: true } as GoType,
  bool: { k: 'bool' } as GoType,
  any: { k: 'any' } as GoType,
  strslice: { k: 'strslice' } as GoType,
  emptystruct: { k: 'emptystruct' } as GoType,
  slice: (of: GoType): GoType => ({ k: 'slice', of }),
  map: (of: GoType): GoType => ({ k: 'map', of }),
  struct: (name: string, fields: Record<string, GoType>): GoType => ({ k: 'struct', name, fields }),
};

export function goTypeName(t: GoType): string {
  switch (t.k) {
    case 'string':
    case 'strslice':
      return 'string';
    case 'int':
      return t.name;
    case 'bool':
      return 'bool';
    case 'any':
      return 'interface {}';
    case 'slice':
      return `[]${goTypeName(t.of)}`;
    case 'map':
      return `map[string]${goTypeName(t.of)}`;
    case 'struct':
      return t.name;
    case 'emptystruct':
      return 'struct {}';
  }
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'object';
}

const INT_RANGE: Record<string, [number, number]> = {
  int64: [-(2 ** 63), 2 ** 63],
  int: [-(2 ** 63), 2 ** 63],
  uint16: [0, 65535],
  uint64: [0, 2 ** 64],
};

interface Ctx {
  /** The struct being filled, and the JSON keys from the top, for Go's error context. */
  struct: string | null;
  fields: string[];
  first: GoJsonError | null;
}

function typeError(ctx: Ctx, what: string, t: GoType): void {
  if (ctx.first) return;
  const target =
    ctx.struct && ctx.fields.length
      ? `Go struct field ${ctx.struct}.${ctx.fields.join('.')} of type ${goTypeName(t)}`
      : `Go value of type ${goTypeName(t)}`;
  ctx.first = new GoJsonError(`json: cannot unmarshal ${what} into ${target}`);
}

function convert(v: unknown, t: GoType, ctx: Ctx): unknown {
  if (v === null) return null;
  switch (t.k) {
    case 'any':
      return v;
    case 'string':
      if (typeof v === 'string') return v;
      typeError(ctx, jsonKind(v), t);
      return undefined;
    case 'strslice':
      if (typeof v === 'string') return [v];
      if (Array.isArray(v) && v.every((x) => typeof x === 'string' || x === null))
        return v.map((x) => x ?? '');
      typeError(ctx, jsonKind(v), t);
      return undefined;
    case 'bool':
      if (typeof v === 'boolean') return v;
      typeError(ctx, jsonKind(v), t);
      return undefined;
    case 'int': {
      if (typeof v !== 'number') {
        typeError(ctx, jsonKind(v), t);
        return undefined;
      }
      const [lo, hi] = INT_RANGE[t.name] ?? [-Infinity, Infinity];
      if (!t.float && (!Number.isInteger(v) || v < lo || v >= hi)) {
        typeError(ctx, `number ${String(v)}`, t);
        return undefined;
      }
      return v;
    }
    case 'emptystruct':
      if (typeof v === 'object' && !Array.isArray(v)) return {};
      typeError(ctx, jsonKind(v), t);
      return undefined;
    case 'slice': {
      if (!Array.isArray(v)) {
        typeError(ctx, jsonKind(v), t);
        return undefined;
      }
      return v.map((x) => convert(x, t.of, ctx));
    }
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) {
        typeError(ctx, jsonKind(v), t);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
        Object.defineProperty(out, key, {
          value: convert(x, t.of, ctx),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'struct': {
      if (typeof v !== 'object' || Array.isArray(v)) {
        typeError(ctx, jsonKind(v), t);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      const names = Object.keys(t.fields);
      for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
        const name = names.find((n) => n === key) ?? names.find((n) => n.toLowerCase() === key.toLowerCase());
        if (!name) continue;
        const inner: Ctx = { struct: t.name, fields: [...ctx.fields, name], first: ctx.first };
        const converted = convert(x, t.fields[name], inner);
        ctx.first ??= inner.first;
        if (converted !== undefined && converted !== null) out[name] = converted;
      }
      return out;
    }
  }
}

/** Decodes JSON text into a Go type: Go's syntax and type errors, canonical field names. */
export function decodeGo<V>(textValue: string, t: GoType, mode: JsonMode = 'decoder'): V {
  const raw = parseGoJson(textValue, mode);
  const ctx: Ctx = { struct: null, fields: [], first: null };
  const value = convert(raw, t, ctx);
  if (ctx.first) throw ctx.first;
  return value as V;
}
