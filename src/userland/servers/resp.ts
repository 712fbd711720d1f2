// RESP2, the Redis protocol: values, their encoding, and an incremental parser for both directions.

export type RespValue =
  | { kind: 'simple'; value: string }
  | { kind: 'error'; value: string }
  | { kind: 'integer'; value: number }
  | { kind: 'bulk'; value: string | null }
  | { kind: 'array'; value: RespValue[] | null };

export const OK: RespValue = { kind: 'simple', value: 'OK' };
export const NIL: RespValue = { kind: 'bulk', value: null };
export const simple = (value: string): RespValue => ({ kind: 'simple', value });
export const error = (value: string): RespValue => ({ kind: 'error', value });
export const integer = (value: number): RespValue => ({ kind: 'integer', value });
export const bulk = (value: string | null): RespValue => ({ kind: 'bulk', value });
export const array = (value: RespValue[] | null): RespValue => ({ kind: 'array', value });

const byteLen = (s: string) => new TextEncoder().encode(s).length;

export function encode(v: RespValue): string {
  switch (v.kind) {
    case 'simple':
      return `+${v.value}\r\n`;
    case 'error':
      return `-${v.value}\r\n`;
    case 'integer':
      return `:${v.value}\r\n`;
    case 'bulk':
      return v.value === null ? '$-1\r\n' : `$${byteLen(v.value)}\r\n${v.value}\r\n`;
    case 'array':
      return v.value === null ? '*-1\r\n' : `*${v.value.length}\r\n${v.value.map(encode).join('')}`;
  }
}

/** A command as clients send it: an array of bulk strings. */
export function encodeCommand(args: readonly string[]): string {
  return encode(array(args.map((a) => bulk(a))));
}

/** Parses values from a growing buffer; `next()` returns null until a whole value is there. */
export class RespParser {
  private buf = '';

  push(chunk: string): void {
    this.buf += chunk;
  }

  next(): RespValue | null {
    const r = this.parse(0);
    if (!r) return null;
    this.buf = this.buf.slice(r.end);
    return r.value;
  }

  private line(at: number): { text: string; end: number } | null {
    const nl = this.buf.indexOf('\r\n', at);
    return nl < 0 ? null : { text: this.buf.slice(at, nl), end: nl + 2 };
  }

  private parse(at: number): { value: RespValue; end: number } | null {
    const l = this.line(at);
    if (!l) return null;
    const type = l.text[0];
    const rest = l.text.slice(1);
    switch (type) {
      case '+':
        return { value: simple(rest), end: l.end };
      case '-':
        return { value: error(rest), end: l.end };
      case ':':
        return { value: integer(Number(rest)), end: l.end };
      case '$': {
        const n = Number(rest);
        if (n < 0) return { value: bulk(null), end: l.end };
        const bytes = new TextEncoder().encode(this.buf.slice(l.end));
        if (bytes.length < n + 2) return null;
        const value = new TextDecoder().decode(bytes.slice(0, n));
        return { value: bulk(value), end: l.end + value.length + 2 };
      }
      case '*': {
        const n = Number(rest);
        if (n < 0) return { value: array(null), end: l.end };
        const items: RespValue[] = [];
        let end = l.end;
        for (let i = 0; i < n; i++) {
          const item = this.parse(end);
          if (!item) return null;
          items.push(item.value);
          end = item.end;
        }
        return { value: array(items), end };
      }
      default: {
        // Inline command (`PING\r\n` typed into nc/telnet): words separated by spaces.
        const words = l.text.trim().split(/\s+/).filter(Boolean);
        return { value: array(words.map((w) => bulk(w))), end: l.end };
      }
    }
  }
}
