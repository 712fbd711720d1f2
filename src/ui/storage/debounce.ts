// Trailing-edge debounce with an explicit flush, for saving after a burst of changes.

export interface Debounced {
  /** (Re)starts the delay. */
  schedule(): void;
  /** Runs now if something is scheduled, and resolves when that run is over. */
  flush(): Promise<void>;
  cancel(): void;
}

export function debounce(run: () => Promise<void>, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  const fire = () => {
    timer = null;
    // Runs never overlap: each waits for the previous one.
    running = running.then(run, run);
    return running;
  };
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
    },
    flush() {
      if (timer === null) return running;
      clearTimeout(timer);
      return fire();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
