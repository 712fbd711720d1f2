// The score sent with `lesson-completed`: what the progress store recorded for the exercise's steps
// and quiz (graded as the lesson pane grades it).
import type { Lesson, ProgressStore } from '../../lessons';
import { quizScore } from '../lesson/quiz';
import type { ExerciseScore } from './protocol';

export function exerciseScore(lesson: Lesson, progress: ProgressStore): ExerciseScore {
  const steps = lesson.steps.map((s) => progress.step(lesson.slug, s.id));
  const answers = progress.lesson(lesson.slug).quiz;
  const { right, total } = quizScore(lesson.quiz ?? [], (i) => answers[String(i)]);
  return {
    steps: steps.filter((s) => s.done).length,
    hintsUsed: steps.reduce((n, s) => n + s.hintsUsed, 0),
    solutionsShown: steps.filter((s) => s.solutionSeen).length,
    quiz: { answered: Object.keys(answers).length, correct: right, total },
  };
}
