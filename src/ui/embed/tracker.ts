// Turns the exercise's progress into the embed's events: `step-completed` once per step when it turns
// done, then `lesson-completed` once when every step is done and every quiz question answered.
import type { StepView } from '../../lessons';
import { message, type ExerciseScore, type OutboundMessage } from './protocol';

export class CompletionTracker {
  private readonly announced = new Set<string>();
  private finished = false;

  /**
   * `lesson` is the lesson's slug; `indexOf` gives a step's position in the whole lesson (an exercise
   * on one step still reports that step's place in its lesson).
   */
  constructor(
    private readonly lesson: string,
    private readonly indexOf: (stepId: string) => number,
  ) {}

  /** The events the new views and score call for (none when nothing changed). */
  update(views: readonly StepView[], score: ExerciseScore): OutboundMessage[] {
    const out: OutboundMessage[] = [];
    for (const v of views) {
      if (!v.done || this.announced.has(v.id)) continue;
      this.announced.add(v.id);
      out.push(message<OutboundMessage>({ type: 'step-completed', lesson: this.lesson, step: v.id, index: this.indexOf(v.id) }));
    }
    const quizDone = score.quiz.answered >= score.quiz.total;
    if (!this.finished && views.length > 0 && views.every((v) => v.done) && quizDone) {
      this.finished = true;
      out.push(message<OutboundMessage>({ type: 'lesson-completed', lesson: this.lesson, score }));
    }
    return out;
  }
}
