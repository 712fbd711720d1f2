// The app's state: the running host session, its persistence, and the notices shown to the student.
import type { HostFactory, HostSeed, HostSession } from './host/types';
import { problemText } from './storage/problem-text';
import { clearSaved, loadSavedEngine } from './storage/saved-engine';
import { Autosave, loadSavedHost } from './storage/saved-host';
import type { BrowserStore, StorageProblem } from './storage/store';

export interface Notice {
  id: number;
  text: string;
}

export interface AppDeps {
  /**
   * Loads the simulated machine. The app shell (layout, lesson, terminal) paints without it; the host
   * (shell, programs, later the engine and CLI) is a lazy chunk fetched in parallel.
   */
  loadHost(): Promise<HostFactory>;
  /** Opens the browser store (BrowserStore.open(indexedDB)). */
  openStore(): Promise<{ store: BrowserStore | null; problem: StorageProblem | null }>;
}

export class AppState {
  session = $state.raw<HostSession | null>(null);
  notices = $state<Notice[]>([]);

  private store: BrowserStore | null = null;
  private autosave: Autosave | null = null;
  private stopWatching: (() => void) | null = null;
  private nextNotice = 1;
  private host: HostFactory | null = null;

  constructor(private readonly deps: AppDeps) {}

  /** Restores the saved host and engine (or starts fresh ones). Never throws: problems become notices. */
  async start(): Promise<void> {
    const [opened, host] = await Promise.all([
      this.deps.openStore(),
      this.deps.loadHost().catch((e: unknown) => e),
    ]);
    const { store, problem } = opened;
    this.store = store;
    if (problem) this.notify(problemText(problem));
    if (!isFactory(host)) {
      this.notify(
        `La machine simulée n'a pas pu être chargée (${describe(host)}). Vérifiez la connexion puis rechargez la page.`,
      );
      return;
    }
    this.host = host;
    let seed: HostSeed = { fs: undefined, history: [] };
    if (store) {
      seed = await loadSavedHost(store, (s) => host.parseFs(s));
      // The engine is judged on its own: a bad engine state never costs the student their files.
      seed.engine = await loadSavedEngine(store);
      for (const p of store.problems) this.notify(problemText(p));
    }
    this.boot(host, seed);
    const refused = this.session?.engineProblem;
    if (refused && this.store) this.notify(problemText(await this.store.quarantine('engine', refused)));
  }

  /** Throws the host away and starts a fresh one; the saved records are deleted (quarantine stays). */
  async reset(): Promise<void> {
    if (!this.host) return;
    this.stop();
    if (this.store) {
      try {
        await clearSaved(this.store, ['host-fs', 'shell-history', 'engine']);
      } catch (e) {
        this.notify(`La sauvegarde n'a pas pu être effacée (${describe(e)}).`);
      }
    }
    this.boot(this.host, { fs: undefined, history: [] });
  }

  /** Saves now (the page is being hidden or closed): the engine too, whose containers may have written files. */
  flush(): Promise<void> {
    if (!this.autosave) return Promise.resolve();
    this.autosave.changed('engine');
    return this.autosave.flush();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Shows a notice, once: the same text already on screen is not repeated (e.g. a save failing each time). */
  notify(text: string): void {
    if (this.notices.some((n) => n.text === text)) return;
    this.notices = [...this.notices, { id: this.nextNotice++, text }];
  }

  private boot(host: HostFactory, seed: HostSeed): void {
    try {
      this.run(this.startHost(host, seed));
    } catch (e) {
      this.notify(
        `La machine simulée n'a pas pu démarrer (${describe(e)}). Rechargez la page\u00a0; si cela recommence, signalez-le.`,
      );
    }
  }

  private startHost(host: HostFactory, seed: HostSeed): HostSession {
    try {
      return host.start(seed);
    } catch (e) {
      if (seed.fs === undefined && seed.history.length === 0) throw e;
      // A snapshot the filesystem accepted but the host could not boot from: start clean instead.
      void this.store
        ?.quarantine('host-fs', `démarrage impossible (${describe(e)})`)
        .then((p) => this.notify(problemText(p)));
      return host.start({ fs: undefined, history: [] });
    }
  }

  private run(session: HostSession): void {
    this.session = session;
    if (!this.store) return;
    const autosave = new Autosave(this.store, session, (text) => this.notify(text));
    this.autosave = autosave;
    // Every command ends by printing (at least its prompt): output is when the host may have changed.
    const stopHost = session.pty.onData(() => autosave.changed('host'));
    // The engine changes with its events (create, start, die, pull…) and with command lines (a
    // `docker volume create` publishes none).
    const stopEngine = session.onEngineChange?.(() => autosave.changed('engine'));
    const stopLines = session.onCommandLine(() => autosave.changed('engine'));
    this.stopWatching = () => {
      stopHost();
      stopEngine?.();
      stopLines();
    };
  }

  private stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.autosave?.cancel();
    this.autosave = null;
    this.session?.dispose();
    this.session = null;
  }
}

function isFactory(value: unknown): value is HostFactory {
  return typeof value === 'object' && value !== null && 'start' in value && 'parseFs' in value;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
