// The student's terminal preferences, kept in localStorage (small, synchronous, per browser).

const SCREEN_READER_KEY = 'baleine.terminal.screenReader';

export class TerminalSettings {
  /** xterm.js screen reader mode: output is mirrored into a live region that assistive tech reads. */
  screenReader = $state(false);

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()) {
    this.screenReader = this.storage?.getItem(SCREEN_READER_KEY) === '1';
  }

  setScreenReader(on: boolean): void {
    this.screenReader = on;
    try {
      this.storage?.setItem(SCREEN_READER_KEY, on ? '1' : '0');
    } catch {
      // Storage full or forbidden: the preference simply lasts for this visit.
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
