// One student working through one lesson: the UI feeds it each command line's exit status and engine
// changes, and shows what it returns. Steps are done in order; a step is completed when its check
// holds while it is the current step, and stays completed (in the progress store).
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

export class LessonSession {
  private lastExit: number | null = null;
  private lastCommand: string | null = null;

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

  /** Re-evaluates the current step (completing it, and the next ones, when their checks hold). */
  async refresh(): Promise<StepView[]> {
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
    return this.views(nearMiss);
  }

  /** Reveals one more hint of a step; undefined when all are shown. */
  async nextHint(stepId: string): Promise<string | undefined> {
    const step = this.step(stepId);
    const used = this.deps.progress.step(this.lesson.slug, stepId).hintsUsed;
    const hint = step.hints?.[used];
    if (hint !== undefined) await this.deps.progress.useHint(this.lesson.slug, stepId);
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

  private views(nearMiss: string | undefined): StepView[] {
    const current = this.currentStep()?.id;
    return this.lesson.steps.map((s) => {
      const p = this.deps.progress.step(this.lesson.slug, s.id);
      return {
        id: s.id,
        title: s.title,
        done: p.done,
        current: s.id === current,
        nearMiss: s.id === current ? nearMiss : undefined,
        hintsShown: (s.hints ?? []).slice(0, p.hintsUsed),
      };
    });
  }
}
