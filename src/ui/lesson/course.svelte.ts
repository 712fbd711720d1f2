// The course in the app: the lessons of the chosen LessonSource, the student's progress (IndexedDB),
// the open lesson and its LessonSession, wired to the running machine — each command line typed in
// the terminal and each engine event re-checks the current step. The machine can be swapped (the
// app's reset, a lesson's reset): the session keeps going on the new one.
import type { EngineClient } from '../../client/engine-client';
import {
  formatLessonError,
  frenchTypography,
  initialWorld,
  LessonSession,
  loadAll,
  ProgressStore,
  type CheckClient,
  type ImportResult,
  type KeyValueStorage,
  type Lesson,
  type LessonError,
  type LessonFile,
} from '../../lessons';
import type { LessonSource } from '../../lessons/source';
import type { HostSession } from '../host/types';
import type { Permalink } from './permalink';

export interface CourseDeps {
  /** The progress's storage (IndexedDB); when it rejects, progress lives in memory and a notice says so. */
  openStorage(): Promise<KeyValueStorage>;
  /** Storage for this page only, when the browser's cannot be opened. */
  memoryStorage(): KeyValueStorage;
  /** Shows a French notice to the student. */
  notify(text: string): void;
  /** Throws the machine away, starts a fresh one and returns it (null if it could not start). */
  resetMachine(): Promise<HostSession | null>;
}

export type CoursePhase = 'loading' | 'ready' | 'error';

/** Engine events come in bursts (create, attach, start, die…): one re-check after the burst. */
const EVENT_SETTLE_MS = 150;
/** Where the last open lesson is remembered, beside the progress. */
const CURRENT_KEY = 'baleine.lessons.current';

export class CourseState {
  phase = $state<CoursePhase>('loading');
  /** Why the lessons could not be loaded (French). */
  error = $state<string | null>(null);
  /** The source's label (« Cours Baleine », a pack's URL…) and revision, if it has one. */
  label = $state('');
  revision = $state<string | undefined>(undefined);
  lessons = $state.raw<Lesson[]>([]);
  /** Lesson files with errors, as French « fichier:ligne : message » lines. */
  problems = $state.raw<string[]>([]);
  /** The same lines by lesson (folder name), so the pane can show the open lesson's own errors. */
  problemsBySlug = $state.raw<Readonly<Record<string, string[]>>>({});
  session = $state.raw<LessonSession | null>(null);
  /** The step the student looks at (permalink, Alt+→); null means the current one. */
  step = $state<string | null>(null);
  /** The lesson's world is being prepared (reset): a French status line. */
  preparing = $state<string | null>(null);
  /** Bumped whenever progress changes, so lists of progress re-render. */
  progressVersion = $state(0);

  private progress: ProgressStore | null = null;
  private storage: KeyValueStorage | null = null;
  private opened: Promise<void> | null = null;
  private source: LessonSource | null = null;
  private unsubscribeSource: (() => void) | null = null;
  private host: HostSession | null = null;
  private detach: (() => void) | null = null;
  private stopViews: (() => void) | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private ticket = 0;

  /** The engine the checks read: always the machine attached now. */
  private readonly client: CheckClient = {
    containerList: (o) => this.engine().containerList(o),
    containerInspect: (id, o) => this.engine().containerInspect(id, o),
    imageInspect: (ref) => this.engine().imageInspect(ref),
    imageHistory: (ref) => this.engine().imageHistory(ref),
    volumeList: (o) => this.engine().volumeList(o),
    networkList: (o) => this.engine().networkList(o),
  };

  constructor(private readonly deps: CourseDeps) {}

  get lesson(): Lesson | null {
    return this.session?.lesson ?? null;
  }

  /** Errors in the open lesson's file (its last good version is the one shown). */
  get lessonProblems(): string[] {
    const slug = this.session?.lesson.slug;
    return (slug && this.problemsBySlug[slug]) || [];
  }

  /** The address of what is shown: the lesson, and the step the student looks at. */
  get permalink(): Permalink {
    void this.progressVersion;
    const lesson = this.lesson;
    if (!lesson) return {};
    return { lesson: lesson.slug, step: this.step ?? this.session?.currentStep()?.id };
  }

  /**
   * Loads the lessons of `source` and opens `want` (a permalink), else the lesson open last time, else
   * none (the list shows). Never throws: failures set `error`.
   */
  async setSource(source: LessonSource, want: Permalink = {}): Promise<void> {
    const ticket = ++this.ticket;
    this.unsubscribeSource?.();
    this.unsubscribeSource = null;
    this.source = source;
    this.label = source.label;
    this.phase = 'loading';
    this.error = null;
    await this.openProgress();
    const loaded = await this.load(source);
    if (ticket !== this.ticket) return;
    if (!loaded) return;
    const last = want.lesson ? want : await this.remembered();
    if (ticket !== this.ticket) return;
    if (last.lesson && this.lessons.some((l) => l.slug === last.lesson)) this.open(last.lesson, last.step);
    else {
      if (want.lesson) this.notify(`La leçon « ${want.lesson} » n’existe pas dans « ${source.label} ».`);
      // A lesson of the previous source is not shown as if it were one of this one.
      if (this.session) this.close();
    }
    this.unsubscribeSource = source.subscribe?.(() => void this.reload(source)) ?? null;
  }

  /** Opens a lesson (at `step` if given, else at its current step). */
  open(slug: string, step?: string): void {
    const lesson = this.lessons.find((l) => l.slug === slug);
    if (!lesson || !this.progress) return;
    this.stopViews?.();
    const session = new LessonSession(lesson, {
      client: this.client,
      progress: this.progress,
      readHostFile: (path) => this.host?.readHostFile(path) ?? Promise.resolve(null),
    });
    this.stopViews = session.subscribe(() => this.progressVersion++);
    this.session = session;
    this.step = step && lesson.steps.some((s) => s.id === step) ? step : null;
    void this.storage?.set(CURRENT_KEY, JSON.stringify({ lesson: slug })).catch(() => {});
    void this.check();
  }

  /** Back to the list of lessons. */
  close(): void {
    this.stopViews?.();
    this.stopViews = null;
    this.session = null;
    this.step = null;
    void this.storage?.set(CURRENT_KEY, JSON.stringify({})).catch(() => {});
  }

  /** Done and total steps of a lesson (reads progressVersion: reactive). */
  progressOf(lesson: Lesson): { done: number; total: number } {
    void this.progressVersion;
    const done =
      this.progress?.completed(
        lesson.slug,
        lesson.steps.map((s) => s.id),
      ) ?? 0;
    return { done, total: lesson.steps.length };
  }

  /** Follows the machine the app runs now (null while it starts or after it failed). */
  attach(host: HostSession | null): void {
    if (host === this.host) return;
    this.detach?.();
    this.detach = null;
    this.host = host;
    if (!host) return;
    const stopLines = host.onCommandLine((line, exit) => {
      this.session?.recordCommand(line, exit);
      void this.check();
    });
    const events = watchEvents(host.client, () => this.soon());
    this.detach = () => {
      stopLines();
      events.stop();
      if (this.settle) clearTimeout(this.settle);
    };
    void this.check();
  }

  /** Re-evaluates the current step now. Never throws (an engine not started yet just waits). */
  async check(): Promise<void> {
    const session = this.session;
    if (!session || !this.host || this.preparing !== null) return;
    try {
      await session.refresh();
    } catch {
      // The machine went away mid-check (a reset): the next command line or event checks again.
    }
  }

  /**
   * Restarts the open lesson: a fresh machine, prepared with the lesson's initial world (images,
   * files, containers), and the lesson's progress forgotten.
   */
  async resetLesson(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const lesson = session.lesson;
    let world;
    try {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup table, read once, never rendered
      world = initialWorld(lesson, new Map(this.lessons.map((l) => [l.slug, l])));
    } catch (e) {
      this.notify(`La leçon « ${lesson.title} » ne peut pas être préparée : ${describe(e)}.`);
      return;
    }
    this.preparing = 'Remise à neuf de la machine…';
    try {
      const host = await this.deps.resetMachine();
      if (!host) return;
      this.attach(host);
      if (world.preload.length > 0) {
        this.preparing = `Téléchargement des images (${world.preload.join(', ')})…`;
        await host.preload(world.preload);
      }
      for (const line of world.setup) {
        this.preparing = `Préparation\u00a0: ${line}`;
        const r = await host.run(line);
        if (r.exit !== 0) {
          // The command line is quoted as typed: no typography inside it.
          this.deps.notify(
            `La préparation de la leçon a échoué sur «\u00a0${line}\u00a0»\u00a0: ${r.stderr.trim() || `code ${r.exit}`}.`,
          );
          break;
        }
      }
      await session.reset();
      this.step = null;
    } catch (e) {
      this.notify(`La leçon n’a pas pu être réinitialisée (${describe(e)}).`);
    } finally {
      this.preparing = null;
    }
    await this.check();
  }

  /** The whole progress as a file's text. */
  exportProgress(): string {
    return this.progress?.export() ?? '';
  }

  /** Replaces the progress with a file's; a bad file changes nothing and is reported. */
  async importProgress(text: string): Promise<ImportResult> {
    if (!this.progress) return { ok: false, error: 'La progression n’est pas encore chargée.' };
    const result = await this.progress.import(text);
    if (result.ok) {
      this.progressVersion++;
      const slug = this.lesson?.slug;
      if (slug) this.open(slug);
    }
    return result;
  }

  /** Stops following the machine and the source (the column is unmounted). */
  dispose(): void {
    this.ticket++;
    this.detach?.();
    this.detach = null;
    this.unsubscribeSource?.();
    this.stopViews?.();
  }

  /** A notice in French typography (non-breaking spaces before « : ; ! ? » and inside guillemets). */
  private notify(text: string): void {
    this.deps.notify(frenchTypography(text));
  }

  private engine(): CheckClient {
    if (!this.host) throw new Error('La machine simulée n’est pas encore démarrée.');
    return this.host.client;
  }

  private soon(): void {
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      void this.check();
    }, EVENT_SETTLE_MS);
  }

  private openProgress(): Promise<void> {
    this.opened ??= (async () => {
      let storage: KeyValueStorage;
      try {
        storage = this.reportingSaveErrors(await this.deps.openStorage());
      } catch (e) {
        storage = this.deps.memoryStorage();
        this.notify(
          `Votre progression ne pourra pas être enregistrée dans ce navigateur (${describe(e)}) : elle sera perdue en fermant la page. Exportez-la avant de partir.`,
        );
      }
      let opened;
      try {
        opened = await ProgressStore.open(storage);
      } catch (e) {
        storage = this.deps.memoryStorage();
        opened = await ProgressStore.open(storage);
        this.notify(
          `La progression enregistrée n’a pas pu être lue (${describe(e)}) ; une progression vierge a été créée.`,
        );
      }
      if (opened.corrupt) this.notify(opened.corrupt);
      this.storage = storage;
      this.progress = opened.store;
      this.progressVersion++;
    })();
    return this.opened;
  }

  /** A failed save is reported, not thrown: the progress stays in memory for this page. */
  private reportingSaveErrors(storage: KeyValueStorage): KeyValueStorage {
    return {
      get: (key) => storage.get(key),
      set: (key, value) =>
        storage.set(key, value).catch((e: unknown) => {
          this.notify(
            `Votre progression n’a pas pu être enregistrée (${describe(e)}). Exportez-la pour ne pas la perdre.`,
          );
        }),
    };
  }

  /** Loads and parses the source's files; false (and `error` set) when there are none to show. */
  private async load(source: LessonSource): Promise<boolean> {
    try {
      const files = await source.load();
      if (source !== this.source) return false;
      const { lessons, errors } = loadAll(files);
      this.lessons = [...lessons].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
      this.problems = errors.map(formatLessonError);
      this.problemsBySlug = problemsBySlug(files, errors);
      this.revision = source.revision?.();
      if (lessons.length === 0 && errors.length === 0) {
        this.error = `« ${source.label} » ne contient aucune leçon.`;
        this.phase = 'error';
        return false;
      }
      this.phase = 'ready';
      return true;
    } catch (e) {
      if (source !== this.source) return false;
      this.error = describe(e);
      this.phase = 'error';
      return false;
    }
  }

  /** The source changed (live preview): reload, and reopen the open lesson from its new text. */
  private async reload(source: LessonSource): Promise<void> {
    const slug = this.lesson?.slug;
    const step = this.step ?? undefined;
    if (!(await this.load(source))) return;
    if (slug && this.lessons.some((l) => l.slug === slug)) this.open(slug, step);
    else if (slug) this.close();
  }

  private async remembered(): Promise<Permalink> {
    try {
      const raw = await this.storage?.get(CURRENT_KEY);
      const data: unknown = raw ? JSON.parse(raw) : {};
      const lesson = (data as { lesson?: unknown }).lesson;
      return typeof lesson === 'string' ? { lesson } : {};
    } catch {
      return {};
    }
  }
}

/** Calls `onEvent` for each event of the engine's stream until stopped. */
function watchEvents(client: EngineClient, onEvent: () => void): { stop(): void } {
  let stopped = false;
  void (async () => {
    try {
      for await (const _ of client.events()) {
        if (stopped) break;
        onEvent();
      }
    } catch {
      // The machine was thrown away: its stream ends with it.
    }
  })();
  return {
    stop: () => {
      stopped = true;
    },
  };
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Each lesson's errors as « fichier:ligne : message » lines, by the slug of the file they are in. */
function problemsBySlug(files: LessonFile[], errors: LessonError[]): Record<string, string[]> {
  const bySlug: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const e of errors) {
    const slug = files.find((f) => f.file === e.file)?.slug;
    if (slug !== undefined) (bySlug[slug] ??= []).push(formatLessonError(e));
  }
  return bySlug;
}
