// A line editor on a terminal in raw mode (what GNU readline does for bash): cursor movement,
// Ctrl-A/E/U/K/W, history, ^C, ^D, ^L, tab completion, UTF-8 aware cursor math.
import type { InputStream, OutputStream, Tty } from '../engine/process/types';
import { displayWidth } from '../engine/process/width';
import { commonPrefix } from './completion';

export interface LineEditorOptions {
  input: InputStream;
  output: OutputStream;
  tty: Tty | null;
  /** Previous lines, oldest first (shared with the caller, which appends accepted lines). */
  history: string[];
  /** Candidates for the word before the cursor: returns [start index of the word, candidates]. */
  complete?: (line: string, cursor: number) => Promise<{ start: number; candidates: string[] }>;
}

export type ReadResult = { kind: 'line'; text: string } | { kind: 'eof' } | { kind: 'interrupt' };

const ESCAPE = /^\x1b(\[[0-9;?]*[@-~]|O[A-Za-z]|[^[O])/;

export class LineEditor {
  private pendingInput = '';
  private chars: string[] = [];
  private cursor = 0;
  private prompt = '';
  private historyIndex = 0;
  private draft: string[] = [];
  private lastWasTab = false;
  /** Where the terminal's cursor is, in columns from the start of the prompt (may span rows). */
  private screenPos = 0;
  private promptWidth = 0;

  constructor(private readonly opts: LineEditorOptions) {}

  /** Reads one line; the prompt is written first. */
  async read(prompt: string): Promise<ReadResult> {
    this.prompt = prompt;
    this.chars = [];
    this.cursor = 0;
    this.historyIndex = this.opts.history.length;
    this.lastWasTab = false;
    const wasRaw = this.opts.tty?.isRaw() ?? false;
    this.opts.tty?.setRaw(true);
    this.promptWidth = displayWidth(lastLine(prompt));
    this.screenPos = 0;
    this.emit(prompt, this.promptWidth);
    try {
      for (;;) {
        if (this.pendingInput === '') {
          const chunk = await this.opts.input.read();
          if (chunk === null) {
            if (this.chars.length === 0) return { kind: 'eof' };
            this.moveToEnd();
            this.write('\n');
            return { kind: 'line', text: this.chars.join('') };
          }
          this.pendingInput = chunk;
        }
        const result = await this.consume();
        if (result) return result;
      }
    } finally {
      this.opts.tty?.setRaw(wasRaw);
    }
  }

  private write(text: string): void {
    this.opts.output.write(text);
  }

  /** Processes pending keys; returns a result when a line ends. */
  private async consume(): Promise<ReadResult | null> {
    while (this.pendingInput !== '') {
      const input = this.pendingInput;
      const esc = ESCAPE.exec(input);
      let key: string;
      if (esc) key = esc[0];
      else if (input[0] === '\x1b' && input.length < 3) key = input;
      else key = String.fromCodePoint(input.codePointAt(0)!);
      this.pendingInput = input.slice(key.length);
      const isTab = key === '\t';
      const result = await this.key(key);
      this.lastWasTab = isTab;
      if (result) return result;
    }
    return null;
  }

  private async key(key: string): Promise<ReadResult | null> {
    switch (key) {
      case '\r':
      case '\n': {
        this.moveToEnd();
        this.write('\n');
        return { kind: 'line', text: this.chars.join('') };
      }
      case '\x03':
        this.moveToEnd();
        this.write('^C\n');
        return { kind: 'interrupt' };
      case '\x04':
        if (this.chars.length === 0) return { kind: 'eof' };
        this.deleteAt(this.cursor);
        return null;
      case '\x7f':
      case '\b':
        if (this.cursor > 0) {
          this.cursor--;
          this.deleteAt(this.cursor);
        }
        return null;
      case '\x1b[3~':
        this.deleteAt(this.cursor);
        return null;
      case '\x1b[D':
      case '\x02':
        if (this.cursor > 0) this.setCursor(this.cursor - 1);
        return null;
      case '\x1b[C':
      case '\x06':
        if (this.cursor < this.chars.length) this.setCursor(this.cursor + 1);
        return null;
      case '\x01':
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
        this.setCursor(0);
        return null;
      case '\x05':
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
        this.moveToEnd();
        return null;
      case '\x15':
        this.chars.splice(0, this.cursor);
        this.cursor = 0;
        this.redraw();
        return null;
      case '\x0b':
        this.chars.splice(this.cursor);
        this.redraw();
        return null;
      case '\x17': {
        let i = this.cursor;
        while (i > 0 && /\s/.test(this.chars[i - 1])) i--;
        while (i > 0 && !/\s/.test(this.chars[i - 1])) i--;
        this.chars.splice(i, this.cursor - i);
        this.cursor = i;
        this.redraw();
        return null;
      }
      case '\x0c':
        this.write('\x1b[H\x1b[2J');
        this.screenPos = 0;
        this.redraw();
        return null;
      case '\x1b[A':
      case '\x10':
        this.historyMove(-1);
        return null;
      case '\x1b[B':
      case '\x0e':
        this.historyMove(1);
        return null;
      case '\t':
        await this.completeWord();
        return null;
    }
    if (key.startsWith('\x1b') || (key.length === 1 && key < ' ')) return null;
    this.insert(key);
    return null;
  }

  private insert(text: string): void {
    const added = [...text];
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
    if (this.cursor === this.chars.length) this.emit(text, displayWidth(text));
    else this.redraw();
  }

  private deleteAt(index: number): void {
    if (index >= this.chars.length) return;
    this.chars.splice(index, 1);
    this.redraw();
  }

  private moveToEnd(): void {
    this.setCursor(this.chars.length);
  }

  private setCursor(index: number): void {
    this.cursor = index;
    this.moveTo(this.posOf(index));
  }

  private get cols(): number {
    return this.opts.tty?.size().cols || Infinity;
  }

  /** Screen offset of the character index `index` (prompt included). */
  private posOf(index: number): number {
    return this.promptWidth + displayWidth(this.chars.slice(0, index).join(''));
  }

  /** Writes text that advances the cursor by `width` columns, settling a pending wrap at a row's end. */
  private emit(text: string, width: number): void {
    this.write(text);
    this.screenPos += width;
    if (width > 0 && this.screenPos % this.cols === 0) this.write('\r\n');
  }

  /** Moves the terminal's cursor to a screen offset, across rows when the line wraps. */
  private moveTo(pos: number): void {
    const cols = this.cols;
    const fromRow = Math.floor(this.screenPos / cols);
    const toRow = Math.floor(pos / cols);
    let out = '';
    if (toRow === fromRow) {
      const d = pos - this.screenPos;
      if (d < 0) out = `\x1b[${-d}D`;
      else if (d > 0) out = `\x1b[${d}C`;
    } else {
      out = toRow < fromRow ? `\x1b[${fromRow - toRow}A` : `\x1b[${toRow - fromRow}B`;
      const col = pos % cols;
      out += '\r' + (col > 0 ? `\x1b[${col}C` : '');
    }
    this.write(out);
    this.screenPos = pos;
  }

  /** Rewrites the prompt and the line from the prompt's start, clearing what was below, and puts the cursor back. */
  private redraw(): void {
    this.moveTo(0);
    this.write('\r');
    this.emit(lastLine(this.prompt) + this.chars.join('') + '\x1b[J', this.promptWidth + displayWidth(this.chars.join('')));
    this.moveTo(this.posOf(this.cursor));
  }

  private historyMove(delta: number): void {
    const h = this.opts.history;
    const next = this.historyIndex + delta;
    if (next < 0 || next > h.length) return;
    if (this.historyIndex === h.length) this.draft = [...this.chars];
    this.historyIndex = next;
    this.chars = next === h.length ? [...this.draft] : [...h[next]];
    this.cursor = this.chars.length;
    this.redraw();
  }

  private async completeWord(): Promise<void> {
    if (!this.opts.complete) return;
    const line = this.chars.join('');
    const cursorUnits = this.chars.slice(0, this.cursor).join('').length;
    const { start, candidates } = await this.opts.complete(line, cursorUnits);
    if (candidates.length === 0) {
      this.write('\x07');
      return;
    }
    const word = line.slice(start, cursorUnits);
    if (candidates.length === 1) {
      const c = candidates[0];
      this.insert(c.slice(word.length) + (c.endsWith('/') ? '' : ' '));
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) {
      this.insert(prefix.slice(word.length));
      return;
    }
    if (!this.lastWasTab) {
      this.write('\x07');
      return;
    }
    const shown = candidates.map((c) => (c.endsWith('/') ? c.slice(0, -1).split('/').pop() + '/' : c.split('/').pop()!));
    this.moveToEnd();
    this.write('\n' + columns(shown, this.opts.tty?.size().cols ?? 80));
    this.screenPos = 0;
    this.write(this.prompt.slice(0, this.prompt.length - lastLine(this.prompt).length));
    this.redraw();
  }
}

/** The part of a prompt on its last row (a PS1 may hold newlines). */
function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** Candidates in columns, like readline's listing. */
function columns(items: string[], width: number): string {
  const colWidth = Math.max(...items.map((i) => displayWidth(i))) + 2;
  const perRow = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(items.length / perRow);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item === undefined) continue;
      line += item + ' '.repeat(Math.max(0, colWidth - displayWidth(item)));
    }
    out += line.trimEnd() + '\n';
  }
  return out;
}
