// Loading and saving the student's host (filesystem snapshot + shell history) through a BrowserStore.

import { debounce, type Debounced } from './debounce';
import type { BrowserStore } from './store';

export interface SavedHost<Fs> {
  /** The restored filesystem, or undefined to start from a fresh host. */
  fs: Fs | undefined;
  history: string[];
}

/**
 * Reads what was saved. `parseFs` turns the stored snapshot into a filesystem (e.g. MemFs.fromSnapshot)
 * and may throw on a damaged snapshot: the record is then moved aside and the host starts fresh.
 */
export async function loadSavedHost<Fs>(
  store: BrowserStore,
  parseFs: (snapshot: unknown) => Fs,
): Promise<SavedHost<Fs>> {
  const history = ((await store.read('shell-history')) as string[] | undefined) ?? [];
  const snapshot = await store.read('host-fs');
  if (snapshot === undefined) return { fs: undefined, history };
  try {
    return { fs: parseFs(snapshot), history };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    await store.quarantine('host-fs', `instantané du système de fichiers invalide (${detail})`);
    return { fs: undefined, history };
  }
}

export interface HostSource {
  /** A structured-clonable snapshot of the filesystem (MemFs.snapshot()). */
  snapshotFs(): unknown;
  history(): readonly string[];
}

/** Saves the host a moment after the last change; `flush()` saves now (page hidden, before reset). */
export class Autosave {
  private readonly debounced: Debounced;

  constructor(
    private readonly store: BrowserStore,
    private readonly source: HostSource,
    private readonly onError: (message: string) => void,
    delayMs = 400,
  ) {
    this.debounced = debounce(() => this.save(), delayMs);
  }

  changed(): void {
    this.debounced.schedule();
  }

  flush(): Promise<void> {
    return this.debounced.flush();
  }

  /** Stops saving (reset): nothing scheduled runs any more. */
  cancel(): void {
    this.debounced.cancel();
  }

  private async save(): Promise<void> {
    try {
      await this.store.write('host-fs', this.source.snapshotFs());
      await this.store.write('shell-history', [...this.source.history()]);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      this.onError(`Impossible d'enregistrer votre travail dans ce navigateur (${detail}).`);
    }
  }
}
