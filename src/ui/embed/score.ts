// The score sent with `lesson-completed`: what the progress store recorded for the exercise's steps
// and quiz.
import type { Lesson, ProgressStore } from '../../lessons';
import type { ExerciseScore } from './protocol';

export function exerciseScore(lesson: Lesson, progress: ProgressStore): ExerciseScore {
  const steps = lesson.steps.map((s) => progress.step(lesson.slug, s.id));
  const answers = progress.lesson(lesson.slug).quiz;
  const questions = lesson.quiz ?? [];
  let answered = 0;
  let correct = 0;
  questions.forEach((q, i) => {
    const chosen = answers[String(i)];
    if (!chosen) return;
    answered++;
    const right = q.choices.flatMap((c, j) => (c.correct ? [j] : []));
    if (sameSet(chosen, right)) correct++;
  });
  return {
    steps: steps.filter((s) => s.done).length,
    hintsUsed: steps.reduce((n, s) => n + s.hintsUsed, 0),
    solutionsShown: steps.filter((s) => s.solutionSeen).length,
    quiz: { answered, correct, total: questions.length },
  };
}

function sameSet(a: number[], b: number[]): boolean {
  const set = new Set(a);
  return set.size === b.length && b.every((x) => set.has(x));
}
