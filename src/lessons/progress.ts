// The student's progress: steps completed, hints used, quiz answers, per lesson. Persisted as one JSON
// document through an injected key-value storage (IndexedDB in the browser, a Map in tests); exported
// and imported as a versioned JSON file. A corrupt document is kept aside and reported, never fatal.

export interface KeyValueStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface StepProgress {
  done: boolean;
  hintsUsed: number;
  solutionSeen: boolean;
}

export interface LessonProgress {
  steps: Record<string, StepProgress>;
  /** Question index → chosen choice indexes. */
  quiz: Record<string, number[]>;
}

export interface ProgressDocument {
  version: 1;
  lessons: Record<string, LessonProgress>;
}

export const PROGRESS_KEY = 'baleine.progress';
export const CORRUPT_KEY = 'baleine.progress.corrupt';

export type ImportResult = { ok: true } | { ok: false; error: string };

export class ProgressStore {
  private constructor(
    private readonly storage: KeyValueStorage,
    private doc: ProgressDocument,
  ) {}

  /** Loads the stored progress; a corrupt document is saved under CORRUPT_KEY and `corrupt` explains it in French. */
  static async open(storage: KeyValueStorage): Promise<{ store: ProgressStore; corrupt?: string }> {
    const raw = await storage.get(PROGRESS_KEY);
    if (raw === undefined) return { store: new ProgressStore(storage, emptyDocument()) };
    const parsed = parseDocument(raw);
    if (typeof parsed === 'string') {
      await storage.set(CORRUPT_KEY, raw);
      await storage.set(PROGRESS_KEY, JSON.stringify(emptyDocument()));
      return {
        store: new ProgressStore(storage, emptyDocument()),
        corrupt: `La progression enregistrée était illisible (${parsed}) ; elle a été mise de côté et une progression vierge a été créée.`,
      };
    }
    return { store: new ProgressStore(storage, parsed) };
  }

  lesson(slug: string): LessonProgress {
    return this.doc.lessons[slug] ?? { steps: {}, quiz: {} };
  }

  step(slug: string, stepId: string): StepProgress {
    return this.lesson(slug).steps[stepId] ?? { done: false, hintsUsed: 0, solutionSeen: false };
  }

  /** Number of the given steps completed. */
  completed(slug: string, stepIds: string[]): number {
    return stepIds.filter((id) => this.step(slug, id).done).length;
  }

  completeStep(slug: string, stepId: string): Promise<void> {
    return this.updateStep(slug, stepId, (s) => ({ ...s, done: true }));
  }

  useHint(slug: string, stepId: string): Promise<void> {
    return this.updateStep(slug, stepId, (s) => ({ ...s, hintsUsed: s.hintsUsed + 1 }));
  }

  seeSolution(slug: string, stepId: string): Promise<void> {
    return this.updateStep(slug, stepId, (s) => ({ ...s, solutionSeen: true }));
  }

  answerQuiz(slug: string, question: number, choices: number[]): Promise<void> {
    const lesson = this.lesson(slug);
    return this.save({ ...lesson, quiz: { ...lesson.quiz, [String(question)]: [...choices] } }, slug);
  }

  resetLesson(slug: string): Promise<void> {
    return this.save({ steps: {}, quiz: {} }, slug);
  }

  /** The whole progress as a file's text. */
  export(): string {
    return JSON.stringify(this.doc, null, 2) + '\n';
  }

  /** Replaces the progress with an exported file; a bad file changes nothing. */
  async import(text: string): Promise<ImportResult> {
    const parsed = parseDocument(text);
    if (typeof parsed === 'string') return { ok: false, error: `Fichier de progression invalide : ${parsed}.` };
    this.doc = parsed;
    await this.storage.set(PROGRESS_KEY, JSON.stringify(this.doc));
    return { ok: true };
  }

  private updateStep(slug: string, stepId: string, f: (s: StepProgress) => StepProgress): Promise<void> {
    const lesson = this.lesson(slug);
    return this.save({ ...lesson, steps: { ...lesson.steps, [stepId]: f(this.step(slug, stepId)) } }, slug);
  }

  private async save(lesson: LessonProgress, slug: string): Promise<void> {
    this.doc = { ...this.doc, lessons: { ...this.doc.lessons, [slug]: lesson } };
    await this.storage.set(PROGRESS_KEY, JSON.stringify(this.doc));
  }
}

function emptyDocument(): ProgressDocument {
  return { version: 1, lessons: {} };
}

/** The document, or a French reason why it is not one. */
function parseDocument(raw: string): ProgressDocument | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'ce n’est pas du JSON';
  }
  if (!isObject(data)) return 'un objet JSON est attendu';
  if (data.version !== 1) return `version ${JSON.stringify(data.version)} inconnue (version 1 attendue)`;
  if (!isObject(data.lessons)) return 'le champ « lessons » manque';
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, l] of Object.entries(data.lessons)) {
    if (!isObject(l) || !isObject(l.steps) || !isObject(l.quiz)) return `la leçon « ${slug} » est mal formée`;
    const steps: Record<string, StepProgress> = {};
    for (const [id, s] of Object.entries(l.steps)) {
      if (!isObject(s) || typeof s.done !== 'boolean' || typeof s.hintsUsed !== 'number') {
        return `l’étape « ${slug}/${id} » est mal formée`;
      }
      steps[id] = { done: s.done, hintsUsed: s.hintsUsed, solutionSeen: s.solutionSeen === true };
    }
    const quiz: Record<string, number[]> = {};
    for (const [q, a] of Object.entries(l.quiz)) {
      if (!Array.isArray(a) || !a.every((n) => Number.isInteger(n))) return `la réponse au quiz « ${slug}/${q} » est mal formée`;
      quiz[q] = a as number[];
    }
    lessons[slug] = { steps, quiz };
  }
  return { version: 1, lessons };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
