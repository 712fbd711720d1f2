// The main input: the file operands in turn (`-` and no operand at all are stdin, `var=value`
// operands assign when reached), cut into records by RS as the data arrives.

import { FsError } from '../../engine/fs/types';
import type { Tool } from '../applets/lib/tool';
import { compile } from '../applets/lib/regex';
import { toAwk } from './bytes';

export interface InputHooks {
  rs(): string;
  /** A `var=value` operand, applied when the input reaches it. */
  assign(name: string, value: string): void;
  /** A new file starts (FILENAME, FNR = 0). */
  startFile(name: string): void;
  /** A file that cannot be read: prints the error; the status becomes 2. */
  cannotOpen(name: string, e: FsError): void;
}

export const ASSIGNMENT = /^([A-Za-z_][A-Za-z_0-9]*)=([\s\S]*)$/;

export class MainInput {
  private next = 0;
  private source: AsyncIterator<string> | null = null;
  private buf = '';
  private eof = true;
  private usedStdin = false;

  constructor(
    private readonly t: Tool,
    private readonly operands: string[],
    private readonly hooks: InputHooks,
  ) {}

  /** The next record, or null when every operand is read. */
  async record(): Promise<string | null> {
    for (;;) {
      if (this.source || !this.eof || this.buf !== '') {
        const r = await this.cut();
        if (r !== null) return r;
        this.source = null;
      }
      if (!this.open()) return null;
    }
  }

  /** Opens the next operand; false when there is none left. */
  private open(): boolean {
    while (this.next < this.operands.length) {
      const arg = this.operands[this.next++];
      const m = ASSIGNMENT.exec(arg);
      if (m) {
        this.hooks.assign(m[1], m[2]);
        continue;
      }
      if (arg === '') continue;
      return this.start(arg);
    }
    if (this.usedStdin || this.operands.some((a) => a !== '' && !ASSIGNMENT.test(a))) return false;
    return this.start('-');
  }

  private start(arg: string): boolean {
    this.hooks.startFile(arg === '-' ? (this.usedStdin ? '-' : '') : arg);
    this.buf = '';
    if (arg === '-') {
      this.usedStdin = true;
      const stdin = this.t.ctx.stdin;
      this.source = (async function* () {
        for (let c = await stdin.read(); c !== null; c = await stdin.read()) yield toAwk(c);
      })();
      this.eof = false;
      return true;
    }
    try {
      this.buf = toAwk(this.t.ctx.fs.readText(this.t.path(arg)));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      this.hooks.cannotOpen(arg, e);
      return this.open();
    }
    this.source = (async function* () {})();
    this.eof = true;
    return true;
  }

  private async more(): Promise<boolean> {
    if (this.eof || !this.source) return false;
    const n = await this.source.next();
    if (n.done) {
      this.eof = true;
      return false;
    }
    this.buf += n.value;
    return true;
  }

  /** One record out of the buffer, reading more as needed; null at the end of this operand. */
  private async cut(): Promise<string | null> {
    for (;;) {
      const cut = cutRecord(this.buf, this.hooks.rs(), this.eof);
      if (cut) {
        this.buf = cut.rest;
        return cut.record;
      }
      if (!(await this.more())) {
        const last = cutRecord(this.buf, this.hooks.rs(), true);
        this.buf = last?.rest ?? '';
        return last?.record ?? null;
      }
    }
  }
}

/**
 * The first record of `buf` as RS separates it ("" is paragraph mode, one character is itself,
 * longer is a regex), or null when more data is needed (or, at `eof`, when nothing is left).
 */
export function cutRecord(buf: string, rs: string, eof: boolean): { record: string; rest: string } | null {
  if (rs === '') buf = buf.replace(/^\n+/, '');
  let sep: { start: number; end: number } | null = null;
  if (rs.length === 1) {
    const i = buf.indexOf(rs);
    if (i >= 0) sep = { start: i, end: i + 1 };
  } else {
    const m = (rs === '' ? /\n\n+/ : compile(rs, true, '')).exec(buf);
    if (m && m[0] !== '') sep = { start: m.index, end: m.index + m[0].length };
  }
  // A separator that runs to the end of what has arrived may continue in the next chunk.
  if (sep && (sep.end < buf.length || eof || rs.length === 1))
    return { record: buf.slice(0, sep.start), rest: buf.slice(sep.end) };
  if (!eof || buf === '') return null;
  return { record: rs === '' ? buf.replace(/\n+$/, '') : buf, rest: '' };
}
