// A pseudo-terminal: the master side for the UI, the slave side (Tty + streams) for a session, and
// the line discipline between them (n_tty essentials: ICANON, ECHO, ECHOCTL, ISIG, ICRNL, ONLCR).
import type { InputStream, OutputStream, PtyMaster, Signal, Tty, WinSize } from './types';
import type { CancellableInput, CancellableRead } from './pipe';
import { Waiters } from './waiters';
import { charWidth } from './width';

export interface PtyHooks {
  /** Deliver a signal to the terminal's foreground process group. */
  signalForeground(signal: Signal): void;
}

const EOF_MARK = Symbol('eof');
type Item = string | typeof EOF_MARK;

export class Pty {
  readonly master: PtyMaster;
  readonly tty: Tty;
  readonly input: CancellableInput;
  readonly output: OutputStream;
  /** Process group that receives ^C, ^\ and SIGWINCH (tcsetpgrp). */
  foregroundGroup = 0;
  /** Session id of the controlling process. */
  session = 0;
  hooks: PtyHooks = { signalForeground: () => {} };

  private raw = false;
  private winsize: WinSize;
  private line: string[] = [];
  private queue: Item[] = [];
  private readonly readers = new Waiters<string | null>();
  private readonly screen = new Set<(data: string) => void>();
  private readonly resizeListeners = new Set<(size: WinSize) => void>();

  constructor(
    readonly name: string,
    size: WinSize = { cols: 80, rows: 24 },
  ) {
    this.winsize = { ...size };
    this.master = {
      write: (data) => this.receive(data),
      onData: (listener) => {
        this.screen.add(listener);
        return () => this.screen.delete(listener);
      },
      resize: (s) => this.resize(s),
    };
    this.tty = {
      size: () => ({ ...this.winsize }),
      onResize: (listener) => {
        this.resizeListeners.add(listener);
        return () => this.resizeListeners.delete(listener);
      },
      setRaw: (raw) => {
        if (raw === this.raw) return;
        this.raw = raw;
        if (raw && this.line.length) {
          this.queue.push(this.line.join(''));
          this.line = [];
          this.flush();
        }
      },
      isRaw: () => this.raw,
    };
    this.input = {
      isTTY: true,
      read: () => this.readCancellable().promise,
      readCancellable: () => this.readCancellable(),
    };
    this.output = {
      isTTY: true,
      write: (chunk) => this.emit(chunk.replace(/\n/g, '\r\n')),
      drain: () => Promise.resolve(),
    };
  }

  private emit(data: string): void {
    if (data === '') return;
    for (const l of [...this.screen]) l(data);
  }

  private readCancellable(): CancellableRead {
    const item = this.queue.shift();
    if (item !== undefined) return { promise: Promise.resolve(item === EOF_MARK ? null : item), cancel: () => {} };
    return this.readers.add();
  }

  private flush(): void {
    while (this.queue.length && this.readers.size) {
      const item = this.queue.shift()!;
      this.readers.resolveFirst(item === EOF_MARK ? null : item);
    }
  }

  private push(item: Item): void {
    this.queue.push(item);
    this.flush();
  }

  private resize(size: WinSize): void {
    if (size.cols === this.winsize.cols && size.rows === this.winsize.rows) return;
    this.winsize = { ...size };
    for (const l of [...this.resizeListeners]) l({ ...size });
    this.hooks.signalForeground('SIGWINCH');
  }

  private receive(data: string): void {
    if (this.raw) {
      if (data !== '') this.push(data);
      return;
    }
    for (const ch of data) this.cooked(ch);
  }

  private cooked(ch: string): void {
    switch (ch) {
      case '\x03':
        this.interrupt('^C', 'SIGINT');
        return;
      case '\x1c':
        this.interrupt('^\\', 'SIGQUIT');
        return;
      case '\x04':
        if (this.line.length === 0) this.push(EOF_MARK);
        else this.push(this.takeLine());
        return;
      case '\x7f':
      case '\b':
        this.eraseChars(1);
        return;
      case '\x15':
        this.eraseChars(this.line.length);
        return;
      case '\x17':
        this.eraseChars(this.wordLength());
        return;
      case '\r':
      case '\n':
        this.line.push('\n');
        this.emit('\r\n');
        this.push(this.takeLine());
        return;
      default:
        this.line.push(ch);
        this.emit(echoOf(ch));
    }
  }

  private takeLine(): string {
    const text = this.line.join('');
    this.line = [];
    return text;
  }

  private interrupt(echo: string, signal: Signal): void {
    this.line = [];
    this.queue = [];
    this.emit(echo);
    this.hooks.signalForeground(signal);
  }

  private wordLength(): number {
    let i = this.line.length;
    while (i > 0 && /\s/.test(this.line[i - 1])) i--;
    while (i > 0 && !/\s/.test(this.line[i - 1])) i--;
    return this.line.length - i;
  }

  private eraseChars(n: number): void {
    let out = '';
    for (let k = 0; k < n && this.line.length; k++) {
      const ch = this.line.pop()!;
      const w = echoOf(ch).length === 2 && ch < ' ' ? 2 : charWidth(ch);
      out += '\b \b'.repeat(w);
    }
    this.emit(out);
  }
}

/** ECHOCTL: control characters echo as ^X. */
function echoOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x20 && ch !== '\t') return '^' + String.fromCharCode(code + 64);
  return ch;
}

export type { InputStream };
