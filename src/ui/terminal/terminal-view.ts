// One xterm.js terminal bound to a PtyMaster: keys go to the pty, the pty's output is drawn, and the
// terminal's size follows its element (ResizeObserver → fit → PtyMaster.resize).
import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import type { PtyMaster, WinSize } from '../../engine/process/types';

export interface TerminalViewOptions {
  theme: ITheme;
  /** Accessible name of the terminal's input (xterm's hidden textarea). */
  label: string;
}

export const TERMINAL_FONT =
  '"DejaVu Sans Mono", ui-monospace, Menlo, Consolas, "Liberation Mono", monospace';

export class TerminalView {
  readonly term: Terminal;
  private readonly fitAddon = new FitAddon();
  private readonly observer: ResizeObserver;
  private detachPty: (() => void) | null = null;
  private frame = 0;

  constructor(
    private readonly element: HTMLElement,
    opts: TerminalViewOptions,
  ) {
    this.term = new Terminal({
      theme: opts.theme,
      fontFamily: TERMINAL_FONT,
      fontSize: 15,
      lineHeight: 1.15,
      // A blinking cursor is motion: respect the system's "reduce motion" setting.
      cursorBlink: !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
      scrollback: 5000,
      // Unicode 11 widths are an addon; the default (v6) handles accents and most CJK correctly.
      allowProposedApi: false,
    });
    this.term.loadAddon(this.fitAddon);
    // Tab belongs to the shell (completion); Shift+Tab leaves the terminal, as documented on the page.
    this.term.attachCustomKeyEventHandler((ev) => !(ev.key === 'Tab' && ev.shiftKey));
    this.term.open(element);
    this.term.textarea?.setAttribute('aria-label', opts.label);
    this.observer = new ResizeObserver(() => this.scheduleFit());
    this.observer.observe(element);
    this.fit();
  }

  /** Connects a pty (replacing any previous one); returns the disconnector. */
  attach(pty: PtyMaster): () => void {
    this.detachPty?.();
    const input = this.term.onData((data) => pty.write(data));
    const resize = this.term.onResize((size) => pty.resize(size));
    const output = pty.onData((data) => this.term.write(data));
    pty.resize(this.size());
    const detach = () => {
      input.dispose();
      resize.dispose();
      output();
      if (this.detachPty === detach) this.detachPty = null;
    };
    this.detachPty = detach;
    return detach;
  }

  size(): WinSize {
    return { cols: this.term.cols, rows: this.term.rows };
  }

  setScreenReader(on: boolean): void {
    this.term.options.screenReaderMode = on;
  }

  setTheme(theme: ITheme): void {
    this.term.options.theme = theme;
  }

  focus(): void {
    this.term.focus();
  }

  /** Clears the screen and scrollback (before a new session is attached). */
  reset(): void {
    this.term.reset();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.detachPty?.();
    this.term.dispose();
  }

  private scheduleFit(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.fit());
  }

  private fit(): void {
    // A hidden or collapsed element has no size to fit to.
    if (this.element.clientWidth === 0 || this.element.clientHeight === 0) return;
    this.fitAddon.fit();
  }
}
