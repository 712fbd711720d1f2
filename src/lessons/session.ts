// One student working through one lesson: the UI feeds it each command line's exit status and engine
// changes, and shows what it returns. Steps are done in order; a step is completed when its check
// holds while it is the current step, and stays completed (in the progress store). Refreshes run one
// at a time (a command line and an engine event may ask together); every view they produce goes to
// the subscribers, whoever asked for it.
import type { CheckClient } from './checks';
import { stepStatus } from './near-misses';
import type { ProgressStore } from './progress';
import type { Lesson, Step } from './types';

export interface SessionDeps {
  client: CheckClient;
  progress: ProgressStore;
  readHostFile?: (path: string) => Promise<string | null>;
}

export interface StepView {
  id: string;
  title: string;
  done: boolean;
  current: boolean;
  /** French explanation of a recognised mistake on the current step. */
  nearMiss?: string;
  hintsShown: string[];
}

export type ViewsListener = (views: StepView[]) => void;

export class LessonSession {
  private lastExit: number | null = null;
  private lastCommand: string | null = null;
  private nearMiss: string | undefined;
  private readonly listeners = new Set<ViewsListener>();
  /** The refresh running now, and whether another must follow it. */
  private running: Promise<StepView[]> | null = null;
  private again: Promise<StepView[]> | null = null;

  constructor(
    readonly lesson: Lesson,
    private readonly deps: SessionDeps,
  ) {}

  /** The terminal ran `line`, which exited with `exit`. */
  recordCommand(line: string, exit: number): void {
    this.lastCommand = line;
    this.lastExit = exit;
  }

  currentStep(): Step | undefined {
    return this.lesson.steps.find((s) => !this.deps.progress.step(this.lesson.slug, s.id).done);
  }

  /** Calls `listener` with the views after every refresh, hint or reset; returns an unsubscribe. */
  subscribe(listener: ViewsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The steps as last evaluated (no check runs). */
  views(): StepView[] {
    const current = this.currentStep()?.id;
    return this.lesson.steps.map((s) => {
      const p = this.deps.progress.step(this.lesson.slug, s.id);
      return {
        id: s.id,
        title: s.title,
        done: p.done,
        current: s.id === current,
        nearMiss: s.id === current ? this.nearMiss : undefined,
        hintsShown: (s.hints ?? []).slice(0, p.hintsUsed),
      };
    });
  }

  /**
   * Re-evaluates the current step (completing it, and the next ones, when their checks hold). Calls
   * made while one runs share a single follow-up run, which sees the engine as it is by then.
   */
  refresh(): Promise<StepView[]> {
    if (!this.running) {
      this.running = this.evaluate().finally(() => (this.running = null));
      return this.running;
    }
    const next = () => {
      this.again = null;
      return this.refresh();
    };
    this.again ??= this.running.then(next, next);
    return this.again;
  }

  /** Forgets the lesson's progress (steps, hints, quiz) and the last command. */
  async reset(): Promise<StepView[]> {
    await this.deps.progress.resetLesson(this.lesson.slug);
    this.lastExit = null;
    this.lastCommand = null;
    this.nearMiss = undefined;
    return this.publish();
  }

  /** The choices given to quiz question `index`, if answered. */
  quizAnswer(index: number): number[] | undefined {
    return this.deps.progress.lesson(this.lesson.slug).quiz[String(index)];
  }

  answerQuiz(index: number, choices: number[]): Promise<void> {
    return this.deps.progress.answerQuiz(this.lesson.slug, index, choices);
  }

  private async evaluate(): Promise<StepView[]> {
    let nearMiss: string | undefined;
    for (let step = this.currentStep(); step; step = this.currentStep()) {
      const status = await stepStatus(step, {
        client: this.deps.client,
        lastExit: this.lastExit,
        lastCommand: this.lastCommand,
        readHostFile: this.deps.readHostFile,
      });
      if (!status.passed) {
        nearMiss = status.nearMiss;
        break;
      }
      await this.deps.progress.completeStep(this.lesson.slug, step.id);
    }
    this.nearMiss = nearMiss;
    return this.publish();
  }

  private publish(): StepView[] {
    const views = this.views();
    for (const listener of [...this.listeners]) listener(views);
    return views;
  }

  /** Reveals one more hint of a step; undefined when all are shown. */
  async nextHint(stepId: string): Promise<string | undefined> {
    const step = this.step(stepId);
    const used = this.deps.progress.step(this.lesson.slug, stepId).hintsUsed;
    const hint = step.hints?.[used];
    if (hint !== undefined) {
      await this.deps.progress.useHint(this.lesson.slug, stepId);
      this.publish();
    }
    return hint;
  }

  /** « Voir la solution »: the commands and their explanation (recorded as seen). */
  async revealSolution(stepId: string): Promise<{ commands: string[]; explain?: string }> {
    const step = this.step(stepId);
    await this.deps.progress.seeSolution(this.lesson.slug, stepId);
    return { commands: step.solution, explain: step.explain };
  }

  private step(id: string): Step {
    const step = this.lesson.steps.find((s) => s.id === id);
    if (!step) throw new Error(`Étape inconnue « ${id} » dans la leçon « ${this.lesson.slug} ».`);
    return step;
  }
}
