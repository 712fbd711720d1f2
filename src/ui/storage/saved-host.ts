// Loading and saving the student's host (filesystem snapshot + shell history, and the Docker engine
// beside them) through a BrowserStore.

import { debounce, type Debounced } from './debounce';
import { EngineSaver, type EngineSource } from './saved-engine';
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
  /** The engine's snapshot, when the host has an engine to save. */
  snapshotEngine?: EngineSource;
}

/** What changed: the host (its files, its history) or the engine (images, containers, volumes…). */
export type Change = 'host' | 'engine';

/** Saves the host, and the engine, a moment after the last change of each; `flush()` saves now. */
export class Autosave {
  private readonly debounced: Debounced;
  private readonly engine: EngineSaver;
  private readonly dirty = new Set<Change>();

  constructor(
    private readonly store: BrowserStore,
    private readonly source: HostSource,
    private readonly onError: (message: string) => void,
    delayMs = 400,
  ) {
    this.debounced = debounce(() => this.save(), delayMs);
    this.engine = new EngineSaver(store);
  }

  changed(what: Change = 'host'): void {
    this.dirty.add(what);
    this.debounced.schedule();
  }

  /** Runs the pending save now, if any (page hidden, before reset). */
  flush(): Promise<void> {
    return this.debounced.flush();
  }

  /** Stops saving (reset): nothing scheduled runs any more. */
  cancel(): void {
    this.debounced.cancel();
  }

  private async save(): Promise<void> {
    const dirty = new Set(this.dirty);
    this.dirty.clear();
    try {
      if (dirty.has('host')) {
        await this.store.write('host-fs', this.source.snapshotFs());
        await this.store.write('shell-history', [...this.source.history()]);
      }
      if (dirty.has('engine') && this.source.snapshotEngine)
        await this.engine.save(this.source.snapshotEngine);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      this.onError(`Impossible d'enregistrer votre travail dans ce navigateur (${detail}).`);
    }
  }
}
