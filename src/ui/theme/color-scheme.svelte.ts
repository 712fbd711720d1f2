// Follows the system's light/dark preference (`prefers-color-scheme`), live.

export class ColorScheme {
  dark = $state(false);
  private readonly media: MediaQueryList | null;
  private readonly listener = (ev: MediaQueryListEvent) => {
    this.dark = ev.matches;
  };

  constructor(win: Pick<Window, 'matchMedia'> | undefined = globalThis.window) {
    this.media = win?.matchMedia ? win.matchMedia('(prefers-color-scheme: dark)') : null;
    this.dark = this.media?.matches ?? false;
    this.media?.addEventListener('change', this.listener);
  }

  dispose(): void {
    this.media?.removeEventListener('change', this.listener);
  }
}
